import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv1d(1, 4, 3), nn.Flatten(), nn.Linear(4 * 30, 1))
x = torch.randn(6, 32).unsqueeze(1)
print(model(x).shape)
