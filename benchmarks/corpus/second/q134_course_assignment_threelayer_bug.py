import torch
import torch.nn as nn

channel_1, channel_2, num_classes = 32, 16, 10

class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.shape[0], -1)

model = nn.Sequential(
    nn.Conv2d(3, channel_1, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.Conv2d(channel_1, channel_2, kernel_size=3, padding=1),
    nn.ReLU(),
    Flatten(),
    nn.Linear(channel_2 * 16 * 16, num_classes),
)
x = torch.zeros((64, 3, 32, 32), dtype=torch.float)
scores = model(x)
print(scores.size())
