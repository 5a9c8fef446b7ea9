# Stack Overflow: RuntimeError: mat1 and mat2 shapes cannot be multiplied (1792x28 and 784x128)
import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Linear(784, 128),
    nn.ReLU(),
    nn.Linear(128, 64),
    nn.ReLU(),
    nn.Linear(64, 10),
)

images = torch.rand(64, 28, 28)
out = net(images)
print(out.shape)
