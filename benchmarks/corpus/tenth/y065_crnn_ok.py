import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, img_h=32, n_channels=1, n_classes=37, hidden=128):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(n_channels, 64, 3, 1, 1), nn.ReLU(True), nn.MaxPool2d(2, 2),
            nn.Conv2d(64, 128, 3, 1, 1), nn.ReLU(True), nn.MaxPool2d(2, 2),
            nn.Conv2d(128, 256, 3, 1, 1), nn.BatchNorm2d(256), nn.ReLU(True),
            nn.MaxPool2d((2, 1), (2, 1)),
        )
        feat_h = img_h // 8
        self.rnn = nn.LSTM(256 * feat_h, hidden, bidirectional=True)
        self.embedding = nn.Linear(hidden * 2, n_classes)

    def forward(self, x):
        conv = self.cnn(x)
        b, c, h, w = conv.size()
        conv = conv.view(b, c * h, w).permute(2, 0, 1)
        recurrent, _ = self.rnn(conv)
        t, b, hd = recurrent.size()
        out = self.embedding(recurrent.view(t * b, hd))
        return out.view(t, b, -1)


model = CRNN(img_h=32, n_classes=37)
imgs = torch.randn(4, 1, 32, 100)
log_probs = model(imgs).log_softmax(2)
targets = torch.randint(1, 37, (4, 8))
input_lengths = torch.full((4,), log_probs.size(0), dtype=torch.long)
target_lengths = torch.full((4,), 8, dtype=torch.long)
loss = nn.CTCLoss()(log_probs, targets, input_lengths, target_lengths)
