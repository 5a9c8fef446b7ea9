import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(10, 10),
    nn.Dropout(1.5),
    nn.Linear(10, 1),
)
print(model(torch.randn(2, 10)).shape)
