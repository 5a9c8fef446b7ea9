import torch
from torch import nn

torch.manual_seed(0)
cnn = nn.Sequential(
    nn.Conv1d(3, 16, 3),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Flatten(),
    nn.Linear(16 * 25, 4),
)
x = torch.randn(8, 3, 50)
print(cnn(x).shape)
