import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(
    nn.LSTM(input_size=10, hidden_size=64, batch_first=True),
    nn.Linear(64, 1),
)

x = torch.randn(8, 20, 10)
print(x.shape)
y = model(x)
print(y.shape)
