import torch
import torch.nn as nn


def conv_block(in_c, out_c):
    return nn.Sequential(
        nn.Conv2d(in_c, out_c, kernel_size=3, padding=1),
        nn.BatchNorm2d(out_c),
        nn.ReLU(),
        nn.MaxPool2d(2),
    )


# Omniglot-style 4-block embedding net, images 28x28
model = nn.Sequential(
    conv_block(1, 64),
    conv_block(64, 64),
    conv_block(64, 64),
    conv_block(64, 64),
    nn.Flatten(),
    nn.Linear(64 * 2 * 2, 5),
)

support = torch.randn(25, 1, 28, 28)
print(model(support).shape)
