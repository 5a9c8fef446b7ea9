import torch
import torch.nn as nn

torch.manual_seed(0)

class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(20, 8), nn.ReLU())

    def forward(self, x):
        return self.net(x)

class Wrapper(nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Sequential(nn.Linear(8, 2))

    def forward(self, x):
        return self.head(self.encoder(x))

print(Wrapper(Encoder())(torch.randn(3, 20)).shape)
