import torch
import torch.nn as nn

class LastStep(nn.Module):
    def forward(self, x):
        out, _ = x
        return out[:, -1]

model = nn.Sequential(
    nn.GRU(8, 32, batch_first=True),
    LastStep(),
    nn.Linear(32, 1),
)
x = torch.randn(4, 50, 8)
print(model(x).shape)
