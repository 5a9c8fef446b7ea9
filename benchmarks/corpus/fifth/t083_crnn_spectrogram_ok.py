# CRNN on log-mel spectrograms: (batch, 1, n_mels, time)
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=64, n_classes=10, hidden=64):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 16, (3, 3), padding=1), nn.BatchNorm2d(16), nn.ReLU(),
            nn.MaxPool2d((2, 2)),
            nn.Conv2d(16, 32, (3, 3), padding=1), nn.BatchNorm2d(32), nn.ReLU(),
            nn.MaxPool2d((4, 1)),                      # pool frequency only
        )
        freq_out = n_mels // 2 // 4
        self.rnn = nn.GRU(32 * freq_out, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, spec):
        h = self.cnn(spec)                             # (B, C, F', T')
        b, c, f, t = h.shape
        h = h.permute(0, 3, 1, 2).reshape(b, t, c * f)
        out, _ = self.rnn(h)
        return self.fc(out.mean(dim=1))


model = CRNN()
spec = torch.randn(4, 1, 64, 101)
print(model(spec).shape)
