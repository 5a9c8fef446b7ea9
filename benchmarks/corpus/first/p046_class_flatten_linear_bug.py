import torch
from torch import nn

torch.manual_seed(0)

class SimpleCNN(nn.Module):
    def __init__(self):
        super(SimpleCNN, self).__init__()
        self.net = nn.Sequential(
            nn.Conv2d(3, 32, kernel_size=3, stride=1, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=2, stride=2),
            nn.Flatten(),
            nn.Linear(32 * 32 * 32, 10),
        )

    def forward(self, x):
        return self.net(x)

model = SimpleCNN()
model.eval()
with torch.no_grad():
    y = model(torch.randn(1, 3, 32, 32))
print(y.shape)
