import torch
import torch.nn as nn

torch.manual_seed(0)
n_mels, frames = 40, 101
model = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=(3, 3), stride=(2, 1), padding=(1, 1)),
    nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=(3, 3), stride=(2, 2), padding=1),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(32 * 10 * 51, 12),
)
spec = torch.randn(2, 1, n_mels, frames)
print(model(spec).shape)
