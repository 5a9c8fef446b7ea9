import torch
import torch.nn as nn

cfg = {"n_features": 30, "hidden": 64, "n_classes": 2}
model = nn.Sequential(
    nn.Linear(cfg["n_features"], cfg["hidden"]),
    nn.SELU(),
    nn.AlphaDropout(0.1),
    nn.Linear(cfg["hidden"], cfg["n_classes"]),
    nn.Softmax(dim=-1),
)
X = torch.randn(50, cfg["n_features"])
print(model(X).shape)
