import torch
import torch.nn as nn

# small 16x16 thumbnails, kept adding blocks to go "deeper"
layers = []
ch = 3
for out in [16, 32, 64, 128, 256]:
    layers += [nn.Conv2d(ch, out, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)]
    ch = out
layers += [nn.Flatten(), nn.Linear(ch, 10)]
model = nn.Sequential(*layers)

x = torch.randn(8, 3, 16, 16)
print(model(x).shape)
