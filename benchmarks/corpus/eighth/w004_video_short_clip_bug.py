import torch
import torch.nn as nn


class VideoNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv3d(3, 32, kernel_size=3)
        self.pool1 = nn.MaxPool3d(2)
        self.conv2 = nn.Conv3d(32, 64, kernel_size=3)
        self.pool2 = nn.MaxPool3d(2)
        self.fc = nn.Linear(64, num_classes)
        self.relu = nn.ReLU()

    def forward(self, x):
        x = self.pool1(self.relu(self.conv1(x)))
        x = self.pool2(self.relu(self.conv2(x)))
        x = x.mean(dim=(2, 3, 4))
        return self.fc(x)


model = VideoNet()
# 4-frame clips sampled from each video
clips = torch.randn(2, 3, 4, 48, 48)
scores = model(clips)
print(scores.shape)
