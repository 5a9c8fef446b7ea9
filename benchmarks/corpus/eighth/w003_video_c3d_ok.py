import torch
import torch.nn as nn


def conv3d_block(in_c, out_c, pool_time=True):
    pool = nn.MaxPool3d((2, 2, 2)) if pool_time else nn.MaxPool3d((1, 2, 2))
    return nn.Sequential(
        nn.Conv3d(in_c, out_c, kernel_size=3, padding=1),
        nn.BatchNorm3d(out_c),
        nn.ReLU(inplace=True),
        pool,
    )


class TinyC3D(nn.Module):
    def __init__(self, num_classes=101):
        super().__init__()
        self.features = nn.Sequential(
            conv3d_block(3, 32, pool_time=False),
            conv3d_block(32, 64),
            conv3d_block(64, 128),
        )
        self.pool = nn.AdaptiveAvgPool3d(1)
        self.fc = nn.Linear(128, num_classes)

    def forward(self, clip):
        x = self.features(clip)
        x = self.pool(x).flatten(1)
        return self.fc(x)


model = TinyC3D(num_classes=101)
clips = torch.randn(2, 3, 8, 32, 32)   # (batch, channels, frames, H, W)
out = model(clips)
print(out.shape)
