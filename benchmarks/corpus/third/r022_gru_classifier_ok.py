import torch
import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self, input_size=13, hidden_size=64, num_layers=2, num_classes=6):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True, dropout=0.2)
        self.head = nn.Sequential(
            nn.LayerNorm(hidden_size),
            nn.Linear(hidden_size, 32),
            nn.ReLU(),
            nn.Linear(32, num_classes),
        )

    def forward(self, x):
        out, h_n = self.gru(x)
        return self.head(out[:, -1, :])


model = GRUClassifier()
mfcc = torch.randn(4, 100, 13)
print(model(mfcc).shape)
