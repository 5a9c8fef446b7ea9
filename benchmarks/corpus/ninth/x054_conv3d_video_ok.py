import torch
import torch.nn as nn


class C3DSmall(nn.Module):
    def __init__(self, num_classes=6):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv3d(3, 16, kernel_size=3, padding=1),
            nn.BatchNorm3d(16),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2)),
            nn.Conv3d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm3d(32),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=2, stride=2),
            nn.Conv3d(32, 64, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool3d(1),
        )
        self.fc = nn.Linear(64, num_classes)

    def forward(self, clip):
        x = self.features(clip)
        return self.fc(torch.flatten(x, 1))


model = C3DSmall()
# clips: (batch, channels, frames, height, width)
clips = torch.randn(2, 3, 8, 32, 32)
labels = torch.tensor([1, 4])
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss = nn.functional.cross_entropy(model(clips), labels)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(loss.item())
