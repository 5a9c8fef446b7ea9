import torch
import torch.nn as nn

# num_features is ignored when affine=False (torch only warns)
model = nn.Sequential(
    nn.Conv1d(4, 32, 3, padding=1),
    nn.InstanceNorm1d(64),
    nn.ReLU(),
)
print(model(torch.randn(2, 4, 20)).shape)
