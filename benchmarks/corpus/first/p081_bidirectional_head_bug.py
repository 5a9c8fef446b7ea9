import torch
import torch.nn as nn

torch.manual_seed(0)
hidden = 20
lstm = nn.LSTM(10, hidden, bidirectional=True, batch_first=True)
head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 5))
x = torch.randn(3, 7, 10)
out, _ = lstm(x)
last = out[:, -1, :]
print(head(last).shape)
