# Processing a single sequence without a batch dimension (supported since torch 1.11)
import torch
import torch.nn as nn

lstm = nn.LSTM(input_size=6, hidden_size=32, num_layers=2)
head = nn.Sequential(nn.Linear(32, 16), nn.ReLU(), nn.Linear(16, 3))

seq = torch.randn(25, 6)
h0 = torch.zeros(2, 32)
c0 = torch.zeros(2, 32)
out, (hn, cn) = lstm(seq, (h0, c0))
pred = head(out[-1])
print(out.shape, hn.shape, pred.shape)
