import torch
import torch.nn as nn


def mlp(in_dim, hidden, out_dim, dropout=0.1):
    net = nn.Sequential()
    d = in_dim
    for i, h in enumerate(hidden):
        net.add_module("linear%d" % i, nn.Linear(d, h))
        net.add_module("relu%d" % i, nn.ReLU())
        net.add_module("drop%d" % i, nn.Dropout(dropout))
    net.add_module("head", nn.Linear(d, out_dim))
    return net


model = mlp(40, [128, 64], 3)
x = torch.randn(10, 40)
print(model(x).shape)
