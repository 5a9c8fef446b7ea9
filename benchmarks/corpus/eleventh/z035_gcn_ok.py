import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

NUM_NODES = 120
NUM_FEATS = 32
NUM_CLASSES = 4
HIDDEN = 16
DROPOUT = 0.5
LR = 0.01
WEIGHT_DECAY = 5e-4
EPOCHS = 5


class GraphConvolution(nn.Module):
    """Simple GCN layer, similar to https://arxiv.org/abs/1609.02907"""

    def __init__(self, in_features, out_features, bias=True):
        super(GraphConvolution, self).__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = nn.Parameter(torch.FloatTensor(in_features, out_features))
        if bias:
            self.bias = nn.Parameter(torch.FloatTensor(out_features))
        else:
            self.register_parameter('bias', None)
        self.reset_parameters()

    def reset_parameters(self):
        stdv = 1. / math.sqrt(self.weight.size(1))
        self.weight.data.uniform_(-stdv, stdv)
        if self.bias is not None:
            self.bias.data.uniform_(-stdv, stdv)

    def forward(self, input, adj):
        support = torch.mm(input, self.weight)
        output = torch.mm(adj, support)
        if self.bias is not None:
            return output + self.bias
        return output


class GCN(nn.Module):
    def __init__(self, nfeat, nhid, nclass, dropout):
        super(GCN, self).__init__()
        self.gc1 = GraphConvolution(nfeat, nhid)
        self.gc2 = GraphConvolution(nhid, nclass)
        self.dropout = dropout

    def forward(self, x, adj):
        x = F.relu(self.gc1(x, adj))
        x = F.dropout(x, self.dropout, training=self.training)
        x = self.gc2(x, adj)
        return F.log_softmax(x, dim=1)


def normalize_adj(adj):
    """Symmetrically normalize adjacency matrix with self-loops."""
    adj = adj + torch.eye(adj.size(0))
    d_inv_sqrt = adj.sum(1).pow(-0.5)
    return d_inv_sqrt[:, None] * adj * d_inv_sqrt[None, :]


# random undirected graph standing in for Cora
edges = torch.randint(0, NUM_NODES, (2, 400))
A = torch.zeros(NUM_NODES, NUM_NODES)
A[edges[0], edges[1]] = 1.0
A = ((A + A.t()) > 0).float()
adj = normalize_adj(A)
features = torch.randn(NUM_NODES, NUM_FEATS)
labels = torch.randint(0, NUM_CLASSES, (NUM_NODES,))
idx_train, idx_val = torch.arange(0, 60), torch.arange(60, 90)

model = GCN(nfeat=NUM_FEATS, nhid=HIDDEN, nclass=NUM_CLASSES, dropout=DROPOUT)
optimizer = torch.optim.Adam(model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)

for epoch in range(EPOCHS):
    model.train()
    optimizer.zero_grad()
    output = model(features, adj)
    loss_train = F.nll_loss(output[idx_train], labels[idx_train])
    loss_train.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        output = model(features, adj)
        acc_val = (output[idx_val].argmax(1) == labels[idx_val]).float().mean()
    print(f'Epoch: {epoch + 1:04d} loss_train: {loss_train.item():.4f} acc_val: {acc_val.item():.4f}')
