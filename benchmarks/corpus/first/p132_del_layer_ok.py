import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), nn.Linear(4, 2))
del model[1]
print(model(torch.randn(3, 8)).shape)
