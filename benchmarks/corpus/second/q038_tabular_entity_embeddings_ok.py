import torch
import torch.nn as nn

class TabularNet(nn.Module):
    def __init__(self, cardinalities=(10, 7, 4), emb_dim=4, n_cont=6):
        super().__init__()
        self.embs = nn.ModuleList([nn.Embedding(c, emb_dim) for c in cardinalities])
        n_in = emb_dim * len(cardinalities) + n_cont
        self.mlp = nn.Sequential(
            nn.Linear(n_in, 64), nn.ReLU(), nn.BatchNorm1d(64),
            nn.Linear(64, 1),
        )

    def forward(self, x_cat, x_cont):
        e = [emb(x_cat[:, i]) for i, emb in enumerate(self.embs)]
        x = torch.cat(e + [x_cont], dim=1)
        return self.mlp(x)

net = TabularNet()
x_cat = torch.stack([torch.randint(0, 4, (32,)) for _ in range(3)], dim=1)
x_cont = torch.randn(32, 6)
print(net(x_cat, x_cont).shape)
