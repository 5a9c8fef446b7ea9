import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=64, n_classes=10, rnn_hidden=64):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d((2, 2)),
            nn.Conv2d(32, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d((2, 1)),
            nn.Conv2d(32, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d((2, 1)),
        )
        self.rnn = nn.GRU(32 * (n_mels // 4), rnn_hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * rnn_hidden, n_classes)

    def forward(self, x):
        x = self.cnn(x)
        b, c, f, t = x.shape
        x = x.permute(0, 3, 1, 2).reshape(b, t, c * f)
        x, _ = self.rnn(x)
        return self.fc(x.mean(dim=1))


model = CRNN()
mel = torch.randn(2, 1, 64, 128)
print(model(mel).shape)
