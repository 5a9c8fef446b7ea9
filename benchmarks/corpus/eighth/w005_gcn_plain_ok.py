import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class GraphConvolution(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(in_features, out_features))
        self.bias = nn.Parameter(torch.zeros(out_features))
        stdv = 1.0 / math.sqrt(out_features)
        self.weight.data.uniform_(-stdv, stdv)

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
        x = self.gc2(x, adj)
        return F.log_softmax(x, dim=1)


num_nodes, nfeat = 12, 20
adj = (torch.rand(num_nodes, num_nodes) > 0.7).float()
adj = adj + adj.t() + torch.eye(num_nodes)
deg = adj.sum(1)
d_inv_sqrt = torch.diag(deg.pow(-0.5))
adj_norm = d_inv_sqrt @ adj @ d_inv_sqrt

features = torch.randn(num_nodes, nfeat)
model = GCN(nfeat=nfeat, nhid=16, nclass=7)
out = model(features, adj_norm)
print(out.shape)
