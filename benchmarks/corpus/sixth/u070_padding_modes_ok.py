# Climate grid model: circular padding in longitude, reflect padding, asymmetric ZeroPad2d
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(4, 16, 3, padding=1, padding_mode="circular"),
    nn.ReLU(),
    nn.Conv2d(16, 16, 5, padding=2, padding_mode="reflect"),
    nn.ReLU(),
    nn.ZeroPad2d((1, 2, 0, 1)),
    nn.Conv2d(16, 8, 3),
    nn.ReLU(),
    nn.ReplicationPad2d(1),
    nn.Conv2d(8, 1, 3),
)

grid = torch.randn(2, 4, 45, 90)
print(model(grid).shape)
