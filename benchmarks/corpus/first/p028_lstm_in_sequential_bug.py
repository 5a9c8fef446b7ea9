import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Embedding(5000, 64),
    nn.LSTM(64, 128, batch_first=True),
    nn.Linear(128, 2),
)
x = torch.randint(0, 5000, (8, 30))
print(model(x).shape)
