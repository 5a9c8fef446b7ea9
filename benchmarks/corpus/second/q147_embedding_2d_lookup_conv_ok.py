import torch
import torch.nn as nn

class Permute(nn.Module):
    def __init__(self, *dims):
        super().__init__()
        self.dims = dims
    def forward(self, x):
        return x.permute(*self.dims)

model = nn.Sequential(
    nn.Embedding(50, 12),
    Permute(0, 2, 1),
    nn.Conv1d(12, 8, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveMaxPool1d(1),
    nn.Flatten(),
    nn.Linear(8, 2),
)
print(model(torch.randint(0, 50, (4, 9))).shape)
