# my first CIFAR-10 CNN, why do I get "mat1 and mat2 shapes cannot be multiplied"??
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3),
    nn.ReLU(),
    nn.MaxPool2d(2, 2),
    nn.Conv2d(16, 32, kernel_size=3),
    nn.ReLU(),
    nn.MaxPool2d(2, 2),
    nn.Flatten(),
    nn.Linear(32 * 7 * 7, 120),
    nn.ReLU(),
    nn.Linear(120, 10),
)

images = torch.randn(4, 3, 32, 32)
out = model(images)
print(out.shape)
