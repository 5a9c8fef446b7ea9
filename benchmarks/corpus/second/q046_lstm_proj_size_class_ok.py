import torch
import torch.nn as nn

class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(10, 32, proj_size=8, batch_first=True)
        self.out = nn.Sequential(nn.LayerNorm(8), nn.Linear(8, 5))

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h)

print(Tagger()(torch.randn(3, 7, 10)).shape)
