import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv1d(1, 8, kernel_size=3),
    nn.ReLU(),
    nn.AdaptiveMaxPool1d(1),
    nn.Flatten(),
    nn.Linear(8, 2),
)
batch = torch.randn(16, 100)
print(model(batch).shape)
