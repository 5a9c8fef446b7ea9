import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.Softmax(dim=0))
x = torch.tensor([5.1, 3.5, 1.4, 0.2])
print(model(x))
