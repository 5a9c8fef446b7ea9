# deeper CNN for Fashion-MNIST, "more layers = better"
import torch
import torch.nn as nn

layers = []
in_ch = 1
for out_ch in [32, 64, 128, 256, 512]:
    layers += [
        nn.Conv2d(in_ch, out_ch, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
    ]
    in_ch = out_ch
layers += [nn.Flatten(), nn.Linear(512, 10)]
model = nn.Sequential(*layers)

x = torch.randn(2, 1, 28, 28)
print(model(x).shape)
