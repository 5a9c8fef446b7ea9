import torch
import torch.nn as nn

input_shape = (3, 16, 16)
batch_size = 4
model = nn.Sequential(nn.Conv2d(input_shape[0], 8, 3), nn.Flatten(), nn.Linear(8 * 14 * 14, 2))
x = torch.randn(batch_size, *input_shape)
y = torch.randn((batch_size,) + input_shape)
print(model(x).shape, model(y).shape)
