import torch
import torch.nn as nn


def conv_relu(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True))


class SegNetLite(nn.Module):
    def __init__(self, n_classes=3):
        super().__init__()
        self.enc = nn.Sequential(conv_relu(3, 16), nn.MaxPool2d(2), conv_relu(16, 32), nn.MaxPool2d(2))
        self.dec = nn.Sequential(
            nn.Upsample(scale_factor=2), conv_relu(32, 16),
            nn.Upsample(scale_factor=2), conv_relu(16, 16),
            nn.Conv2d(16, n_classes, 1),
        )

    def forward(self, x):
        return self.dec(self.enc(x))


model = SegNetLite()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()

images = torch.randn(2, 3, 48, 48)
masks = torch.zeros(2, 1, 48, 48, dtype=torch.long)
masks[:, :, 10:30, 10:30] = 1
masks[:, :, 35:, :] = 2

optimizer.zero_grad()
preds = model(images)
loss = criterion(preds, masks)
loss.backward()
optimizer.step()
