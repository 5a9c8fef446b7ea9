import torch
import torch.nn as nn

class Classifier(nn.Module):
    def __init__(self, hidden=24):
        super().__init__()
        self.rnn = nn.GRU(5, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(nn.Dropout(0.3), nn.Linear(2 * hidden, 3))

    def forward(self, x):
        _, h = self.rnn(x)                     # (2, N, hidden)
        h = torch.cat([h[0], h[1]], dim=1)
        return self.head(h)

print(Classifier()(torch.randn(6, 9, 5)).shape)
