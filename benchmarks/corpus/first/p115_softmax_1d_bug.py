import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1))
x = torch.tensor([0.5, 1.0, -0.3, 2.0])
print(model(x))
