import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, in_dim, hidden, out_dim):
        super().__init__()
        self.input = nn.Linear(in_dim, hidden[0])
        self.hidden = nn.ModuleList([nn.Linear(h, h) for h in hidden])
        self.output = nn.Linear(hidden[-1], out_dim)

    def forward(self, x):
        x = F.relu(self.input(x))
        for layer in self.hidden:
            x = F.relu(layer(x))
        return self.output(x)


# Fashion-MNIST flattened
model = MLP(784, [512, 256, 128], 10)
x = torch.randn(32, 784)
print(model(x).shape)
