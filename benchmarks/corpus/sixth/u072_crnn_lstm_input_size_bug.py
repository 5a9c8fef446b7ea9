# CRNN for OCR: conv features -> sequence over width -> BiLSTM -> CTC logits
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_classes=37, hidden=128):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 32, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(32, 64, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(64, 64, 3, 1, 1), nn.ReLU(), nn.MaxPool2d((2, 1), (2, 1)),
        )
        self.rnn = nn.LSTM(64, hidden, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        f = self.cnn(x)                      # (B, C, H, W)
        f = f.permute(0, 3, 1, 2).flatten(2)  # (B, W, C*H)
        out, _ = self.rnn(f)
        return self.fc(out)


model = CRNN()
lines = torch.randn(4, 1, 32, 128)
print(model(lines).shape)
