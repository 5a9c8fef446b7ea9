import torch
import torch.nn as nn


class OCRModel(nn.Module):
    def __init__(self, num_chars=80, rnn_hidden=256):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(3, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 3, padding=1), nn.BatchNorm2d(128), nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(128, 128, 3, padding=1), nn.BatchNorm2d(128), nn.ReLU(),
            nn.MaxPool2d((2, 1)),
        )
        self.rnn = nn.GRU(128, rnn_hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(rnn_hidden * 2, num_chars + 1)

    def forward(self, images):
        f = self.conv(images)
        f = f.permute(0, 3, 1, 2)
        f = f.flatten(2)
        seq, _ = self.rnn(f)
        return self.fc(seq)


model = OCRModel(num_chars=62, rnn_hidden=128)
batch = torch.randn(2, 3, 48, 160)
logits = model(batch)
