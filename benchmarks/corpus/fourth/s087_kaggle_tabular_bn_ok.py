import numpy as np
import torch
import torch.nn as nn

N_FEATURES = 875
N_TARGETS = 206


class MoANet(nn.Module):
    def __init__(self, num_features=N_FEATURES, num_targets=N_TARGETS, hidden_size=512):
        super().__init__()
        self.net = nn.Sequential(
            nn.BatchNorm1d(num_features),
            nn.Dropout(0.2),
            nn.utils.parametrizations.weight_norm(nn.Linear(num_features, hidden_size)),
            nn.ReLU(),
            nn.BatchNorm1d(hidden_size),
            nn.Dropout(0.5),
            nn.Linear(hidden_size, num_targets),
        )

    def forward(self, x):
        return self.net(x)


X = torch.tensor(np.random.randn(128, N_FEATURES), dtype=torch.float32)
model = MoANet()
print(model(X).shape)
