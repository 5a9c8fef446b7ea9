import torch
import torch.nn as nn

embed = 48
model = nn.Sequential(
    nn.Conv2d(3, embed, kernel_size=8, stride=8),      # (N, 48, 4, 4)
    nn.Flatten(2),                                     # (N, 48, 16) -- needs .transpose(1, 2)
    nn.TransformerEncoderLayer(d_model=embed, nhead=4, dim_feedforward=96, batch_first=True),
)
x = torch.randn(2, 3, 32, 32)
print(model(x).shape)
