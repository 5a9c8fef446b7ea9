import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
x = torch.randn(2, 4, dtype=torch.float16)
print(model(x).dtype)
