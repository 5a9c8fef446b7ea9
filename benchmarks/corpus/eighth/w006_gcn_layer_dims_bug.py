import torch
import torch.nn as nn
import torch.nn.functional as F


class GCNLayer(nn.Module):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.linear = nn.Linear(in_dim, out_dim)

    def forward(self, h, adj):
        h = adj @ h
        return self.linear(h)


class GCN(nn.Module):
    def __init__(self, in_dim, hidden_dims, n_classes):
        super().__init__()
        dims = [in_dim] + hidden_dims
        self.layers = nn.ModuleList(
            [GCNLayer(dims[i], dims[i + 1]) for i in range(len(hidden_dims))]
        )
        self.out = nn.Linear(in_dim, n_classes)

    def forward(self, x, adj):
        for layer in self.layers:
            x = F.relu(layer(x, adj))
        return self.out(x)


N = 30
adj = torch.eye(N) + torch.diag(torch.ones(N - 1), 1) + torch.diag(torch.ones(N - 1), -1)
adj = adj / adj.sum(dim=1, keepdim=True)
x = torch.randn(N, 34)

model = GCN(in_dim=34, hidden_dims=[64, 32], n_classes=4)
logits = model(x, adj)
print(logits.shape)
