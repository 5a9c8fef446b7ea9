import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(4, 4, 3, padding=1),
    nn.Upsample(scale_factor=(2, 2)),
)
print(model(torch.randn(2, 4, 16)).shape)
