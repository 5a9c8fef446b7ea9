import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=(3, 7), stride=(1, 3), padding=(1, 0)),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=(2, 3), stride=(2, 1)),
    nn.Flatten(),
    nn.Linear(8 * 10 * 13, 5),
)
print(model(torch.randn(2, 1, 20, 50)).shape)
