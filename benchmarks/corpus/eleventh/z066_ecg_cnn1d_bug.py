import torch
import torch.nn as nn
import torch.nn.functional as F

N_LEADS = 12
SIGNAL_LEN = 1000   # 10 s at 100 Hz (PTB-XL style)
N_CLASSES = 5       # NORM, MI, STTC, CD, HYP (multi-label)
BATCH = 16


class ResBlock1d(nn.Module):
    def __init__(self, channels, kernel_size=7):
        super().__init__()
        pad = kernel_size // 2
        self.conv1 = nn.Conv1d(channels, channels, kernel_size, padding=pad, bias=False)
        self.bn1 = nn.BatchNorm1d(channels)
        self.conv2 = nn.Conv1d(channels, channels, kernel_size, padding=pad, bias=False)
        self.bn2 = nn.BatchNorm1d(channels)

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + x)


class ECGNet(nn.Module):
    def __init__(self, in_ch=N_LEADS, width=64, n_blocks=3, n_classes=N_CLASSES):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv1d(in_ch, width, 15, stride=2, padding=7, bias=False),
            nn.BatchNorm1d(width),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(3, stride=2, padding=1),
        )
        blocks = []
        for _ in range(n_blocks):
            blocks += [ResBlock1d(width), nn.MaxPool1d(2)]
        self.blocks = nn.Sequential(*blocks)
        self.head = nn.Linear(2 * width, n_classes)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        # concat average- and max-pooling over time
        avg = x.mean(dim=(2, 3))
        mx = x.amax(dim=-1)
        return self.head(torch.cat([avg, mx], dim=1))


model = ECGNet()
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)

signals = torch.randn(BATCH, N_LEADS, SIGNAL_LEN)
targets = (torch.rand(BATCH, N_CLASSES) > 0.7).float()

model.train()
logits = model(signals)
loss = criterion(logits, targets)
optimizer.zero_grad()
loss.backward()
optimizer.step()

model.eval()
with torch.no_grad():
    probs = torch.sigmoid(model(signals))
print(f"loss {loss.item():.4f}; positives predicted: {(probs > 0.5).sum().item()}")
