import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Unfold(kernel_size=4, stride=4),       # (N, 3*16, 64)
    nn.Linear(64, 32),                         # mixes along the patch axis
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(48 * 32, 10),
)
print(model(torch.randn(2, 3, 32, 32)).shape)
