# Feed an HWC uint8 numpy image (as from PIL/cv2) into a CNN
import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(0)
img = rng.integers(0, 256, size=(64, 64, 3), dtype=np.uint8)

x = torch.from_numpy(img).permute(2, 0, 1).unsqueeze(0).float() / 255.0

net = nn.Sequential(
    nn.Conv2d(3, 16, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(16, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(32, 5),
)
net.eval()
with torch.no_grad():
    y = net(x)
print("input", x.shape, "output", y.shape)
