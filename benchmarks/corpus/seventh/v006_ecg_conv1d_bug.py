import torch
import torch.nn as nn

N_LEADS = 12
SEQ_LEN = 500


class ECGNet(nn.Module):
    def __init__(self, n_leads=N_LEADS, n_classes=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(n_leads, 32, kernel_size=7, padding=3),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(32, 64, kernel_size=5, padding=2),
            nn.BatchNorm1d(64),
            nn.ReLU(),
            nn.AdaptiveMaxPool1d(1),
        )
        self.classifier = nn.Linear(64, n_classes)

    def forward(self, x):
        x = self.features(x)
        return self.classifier(x.squeeze(-1))


# signals as stored in the csv: (batch, time, leads)
signals = torch.randn(8, SEQ_LEN, N_LEADS)
model = ECGNet()
print(model(signals).shape)
