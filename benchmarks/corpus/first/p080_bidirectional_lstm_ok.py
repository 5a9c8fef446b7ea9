import torch
import torch.nn as nn

torch.manual_seed(0)
hidden = 20
encoder = nn.Sequential(nn.LSTM(10, hidden, num_layers=2, bidirectional=True, batch_first=True))
head = nn.Sequential(nn.Linear(2 * hidden, 5))
x = torch.randn(3, 7, 10)
out, _ = encoder(x)
print(head(out[:, -1]).shape)
