import torch
import torch.nn as nn

# "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [64, 784]"
model = nn.Sequential(
    nn.Conv2d(1, 32, 5),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(32 * 12 * 12, 10),
)
images = torch.randn(64, 1, 28, 28)
images = images.view(images.shape[0], -1)      # copy-pasted from the MLP notebook
print(model(images).shape)
