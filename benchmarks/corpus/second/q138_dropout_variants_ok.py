import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(4, 8, 3, padding=1),
    nn.Dropout1d(0.2),
    nn.Unflatten(1, (2, 4)),          # (N, 2, 4, L)
    nn.Dropout2d(0.1),
    nn.Flatten(1, 2),
    nn.FeatureAlphaDropout(0.1),
    nn.Conv1d(8, 2, 1),
)
print(model(torch.randn(3, 4, 16)).shape)
