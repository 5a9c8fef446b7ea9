import torch
import torch.nn as nn

enc = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU())
model = nn.Sequential(enc, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 2))
img = torch.randn(3, 10, 10)                # one unbatched image
print(enc(img).shape)                        # inspect the encoder alone
print(model(img.unsqueeze(0)).shape)
