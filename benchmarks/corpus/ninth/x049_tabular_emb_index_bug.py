import numpy as np
import torch
import torch.nn as nn

# columns: day_of_week (1..7), hour (0..23), store_type (0..3)
raw = np.array([
    [1, 8, 0], [2, 13, 1], [3, 17, 2], [4, 9, 3],
    [5, 20, 0], [6, 11, 1], [7, 15, 2], [1, 22, 3],
])
cardinalities = [7, 24, 4]


class SalesNet(nn.Module):
    def __init__(self, cards, emb_dim=4, n_num=2):
        super().__init__()
        self.embs = nn.ModuleList(nn.Embedding(c, emb_dim) for c in cards)
        self.mlp = nn.Sequential(
            nn.Linear(emb_dim * len(cards) + n_num, 32),
            nn.ReLU(),
            nn.Linear(32, 1),
        )

    def forward(self, cats, nums):
        parts = [emb(cats[:, i]) for i, emb in enumerate(self.embs)]
        return self.mlp(torch.cat(parts + [nums], dim=1))


model = SalesNet(cardinalities)
cats = torch.from_numpy(raw).long()
nums = torch.linspace(0, 1, 16).view(8, 2)
target = torch.linspace(10, 20, 8).view(8, 1)
loss = nn.MSELoss()(model(cats, nums), target)
loss.backward()
