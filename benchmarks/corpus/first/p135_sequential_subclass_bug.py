import torch
import torch.nn as nn

torch.manual_seed(0)

class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden, out_dim):
        super().__init__(
            nn.Linear(in_dim, hidden),
            nn.ReLU(),
            nn.Linear(hidden, out_dim),
        )

model = MLP(12, 32, 4)
print(model(torch.randn(6, 10)).shape)
