import torch
import torch.nn as nn


class CRNN(nn.Module):
    """Sound event detection: conv over (freq, time), GRU over time, frame-wise sigmoid."""

    def __init__(self, n_mels=64, n_classes=10, rnn_hidden=64):
        super().__init__()
        chans = [1, 32, 64, 64]
        blocks = []
        for cin, cout in zip(chans[:-1], chans[1:]):
            blocks += [
                nn.Conv2d(cin, cout, 3, padding=1),
                nn.BatchNorm2d(cout),
                nn.ReLU(),
                nn.MaxPool2d((2, 1)),          # pool frequency only, keep time resolution
            ]
        self.cnn = nn.Sequential(*blocks)
        freq_out = n_mels // 2 ** (len(chans) - 1)
        self.gru = nn.GRU(chans[-1] * freq_out, rnn_hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * rnn_hidden, n_classes)

    def forward(self, spec):                   # spec: (B, 1, n_mels, T)
        x = self.cnn(spec)                     # (B, C, F', T)
        b, c, f, t = x.shape
        x = x.permute(0, 3, 1, 2).reshape(b, t, c * f)
        x, _ = self.gru(x)
        return torch.sigmoid(self.fc(x))       # (B, T, n_classes)


model = CRNN()
spec = torch.randn(4, 1, 64, 250)
print(model(spec).shape)
