import torch
import torch.nn as nn

model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10))
x = torch.randn(8, 1, 28, 28).squeeze(1)
print(model(x).shape)
