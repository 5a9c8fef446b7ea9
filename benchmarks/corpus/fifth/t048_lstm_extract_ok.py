import torch
import torch.nn as nn


class LastStep(nn.Module):
    """Pick the output tensor of an RNN and keep the last time step."""

    def forward(self, x):
        output, _ = x
        return output[:, -1, :]


model = nn.Sequential(
    nn.LSTM(input_size=10, hidden_size=64, num_layers=2, batch_first=True),
    LastStep(),
    nn.Linear(64, 1),
)

torch.manual_seed(0)
x = torch.randn(8, 20, 10)
print(model(x).shape)
