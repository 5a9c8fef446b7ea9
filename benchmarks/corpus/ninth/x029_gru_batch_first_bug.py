import torch
import torch.nn as nn


class SensorGRU(nn.Module):
    def __init__(self, n_features=6, hidden=32, layers=2, n_classes=5):
        super().__init__()
        self.hidden = hidden
        self.layers = layers
        self.gru = nn.GRU(n_features, hidden, num_layers=layers)
        self.fc = nn.Linear(hidden, n_classes)

    def init_hidden(self, batch_size):
        return torch.zeros(self.layers, batch_size, self.hidden)

    def forward(self, x):
        h0 = self.init_hidden(x.size(0))
        out, hn = self.gru(x, h0)
        return self.fc(hn[-1])


model = SensorGRU()
windows = torch.randn(8, 50, 6)
activity = torch.randint(0, 5, (8,))
logits = model(windows)
loss = nn.CrossEntropyLoss()(logits, activity)
loss.backward()
