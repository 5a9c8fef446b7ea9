import torch
import torch.nn as nn

channels = [3, 32, 64, 128, 256]

blocks = [
    nn.Sequential(
        nn.Conv2d(c_in, c_out, kernel_size=3, padding=1, bias=False),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(2),
    )
    for c_in, c_out in zip(channels[:-1], channels[1:])
]

model = nn.Sequential(*blocks)
model.append(nn.Flatten())
model.append(nn.Linear(channels[-1] * 4 * 4, 37))

images = torch.rand(6, 3, 64, 64)
print(model(images).shape)
