import torch
import torch.nn as nn


class DeepMLP(nn.Module):
    def __init__(self, in_dim, hidden_dims, out_dim):
        super().__init__()
        prev = in_dim
        for i, h in enumerate(hidden_dims):
            self.add_module(f"linear{i}", nn.Linear(prev, h))
            self.add_module(f"act{i}", nn.LeakyReLU(0.1))
            prev = h
        self.add_module("head", nn.Linear(prev, out_dim))

    def forward(self, x):
        for name, layer in self.named_children():
            x = layer(x)
        return x


net = DeepMLP(10, [64, 64, 32], 3)
print(net)
x = torch.randn(5, 10)
print(net(x).shape)
