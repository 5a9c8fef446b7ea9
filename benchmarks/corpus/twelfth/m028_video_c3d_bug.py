import torch
import torch.nn as nn


class C3DSmall(nn.Module):
    def __init__(self, in_channels=3, num_classes=6):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv3d(in_channels, 16, kernel_size=3, padding=1),
            nn.BatchNorm3d(16),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=(1, 2, 2)),
            nn.Conv3d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm3d(32),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=2),
            nn.Conv3d(32, 64, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool3d(1),
        )
        self.fc = nn.Linear(64, num_classes)

    def forward(self, clips):
        # clips: (B, C, T, H, W)
        return self.fc(self.features(clips).flatten(1))


def load_fake_clips(n, frames=8, size=32):
    # decoded videos come as (N, T, H, W, C) uint8
    return torch.randint(0, 256, (n, frames, size, size, 3), dtype=torch.uint8)


raw = load_fake_clips(4)
clips = raw.float().div(255.0).permute(0, 1, 4, 2, 3).contiguous()
labels = torch.randint(0, 6, (4,))

model = C3DSmall()
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
loss = nn.CrossEntropyLoss()(model(clips), labels)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())
