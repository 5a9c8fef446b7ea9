import torch
import torch.nn as nn


def make_mlp(sizes, act=nn.ReLU, bn=True, p=0.1):
    mods = []
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        is_last = i == len(sizes) - 2
        mods.append(nn.Linear(n_in, n_out))
        if not is_last:
            if bn:
                mods.append(nn.BatchNorm1d(n_out))
            mods.append(act())
            mods.append(nn.Dropout(p))
    return nn.Sequential(*mods)


model = make_mlp([64, 200, 100, 50, 1])
x = torch.randn(20, 64)
print(model(x).shape)
