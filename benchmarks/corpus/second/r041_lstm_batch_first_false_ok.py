import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(6, 12), nn.LSTM(12, 24))   # (L, N, H) order, torch does not care
out, (h, c) = model(torch.randn(4, 9, 6))
print(out.shape)
