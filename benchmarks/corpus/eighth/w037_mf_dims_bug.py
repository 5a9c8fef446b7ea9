import torch
import torch.nn as nn


class MatrixFactorization(nn.Module):
    def __init__(self, n_users, n_items, user_factors=32, item_factors=16):
        super().__init__()
        self.user_factors = nn.Embedding(n_users, user_factors)
        self.item_factors = nn.Embedding(n_items, item_factors)
        self.user_bias = nn.Embedding(n_users, 1)
        self.item_bias = nn.Embedding(n_items, 1)

    def forward(self, user, item):
        dot = (self.user_factors(user) * self.item_factors(item)).sum(dim=1)
        return dot + self.user_bias(user).squeeze(1) + self.item_bias(item).squeeze(1)


model = MatrixFactorization(n_users=610, n_items=9742)
users = torch.tensor([0, 5, 17, 300])
items = torch.tensor([10, 2000, 55, 9000])
ratings = torch.tensor([4.0, 3.5, 5.0, 2.0])
pred = model(users, items)
loss = nn.functional.mse_loss(pred, ratings)
print(loss.item())
