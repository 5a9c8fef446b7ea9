import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential()
model.add_module("fc1", nn.Linear(10, 32))
model.add_module("act", nn.ReLU())
model.add_module("fc2", nn.Linear(64, 4))
print(model(torch.randn(3, 10)).shape)
