import numpy as np
import torch
import torch.nn as nn

# pixels loaded from a kaggle csv: (n_images, 28*28)
pixels = np.random.RandomState(1).randint(0, 256, size=(16, 784)).astype(np.float32)
images = torch.tensor(pixels / 255.0).reshape(-1, 28, 28)

model = nn.Sequential(
    nn.Conv2d(1, 32, kernel_size=3),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 64, kernel_size=3),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(64 * 5 * 5, 10),
)

preds = model(images).argmax(dim=1)
print(preds)
