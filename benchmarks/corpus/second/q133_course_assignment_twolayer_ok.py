import torch
import torch.nn as nn

# CS231n-style: flatten then two-layer net, written with nn.Sequential
hidden_layer_size = 4000
learning_rate = 1e-2

class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.shape[0], -1)

model = nn.Sequential(
    Flatten(),
    nn.Linear(3 * 32 * 32, hidden_layer_size),
    nn.ReLU(),
    nn.Linear(hidden_layer_size, 10),
)
x = torch.zeros((64, 3, 32, 32), dtype=torch.float)
scores = model(x)
print(scores.size())
