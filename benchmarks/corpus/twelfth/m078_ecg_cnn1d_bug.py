import torch
import torch.nn as nn

SIGNAL_LEN = 1000   # 2 s at 500 Hz
N_LEADS = 12


class ECGNet(nn.Module):
    def __init__(self, n_leads=N_LEADS, n_classes=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(n_leads, 32, kernel_size=7, padding=3),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.MaxPool1d(4),                                   # 250
            nn.Conv1d(32, 64, kernel_size=5, padding=2),
            nn.BatchNorm1d(64),
            nn.ReLU(),
            nn.MaxPool1d(5),                                   # 50
            nn.Conv1d(64, 64, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool1d(2),                                   # 25
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 50, 128),
            nn.ReLU(),
            nn.Dropout(0.3),
            nn.Linear(128, n_classes),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


model = ECGNet()
signals = torch.randn(8, N_LEADS, SIGNAL_LEN)
labels = torch.randint(0, 5, (8,))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)

for step in range(2):
    loss = nn.CrossEntropyLoss()(model(signals), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
