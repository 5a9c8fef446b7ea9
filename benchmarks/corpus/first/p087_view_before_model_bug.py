import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10))
images = torch.randn(16, 1, 28, 28)
flat = images.view(16, 28 * 27)
print(model(flat).shape)
