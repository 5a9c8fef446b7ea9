# categorical counts as features
import torch
import torch.nn as nn

counts = torch.randint(0, 20, (64, 8))
model = nn.Sequential(
    nn.Linear(8, 32),
    nn.ReLU(),
    nn.Linear(32, 1),
)
print(model(counts).shape)
