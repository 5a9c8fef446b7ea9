import torch
import torch.nn as nn


class FrameEncoder(nn.Module):
    """Per-frame MLP on (batch, frames, features) sequences."""

    def __init__(self, in_feats=40, hidden=64):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_feats, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
        )

    def forward(self, x):
        return self.net(x)


enc = FrameEncoder()
mfcc = torch.randn(8, 100, 40)
print(enc(mfcc).shape)
