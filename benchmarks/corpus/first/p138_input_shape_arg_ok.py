import torch
import torch.nn as nn

torch.manual_seed(0)

class Net(nn.Module):
    def __init__(self, input_shape=(1, 28, 28), n_classes=10):
        super().__init__()
        c, h, w = input_shape
        self.model = nn.Sequential(
            nn.Conv2d(c, 8, 3, padding=1),
            nn.ReLU(),
            nn.Flatten(),
            nn.Linear(8 * h * w, n_classes),
        )

    def forward(self, x):
        return self.model(x)

print(Net(input_shape=(3, 16, 16))(torch.randn(2, 3, 16, 16)).shape)
