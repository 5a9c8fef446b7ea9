import torch
import torch.nn as nn


class DSConv(nn.Module):
    def __init__(self, in_ch, out_ch, stride=1):
        super().__init__()
        self.depthwise = nn.Conv2d(in_ch, out_ch, kernel_size=3, stride=stride, padding=1, groups=in_ch)
        self.pointwise = nn.Conv2d(out_ch, out_ch, kernel_size=1)
        self.bn = nn.BatchNorm2d(out_ch)
        self.act = nn.ReLU(inplace=True)

    def forward(self, x):
        return self.act(self.bn(self.pointwise(self.depthwise(x))))


class KeywordSpotter(nn.Module):
    def __init__(self, n_mels=40, num_classes=12):
        super().__init__()
        self.conv = nn.Conv2d(1, 64, kernel_size=(10, 4), stride=(2, 2), padding=(5, 1))
        self.ds = nn.Sequential(
            DSConv(64, 64),
            DSConv(64, 96),
            DSConv(96, 96),
        )
        self.fc = nn.Linear(96, num_classes)

    def forward(self, mel):
        x = torch.relu(self.conv(mel))
        x = self.ds(x)
        return self.fc(x.mean(dim=(2, 3)))


kws = KeywordSpotter()
spec = torch.randn(8, 1, 49, 40)
scores = kws(spec)
