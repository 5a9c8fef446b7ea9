import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=(1, 5), stride=(1, 2)),
    nn.ReLU(),
    nn.Conv2d(8, 16, kernel_size=(3, 3), padding=(1, 0)),
    nn.ReLU(),
    nn.MaxPool2d((2, 2), ceil_mode=True),
    nn.Flatten(),
    nn.LazyLinear(10),
)
spec = torch.randn(4, 1, 40, 63)
print(model(spec).shape)
