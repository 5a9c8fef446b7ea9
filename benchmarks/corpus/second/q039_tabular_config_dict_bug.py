import torch
import torch.nn as nn

cfg = {"n_features": 30, "hidden": [128, 64], "n_classes": 2}
layers = []
d = cfg["n_features"]
for h in cfg["hidden"]:
    layers += [nn.Linear(d, h), nn.ReLU()]
    d = h
layers.append(nn.Linear(d, cfg["n_classes"]))
model = nn.Sequential(*layers)

X = torch.randn(50, 29)       # one column dropped during feature selection
print(model(X).shape)
