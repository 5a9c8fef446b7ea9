# quick sanity check on a single sample before training
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(30, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Linear(64, 1),
)

sample = torch.randn(1, 30)
print(model(sample))
