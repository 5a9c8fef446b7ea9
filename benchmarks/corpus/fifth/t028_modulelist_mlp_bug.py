import torch
import torch.nn as nn


class DeepMLP(nn.Module):
    def __init__(self, in_dim, hidden, depth, out_dim):
        super().__init__()
        self.layers = nn.ModuleList()
        for i in range(depth):
            self.layers.append(nn.Linear(hidden, hidden))
        self.norms = nn.ModuleList([nn.LayerNorm(hidden) for _ in range(depth)])
        self.out = nn.Linear(hidden, out_dim)

    def forward(self, x):
        for layer, norm in zip(self.layers, self.norms):
            x = torch.relu(norm(layer(x)))
        return self.out(x)


def main():
    model = DeepMLP(in_dim=30, hidden=128, depth=4, out_dim=2)
    x = torch.randn(64, 30)
    print(model(x).shape)


if __name__ == "__main__":
    main()
