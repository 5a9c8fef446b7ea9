import torch
import torch.nn as nn

def causal(cin, cout, k, d):
    return nn.Sequential(nn.ConstantPad1d(((k - 1) * d, 0), 0.0), nn.Conv1d(cin, cout, k, dilation=d))

model = nn.Sequential(
    causal(3, 16, 3, 1), nn.ReLU(),
    causal(16, 16, 3, 2), nn.ReLU(),
    causal(16, 16, 3, 4), nn.ReLU(),
    causal(16, 16, 3, 8), nn.ReLU(),
    nn.Conv1d(16, 1, 1),
)
print(model(torch.randn(2, 3, 12)).shape)
