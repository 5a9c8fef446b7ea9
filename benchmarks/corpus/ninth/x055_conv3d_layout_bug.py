import torch
import torch.nn as nn


class VideoNet(nn.Module):
    def __init__(self, in_channels=3, num_classes=4):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv3d(in_channels, 24, kernel_size=(3, 5, 5), padding=(1, 2, 2)),
            nn.ReLU(),
            nn.MaxPool3d((1, 2, 2)),
            nn.Conv3d(24, 48, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool3d((1, 1, 1)),
        )
        self.classifier = nn.Linear(48, num_classes)

    def forward(self, x):
        x = self.conv(x)
        return self.classifier(x.view(x.size(0), -1))


frames = [torch.rand(3, 48, 48) for _ in range(10)]
video = torch.stack(frames).unsqueeze(0)
video = video.repeat(2, 1, 1, 1, 1)
net = VideoNet()
net.eval()
with torch.no_grad():
    scores = net(video)
print(scores.argmax(1))
