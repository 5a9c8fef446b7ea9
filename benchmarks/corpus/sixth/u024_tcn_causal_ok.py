# Temporal Convolutional Network (Bai et al. 2018) with causal padding + chomp
import torch
import torch.nn as nn


class Chomp1d(nn.Module):
    def __init__(self, chomp):
        super().__init__()
        self.chomp = chomp

    def forward(self, x):
        return x[:, :, :-self.chomp].contiguous()


class TemporalBlock(nn.Module):
    def __init__(self, cin, cout, k, dilation):
        super().__init__()
        pad = (k - 1) * dilation
        self.net = nn.Sequential(
            nn.Conv1d(cin, cout, k, padding=pad, dilation=dilation), Chomp1d(pad), nn.ReLU(), nn.Dropout(0.1),
            nn.Conv1d(cout, cout, k, padding=pad, dilation=dilation), Chomp1d(pad), nn.ReLU(), nn.Dropout(0.1),
        )
        self.down = nn.Conv1d(cin, cout, 1) if cin != cout else None

    def forward(self, x):
        res = x if self.down is None else self.down(x)
        return torch.relu(self.net(x) + res)


class TCN(nn.Module):
    def __init__(self, n_inputs, channels, k=3):
        super().__init__()
        self.blocks = nn.ModuleList()
        for i, c in enumerate(channels):
            cin = n_inputs if i == 0 else channels[i - 1]
            self.blocks.append(TemporalBlock(cin, c, k, dilation=2 ** i))
        self.head = nn.Linear(channels[-1], 1)

    def forward(self, x):
        for blk in self.blocks:
            x = blk(x)
        return self.head(x[:, :, -1])


tcn = TCN(8, [32, 32, 64, 64])
seq = torch.randn(4, 8, 100)
print(tcn(seq).shape)
