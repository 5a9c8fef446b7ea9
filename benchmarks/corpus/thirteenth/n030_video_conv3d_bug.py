import torch
import torch.nn as nn


class Tiny3DCNN(nn.Module):
    def __init__(self, in_channels=3, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv3d(in_channels, 16, kernel_size=3, padding=1),
            nn.BatchNorm3d(16),
            nn.ReLU(inplace=True),
            nn.MaxPool3d((1, 2, 2)),
            nn.Conv3d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm3d(32),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(2),
            nn.AdaptiveAvgPool3d(1),
        )
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.features(x)
        return self.fc(torch.flatten(x, 1))


def load_fake_clips(n=4, frames=8, size=32):
    # clips are stored frame-major, like a decoded video: (N, T, C, H, W)
    clips = torch.rand(n, frames, 3, size, size)
    labels = torch.randint(0, 10, (n,))
    return clips, labels


clips, labels = load_fake_clips()

model = Tiny3DCNN()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
for step in range(2):
    out = model(clips)
    loss = nn.functional.cross_entropy(out, labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(step, out.shape, loss.item())
