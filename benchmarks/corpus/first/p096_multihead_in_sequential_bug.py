import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(16, 32),
    nn.MultiheadAttention(32, 4, batch_first=True),
)
print(model(torch.randn(2, 5, 16)))
