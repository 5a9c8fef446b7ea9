import torch
import torch.nn as nn


class ECGNet(nn.Module):
    def __init__(self, in_leads=1, n_classes=4, kernel=7):
        super().__init__()
        chans = [in_leads, 16, 32, 64, 64]
        blocks = []
        for cin, cout in zip(chans, chans[1:]):
            blocks += [nn.Conv1d(cin, cout, kernel), nn.BatchNorm1d(cout), nn.ReLU(), nn.MaxPool1d(4)]
        self.features = nn.Sequential(*blocks)
        self.fc = nn.Linear(64, n_classes)

    def forward(self, x):
        x = self.features(x)
        x = x.mean(dim=-1)
        return self.fc(x)


# one-second beats sampled at 250 Hz
beats = torch.randn(8, 1, 250)
print(ECGNet()(beats).shape)
