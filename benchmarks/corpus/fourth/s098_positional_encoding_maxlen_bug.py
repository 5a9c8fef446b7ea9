import torch
import torch.nn as nn


class LearnedPositional(nn.Module):
    def __init__(self, max_len, dim):
        super().__init__()
        self.pos = nn.Parameter(torch.randn(1, max_len, dim) * 0.02)

    def forward(self, x):
        return x + self.pos


d_model = 64
encoder = nn.Sequential(
    nn.Linear(3, d_model),
    LearnedPositional(128, d_model),
    nn.TransformerEncoder(nn.TransformerEncoderLayer(d_model, 4, batch_first=True), num_layers=1),
    nn.Linear(d_model, 1),
)
points = torch.randn(2, 100, 3)   # point sequences of length 100
print(encoder(points).shape)
