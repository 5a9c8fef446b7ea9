import torch
import torch.nn as nn


class TemporalBlock(nn.Module):
    def __init__(self, in_ch, out_ch, kernel_size, dilation, dropout=0.1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(in_ch, out_ch, kernel_size, padding="same", dilation=dilation),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Conv1d(out_ch, out_ch, kernel_size, padding="same", dilation=dilation),
            nn.ReLU(),
        )
        self.downsample = nn.Conv1d(in_ch, out_ch, 1) if in_ch != out_ch else nn.Identity()

    def forward(self, x):
        return torch.relu(self.net(x) + self.downsample(x))


class TCN(nn.Module):
    def __init__(self, num_inputs, channels, kernel_size=3):
        super().__init__()
        layers = []
        for i, out_ch in enumerate(channels):
            in_ch = num_inputs if i == 0 else channels[i - 1]
            layers.append(TemporalBlock(in_ch, out_ch, kernel_size, dilation=2 ** i))
        self.network = nn.Sequential(*layers)
        self.head = nn.Linear(channels[-1], 1)

    def forward(self, x):
        y = self.network(x)
        return self.head(y[:, :, -1])


tcn = TCN(num_inputs=6, channels=[16, 16, 32, 32])
print(tcn(torch.randn(4, 6, 100)).shape)
