import numpy as np
import torch
import torch.nn as nn


class MF(nn.Module):
    def __init__(self, n_users, n_items, dim=32):
        super().__init__()
        self.user_emb = nn.Embedding(n_users, dim)
        self.item_emb = nn.Embedding(n_items, dim)
        self.user_bias = nn.Embedding(n_users, 1)
        self.item_bias = nn.Embedding(n_items, 1)
        nn.init.normal_(self.user_emb.weight, std=0.01)
        nn.init.normal_(self.item_emb.weight, std=0.01)

    def forward(self, users, items):
        dot = (self.user_emb(users) * self.item_emb(items)).sum(dim=1)
        return dot + self.user_bias(users).squeeze(1) + self.item_bias(items).squeeze(1)


rng = np.random.default_rng(0)
n_users, n_items = 50, 80
# ratings table with 1-based ids as in MovieLens
ratings = np.stack([
    rng.integers(1, n_users + 1, size=500),
    rng.integers(1, n_items + 1, size=500),
    rng.integers(1, 6, size=500),
], axis=1)

users = torch.tensor(ratings[:, 0] - 1, dtype=torch.long)
items = torch.tensor(ratings[:, 1] - 1, dtype=torch.long)
scores = torch.tensor(ratings[:, 2], dtype=torch.float32)

model = MF(n_users, n_items)
opt = torch.optim.Adam(model.parameters(), lr=1e-2, weight_decay=1e-5)
for epoch in range(2):
    pred = model(users, items)
    loss = nn.functional.mse_loss(pred, scores)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
