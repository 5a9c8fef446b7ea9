# Comparing activation functions in one small CNN (PReLU per channel)
import torch
import torch.nn as nn

acts = [nn.PReLU(num_parameters=16), nn.ELU(), nn.SiLU(), nn.Mish(), nn.Hardswish(), nn.Softplus()]
layers = [nn.Conv2d(3, 16, 3, padding=1)]
for act in acts:
    layers += [act, nn.Conv2d(16, 16, 3, padding=1)]
layers += [nn.LocalResponseNorm(5), nn.AdaptiveMaxPool2d((2, 2)), nn.Flatten(), nn.Linear(64, 10), nn.LogSoftmax(dim=-1)]
model = nn.Sequential(*layers)

x = torch.randn(3, 3, 20, 20)
print(model(x).shape)
