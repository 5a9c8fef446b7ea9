import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv1d(1, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(8, 1))
series = torch.randn(16, 60)
x = series.unsqueeze(-1)          # (N, L, 1): Keras habit, channels last
print(model(x).shape)
