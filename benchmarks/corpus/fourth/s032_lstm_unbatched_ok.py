import torch
import torch.nn as nn

lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2)
head = nn.Sequential(nn.Linear(20, 20), nn.Tanh(), nn.Linear(20, 3))

seq = torch.randn(7, 10)          # unbatched: (L, H_in)
out, (h, c) = lstm(seq)
print(out.shape, h.shape)
scores = head(out)
print(scores.shape)
