import torch
import torch.nn as nn


class Chomp1d(nn.Module):
    def __init__(self, chomp_size):
        super().__init__()
        self.chomp_size = chomp_size

    def forward(self, x):
        return x[:, :, :-self.chomp_size].contiguous()


class TemporalBlock(nn.Module):
    def __init__(self, n_in, n_out, kernel_size, dilation, dropout=0.2):
        super().__init__()
        padding = (kernel_size - 1) * dilation
        self.net = nn.Sequential(
            nn.Conv1d(n_in, n_out, kernel_size, padding=padding, dilation=dilation),
            Chomp1d(padding), nn.ReLU(), nn.Dropout(dropout),
            nn.Conv1d(n_out, n_out, kernel_size, padding=padding, dilation=dilation),
            Chomp1d(padding), nn.ReLU(), nn.Dropout(dropout),
        )
        self.downsample = nn.Conv1d(n_in, n_out, 1) if n_in != n_out else None

    def forward(self, x):
        res = x if self.downsample is None else self.downsample(x)
        return torch.relu(self.net(x) + res)


class TCN(nn.Module):
    def __init__(self, num_inputs, channels, kernel_size=3):
        super().__init__()
        layers = []
        for i, ch in enumerate(channels):
            in_ch = num_inputs if i == 0 else channels[i - 1]
            layers.append(TemporalBlock(in_ch, ch, kernel_size, dilation=2 ** i))
        self.network = nn.Sequential(*layers)

    def forward(self, x):
        return self.network(x)


tcn = TCN(num_inputs=4, channels=[16, 16, 32])
x = torch.randn(3, 4, 200)
print(tcn(x).shape)
