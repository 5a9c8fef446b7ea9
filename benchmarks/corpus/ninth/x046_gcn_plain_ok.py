import torch
import torch.nn as nn
import torch.nn.functional as F


def normalize_adj(adj):
    adj = adj + torch.eye(adj.size(0))
    deg = adj.sum(1)
    d_inv_sqrt = torch.diag(deg.pow(-0.5))
    return d_inv_sqrt @ adj @ d_inv_sqrt


class GraphConvolution(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(in_features, out_features))
        self.bias = nn.Parameter(torch.zeros(out_features))
        nn.init.xavier_uniform_(self.weight)

    def forward(self, x, adj):
        support = torch.mm(x, self.weight)
        return torch.spmm(adj, support) + self.bias


class GCN(nn.Module):
    def __init__(self, nfeat, nhid, nclass, dropout=0.5):
        super().__init__()
        self.gc1 = GraphConvolution(nfeat, nhid)
        self.gc2 = GraphConvolution(nhid, nclass)
        self.dropout = dropout

    def forward(self, x, adj):
        x = F.relu(self.gc1(x, adj))
        x = F.dropout(x, self.dropout, training=self.training)
        return F.log_softmax(self.gc2(x, adj), dim=1)


num_nodes, num_feats = 12, 20
edges = torch.tensor([[i, (i + 1) % num_nodes] for i in range(num_nodes)] + [[0, 6], [3, 9]])
A = torch.zeros(num_nodes, num_nodes)
A[edges[:, 0], edges[:, 1]] = 1.0
A = torch.maximum(A, A.t())
adj = normalize_adj(A)
features = torch.randn(num_nodes, num_feats)
labels = torch.arange(num_nodes) % 3
train_mask = torch.arange(num_nodes) < 8

model = GCN(num_feats, 16, 3)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
for epoch in range(3):
    model.train()
    optimizer.zero_grad()
    out = model(features, adj)
    loss = F.nll_loss(out[train_mask], labels[train_mask])
    loss.backward()
    optimizer.step()
print(out.shape, loss.item())
