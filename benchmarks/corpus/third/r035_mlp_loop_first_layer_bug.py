import torch
from torch import nn


class DeepMLP(nn.Module):
    def __init__(self, in_features, hidden=256, depth=4, n_classes=10):
        super().__init__()
        layers = []
        for i in range(depth):
            layers.append(nn.Linear(hidden, hidden))
            layers.append(nn.ReLU())
        layers.append(nn.Linear(hidden, n_classes))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        x = x.view(x.size(0), -1)
        return self.net(x)


model = DeepMLP(in_features=3 * 32 * 32)
batch = torch.randn(32, 3, 32, 32)
print(model(batch).shape)
