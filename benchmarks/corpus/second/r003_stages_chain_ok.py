import torch
import torch.nn as nn

stem = nn.Sequential(nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.ReLU())
body = nn.Sequential(nn.Conv2d(8, 16, 3, stride=2, padding=1), nn.ReLU())
head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 4))
x = torch.randn(2, 3, 32, 32)
x = stem(x)
x = body(x)
x = head(x)
print(x.shape)
