import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Embedding(100, 16),
    nn.Flatten(),
    nn.Linear(16 * 10, 1),
)
x = torch.rand(4, 10) * 100
print(model(x).shape)
