import torch
import torch.nn as nn
import torch.nn.functional as F


class GCNLayer(nn.Module):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.linear = nn.Linear(in_dim, out_dim, bias=False)

    def forward(self, h, adj):
        h = self.linear(h)
        return torch.mm(h, adj)


class NodeClassifier(nn.Module):
    def __init__(self, in_dim, hidden_dim, n_classes):
        super().__init__()
        self.layers = nn.ModuleList([GCNLayer(in_dim, hidden_dim), GCNLayer(hidden_dim, n_classes)])

    def forward(self, x, adj):
        for i, layer in enumerate(self.layers):
            x = layer(x, adj)
            if i < len(self.layers) - 1:
                x = F.relu(x)
        return x


N = 10
adj = torch.eye(N)
for i in range(N - 1):
    adj[i, i + 1] = adj[i + 1, i] = 1.0
adj = adj / adj.sum(1, keepdim=True)
x = torch.randn(N, 8)
y = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1, 2, 0])

model = NodeClassifier(8, 16, 3)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
loss = F.cross_entropy(model(x, adj), y)
loss.backward()
opt.step()
