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
        self.rnn = nn.LSTM(256 * img_h // 4, hidden, bidirectional=True)
        self.embedding = nn.Linear(hidden * 2, n_classes)

    def forward(self, x):
        conv = self.cnn(x)
        b, c, h, w = conv.size()
        conv = conv.view(b, c * h, w).permute(2, 0, 1)   # [w, b, c*h]
        recurrent, _ = self.rnn(conv)
        T, B, H = recurrent.size()
        out = self.embedding(recurrent.view(T * B, H))
        return out.view(T, B, -1).log_softmax(2)


model = CRNN()
word_images = torch.randn(3, 1, 32, 100)
preds = model(word_images)
print(preds.shape)
