import torch
import torch.nn as nn

torch.manual_seed(0)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.head = nn.Sequential(nn.Linear(4 * 7 * 7, 10))

    def forward(self, x):
        x = self.features(x)
        if self.training:
            x = nn.functional.dropout(x, 0.1)
        x = x.reshape(x.shape[0], -1)
        return self.head(x)

print(Net()(torch.randn(2, 1, 14, 14)).shape)
