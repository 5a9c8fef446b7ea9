import torch
import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self, input_dim, hidden_dim, n_layers, n_classes):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.gru = nn.GRU(input_dim, hidden_dim, n_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, n_classes)

    def init_hidden(self, batch_size):
        return torch.zeros(batch_size, self.n_layers, self.hidden_dim)

    def forward(self, x):
        h = self.init_hidden(x.size(0))
        out, h = self.gru(x, h)
        return self.fc(out[:, -1])


# accelerometer windows: 50 timesteps x 6 channels, 6 activity classes
model = GRUClassifier(input_dim=6, hidden_dim=64, n_layers=2, n_classes=6)
x = torch.randn(32, 50, 6)
out = model(x)
print(out.shape)
