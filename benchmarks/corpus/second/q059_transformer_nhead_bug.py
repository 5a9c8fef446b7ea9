import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(16, 30),
    nn.TransformerEncoderLayer(d_model=30, nhead=4, batch_first=True),
    nn.Linear(30, 2),
)
print(model(torch.randn(2, 5, 16)).shape)
