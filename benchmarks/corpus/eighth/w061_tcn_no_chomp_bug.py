import torch
import torch.nn as nn


class CausalBlock(nn.Module):
    def __init__(self, channels, kernel_size, dilation):
        super().__init__()
        pad = (kernel_size - 1) * dilation
        self.conv1 = nn.Conv1d(channels, channels, kernel_size, padding=pad, dilation=dilation)
        self.conv2 = nn.Conv1d(channels, channels, kernel_size, padding=pad, dilation=dilation)
        self.act = nn.GELU()

    def forward(self, x):
        h = self.act(self.conv1(x))
        h = self.act(self.conv2(h))
        return x + h


class WaveForecaster(nn.Module):
    def __init__(self, in_ch=1, channels=32, levels=3, kernel_size=3, horizon=12):
        super().__init__()
        self.inp = nn.Conv1d(in_ch, channels, 1)
        self.blocks = nn.Sequential(*[CausalBlock(channels, kernel_size, 2 ** i) for i in range(levels)])
        self.out = nn.Linear(channels, horizon)

    def forward(self, x):
        h = self.blocks(self.inp(x))
        return self.out(h[:, :, -1])


model = WaveForecaster()
series = torch.randn(8, 1, 96)     # 96 hourly readings
print(model(series).shape)
