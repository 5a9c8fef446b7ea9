import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3),
    nn.MaxPool2d(3, stride=2, padding=1),
    nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False),
    nn.LPPool2d(2, kernel_size=2),
    nn.AvgPool2d(kernel_size=(2, 1), stride=(2, 1), ceil_mode=True),
)
print(model(torch.randn(2, 3, 21, 21)).shape)
