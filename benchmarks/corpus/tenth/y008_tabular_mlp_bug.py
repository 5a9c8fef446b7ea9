import torch
import torch.nn as nn


def block(in_f, out_f, p=0.1):
    return nn.Sequential(
        nn.Linear(in_f, out_f),
        nn.BatchNorm1d(in_f),
        nn.ReLU(),
        nn.Dropout(p),
    )


in_features = 30
hidden = [64, 32]
sizes = [in_features] + hidden

net = nn.Sequential(
    *[block(a, b) for a, b in zip(sizes[:-1], sizes[1:])],
    nn.Linear(sizes[-1], 1),
)

features = torch.randn(256, in_features)
target = torch.randn(256)
pred = net(features).squeeze(-1)
loss = nn.MSELoss()(pred, target)
