import torch
import torch.nn as nn

# nested Sequentials with explicit padding layers
stem = nn.Sequential(
    nn.ZeroPad2d((1, 2, 1, 2)),
    nn.Conv2d(3, 8, kernel_size=4, stride=2),     # 32 -> 16
    nn.ReLU(),
)
body = nn.Sequential(
    nn.ReplicationPad2d(1),
    nn.Conv2d(8, 16, 3),                          # 16 -> 16
    nn.ReLU(),
    nn.ConstantPad2d((0, 1, 0, 1), 0.0),
    nn.MaxPool2d(2),                              # 17 -> 8
)
model = nn.Sequential(
    stem,
    body,
    nn.Flatten(),
    nn.Linear(16 * 8 * 8, 10),
)

x = torch.randn(4, 3, 32, 32)
print(model(x).shape)
