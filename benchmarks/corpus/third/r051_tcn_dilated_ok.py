import torch
import torch.nn as nn


class Chomp1d(nn.Module):
    def __init__(self, chomp_size):
        super().__init__()
        self.chomp_size = chomp_size

    def forward(self, x):
        return x[:, :, :-self.chomp_size].contiguous()


def temporal_block(n_in, n_out, kernel_size, dilation, dropout=0.2):
    padding = (kernel_size - 1) * dilation
    return nn.Sequential(
        nn.Conv1d(n_in, n_out, kernel_size, padding=padding, dilation=dilation),
        Chomp1d(padding),
        nn.ReLU(),
        nn.Dropout(dropout),
    )


num_channels = [16, 16, 32, 32]
layers = []
for i, out_ch in enumerate(num_channels):
    in_ch = 3 if i == 0 else num_channels[i - 1]
    layers.append(temporal_block(in_ch, out_ch, kernel_size=3, dilation=2 ** i))
tcn = nn.Sequential(*layers)

x = torch.randn(8, 3, 128)
y = tcn(x)
print(y.shape)
