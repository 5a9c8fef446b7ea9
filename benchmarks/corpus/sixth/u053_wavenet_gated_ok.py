# WaveNet-like stack: causal dilated convs via ConstantPad1d, gated activations, skip sum
import torch
import torch.nn as nn


class GatedResidual(nn.Module):
    def __init__(self, ch, skip_ch, dilation):
        super().__init__()
        self.pad = nn.ConstantPad1d((dilation, 0), 0.0)
        self.filt = nn.Conv1d(ch, ch, 2, dilation=dilation)
        self.gate = nn.Conv1d(ch, ch, 2, dilation=dilation)
        self.res = nn.Conv1d(ch, ch, 1)
        self.skip = nn.Conv1d(ch, skip_ch, 1)

    def forward(self, x):
        h = self.pad(x)
        z = torch.tanh(self.filt(h)) * torch.sigmoid(self.gate(h))
        return x + self.res(z), self.skip(z)


class WaveNet(nn.Module):
    def __init__(self, ch=32, skip_ch=64, n_layers=8, n_classes=256):
        super().__init__()
        self.inp = nn.Conv1d(1, ch, 1)
        self.layers = nn.ModuleList([GatedResidual(ch, skip_ch, 2 ** i) for i in range(n_layers)])
        self.out = nn.Sequential(nn.ReLU(), nn.Conv1d(skip_ch, skip_ch, 1), nn.ReLU(), nn.Conv1d(skip_ch, n_classes, 1))

    def forward(self, x):
        x = self.inp(x)
        skips = 0
        for layer in self.layers:
            x, s = layer(x)
            skips = skips + s
        return self.out(skips)


net = WaveNet()
audio = torch.randn(2, 1, 300)
print(net(audio).shape)
