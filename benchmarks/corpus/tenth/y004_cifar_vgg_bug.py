import torch
import torch.nn as nn

channels = [32, 64, 128]

layers = []
in_ch = 3
for out_ch in channels:
    layers.append(nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1))
    layers.append(nn.ReLU())
    layers.append(nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1))
    layers.append(nn.ReLU())
    layers.append(nn.MaxPool2d(2))
    in_ch = out_ch

model = nn.Sequential(
    *layers,
    nn.Flatten(),
    nn.Linear(128 * 4 * 4, 256),
    nn.ReLU(),
    nn.Linear(256, 10),
)

batch = torch.randn(16, 3, 32, 32)
logits = model(batch)
