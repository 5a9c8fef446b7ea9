import torch
import torch.nn as nn


class FrameEncoder(nn.Module):
    def __init__(self, out_dim=64):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d((2, 2)),
        )
        self.fc = nn.Linear(32 * 2 * 2, out_dim)

    def forward(self, x):
        return self.fc(self.cnn(x).flatten(1))


class CNNLSTM(nn.Module):
    def __init__(self, feat_dim=64, hidden=64, num_classes=4):
        super().__init__()
        self.encoder = FrameEncoder(feat_dim)
        self.lstm = nn.LSTM(feat_dim, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, num_classes)

    def forward(self, video):
        B, T, C, H, W = video.shape
        frames = video.view(B * T, C, H, W)       # run the CNN on every frame
        feats = self.encoder(frames).view(B, -1, T)
        out, _ = self.lstm(feats)
        return self.classifier(out[:, -1])


model = CNNLSTM()
video = torch.randn(3, 6, 3, 32, 32)
labels = torch.tensor([0, 3, 1])

opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    loss = nn.functional.cross_entropy(model(video), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
