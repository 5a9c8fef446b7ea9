import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Embedding(100, 32),
    nn.BatchNorm1d(32),          # normalises dim 1, which is the sequence here
    nn.Flatten(),
    nn.Linear(20 * 32, 2),
)
x = torch.randint(0, 100, (8, 20))
print(model(x).shape)
