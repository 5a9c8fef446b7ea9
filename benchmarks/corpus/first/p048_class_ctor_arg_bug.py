import torch
import torch.nn as nn

torch.manual_seed(0)

class MLP(nn.Module):
    def __init__(self, in_dim, n_classes):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(in_dim, 64),
            nn.ReLU(),
            nn.Linear(64, n_classes),
        )

    def forward(self, x):
        return self.layers(x)

model = MLP(in_dim=30, n_classes=2)
x = torch.randn(8, 20)
print(model(x).shape)
