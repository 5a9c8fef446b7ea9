import torch
import torch.nn as nn


def build_adjacency(edges):
    n = max(max(u, v) for u, v in edges) + 1
    A = torch.zeros(n, n)
    for u, v in edges:
        A[u, v] = A[v, u] = 1.0
    A = A + torch.eye(n)
    d_inv_sqrt = A.sum(1).pow(-0.5)
    return d_inv_sqrt[:, None] * A * d_inv_sqrt[None, :]


class GCNLayer(nn.Module):
    def __init__(self, in_feats, out_feats):
        super().__init__()
        self.lin = nn.Linear(in_feats, out_feats)

    def forward(self, x, adj):
        # x: (batch, nodes, feats), adj: (nodes, nodes)
        return torch.einsum("ij,bfj->bif", adj, self.lin(x))


class TrafficGCN(nn.Module):
    def __init__(self, in_feats=4, hidden=16, horizon=1):
        super().__init__()
        self.g1 = GCNLayer(in_feats, hidden)
        self.g2 = GCNLayer(hidden, hidden)
        self.readout = nn.Linear(hidden, horizon)

    def forward(self, x, adj):
        h = torch.relu(self.g1(x, adj))
        h = torch.relu(self.g2(h, adj))
        return self.readout(h)


num_nodes = 12
edges = [(i, (i + 1) % num_nodes) for i in range(num_nodes)] + [(0, 6), (3, 9)]
adj = build_adjacency(edges)

x = torch.randn(16, num_nodes, 4)
y = torch.randn(16, num_nodes, 1)
model = TrafficGCN()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(2):
    opt.zero_grad()
    loss = nn.functional.l1_loss(model(x, adj), y)
    loss.backward()
    opt.step()
    print(epoch, loss.item())
