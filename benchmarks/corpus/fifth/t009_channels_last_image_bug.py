# classify a single RGB image loaded as HxWxC (like from PIL / cv2)
import numpy as np
import torch
import torch.nn as nn

np.random.seed(1)
img = np.random.randint(0, 256, size=(64, 64, 3)).astype(np.float32) / 255.0

cnn = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(32, 5),
)

x = torch.from_numpy(img).unsqueeze(0)   # add batch dim
print(x.shape)
scores = cnn(x)
print(scores.shape)
