import torch
import torch.nn as nn

mlp = nn.Sequential(
    nn.Flatten(0),
    nn.Linear(3 * 32 * 32, 512),
    nn.ReLU(),
    nn.Linear(512, 10),
)

batch = torch.randn(16, 3, 32, 32)
print(batch.shape)
print(mlp(batch).shape)
