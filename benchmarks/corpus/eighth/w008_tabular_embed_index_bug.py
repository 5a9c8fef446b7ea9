import torch
import torch.nn as nn

# label-encoded categorical columns (codes start at 1, 0 reserved for "unknown")
store_ids = torch.tensor([1, 5, 3, 10, 7, 2, 9, 4])
day_of_week = torch.tensor([1, 2, 3, 4, 5, 6, 7, 1])
numeric = torch.randn(8, 4)

n_stores = int(store_ids.max())
n_days = 7


class SalesNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.store_emb = nn.Embedding(n_stores + 1, 10)
        self.dow_emb = nn.Embedding(n_days, 4)
        self.mlp = nn.Sequential(
            nn.Linear(10 + 4 + 4, 64),
            nn.ReLU(),
            nn.Linear(64, 1),
        )

    def forward(self, store, dow, num):
        x = torch.cat([self.store_emb(store), self.dow_emb(dow), num], dim=1)
        return self.mlp(x).squeeze(1)


model = SalesNet()
pred = model(store_ids, day_of_week, numeric)
print(pred.shape)
