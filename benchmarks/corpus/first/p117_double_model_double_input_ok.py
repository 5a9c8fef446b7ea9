import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(5, 3), nn.ReLU())
model = model.double()
x = torch.randn(2, 5, dtype=torch.float64)
print(model(x).dtype)
