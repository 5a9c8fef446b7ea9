import torch
import torch.nn as nn

net = nn.Sequential(
    nn.ZeroPad2d((1, 2, 0, 3)),       # left, right, top, bottom
    nn.Conv2d(1, 4, 3),
    nn.ReplicationPad2d(2),
    nn.Conv2d(4, 4, 5),
    nn.ConstantPad2d(1, 0.5),
    nn.Flatten(),
)
x = torch.randn(2, 1, 10, 12)
y = net(x)
print(y.shape)
pad1d = nn.Sequential(nn.ReflectionPad1d(3), nn.Conv1d(2, 2, 7), nn.CircularPad1d(1))
print(pad1d(torch.randn(1, 2, 20)).shape)
