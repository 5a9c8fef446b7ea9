import torch
import torch.nn as nn

torch.manual_seed(0)

def conv_block(c_in, c_out):
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, padding=1),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
    )

model = nn.Sequential(
    conv_block(3, 32),
    conv_block(32, 64),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(64 * 32 * 32, 10),
)
x = torch.randn(2, 3, 32, 32)
print(model(x).shape)
