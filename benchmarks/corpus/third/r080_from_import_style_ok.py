import torch
from torch.nn import (Sequential, Conv2d, MaxPool2d, ReLU, Flatten, Linear, Dropout, BatchNorm2d,
                      AdaptiveMaxPool2d, Softmax)

model = Sequential(
    Conv2d(in_channels=1, out_channels=16, kernel_size=(5, 3), stride=(2, 1), padding=(2, 1)),
    BatchNorm2d(16),
    ReLU(),
    MaxPool2d(kernel_size=(2, 2)),
    Conv2d(16, 32, kernel_size=3, dilation=2, padding=2),
    ReLU(),
    AdaptiveMaxPool2d((4, 8)),
    Flatten(1),
    Dropout(0.3),
    Linear(in_features=32 * 4 * 8, out_features=12),
    Softmax(dim=1),
)

spectrogram = torch.zeros(3, 1, 128, 44)
print(model(spectrogram).shape)
