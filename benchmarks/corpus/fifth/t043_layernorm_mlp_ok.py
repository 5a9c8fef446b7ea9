import torch
import torch.nn as nn

config = {"in_dim": 24, "hidden": [128, 64], "out_dim": 5, "dropout": 0.1}


def build_mlp(cfg):
    layers = []
    prev = cfg["in_dim"]
    for h in cfg["hidden"]:
        layers.append(nn.Linear(prev, h))
        layers.append(nn.LayerNorm(h))
        layers.append(nn.GELU())
        layers.append(nn.Dropout(cfg["dropout"]))
        prev = h
    layers.append(nn.Linear(prev, cfg["out_dim"]))
    return nn.Sequential(*layers)


model = build_mlp(config)
x = torch.randn(1, config["in_dim"])   # batch of one is fine with LayerNorm
print(model(x).shape)
x3 = torch.randn(7, 11, config["in_dim"])
print(model(x3).shape)
