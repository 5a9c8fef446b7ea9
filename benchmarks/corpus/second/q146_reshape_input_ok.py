import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv1d(2, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 8, 1))
x = torch.linspace(0, 1, 40).reshape(2, 2, 10)
print(model(x).shape)
