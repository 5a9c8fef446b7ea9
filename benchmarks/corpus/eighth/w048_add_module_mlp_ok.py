import torch
import torch.nn as nn


class DenseNet(nn.Module):
    """Fully connected network built with add_module, sizes from a list."""

    def __init__(self, layer_sizes, activation=nn.ReLU, dropout=0.1):
        super().__init__()
        self.net = nn.Sequential()
        for i, (n_in, n_out) in enumerate(zip(layer_sizes[:-1], layer_sizes[1:])):
            self.net.add_module(f"linear_{i}", nn.Linear(n_in, n_out))
            if i < len(layer_sizes) - 2:
                self.net.add_module(f"act_{i}", activation())
                self.net.add_module(f"drop_{i}", nn.Dropout(dropout))

    def forward(self, x):
        return self.net(x)


# Higgs-boson style tabular input: 28 features -> binary label
model = DenseNet([28, 300, 300, 100, 1], activation=nn.ELU)
x = torch.randn(128, 28)
logits = model(x)
probs = torch.sigmoid(logits).squeeze(-1)
print(probs.shape)
