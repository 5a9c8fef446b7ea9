import torch
import torch.nn as nn


class Chomp1d(nn.Module):
    def __init__(self, chomp_size):
        super().__init__()
        self.chomp_size = chomp_size

    def forward(self, x):
        return x[:, :, :-self.chomp_size].contiguous()


class TemporalBlock(nn.Module):
    def __init__(self, n_in, n_out, kernel_size, dilation, dropout=0.1):
        super().__init__()
        padding = (kernel_size - 1) * dilation
        self.net = nn.Sequential(
            nn.Conv1d(n_in, n_out, kernel_size, padding=padding, dilation=dilation),
            Chomp1d(padding),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Conv1d(n_out, n_out, kernel_size, padding=padding, dilation=dilation),
            Chomp1d(padding),
            nn.ReLU(),
            nn.Dropout(dropout),
        )
        self.downsample = nn.Conv1d(n_in, n_out, 1) if n_in != n_out else None

    def forward(self, x):
        res = x if self.downsample is None else self.downsample(x)
        return torch.relu(self.net(x) + res)


class TCN(nn.Module):
    def __init__(self, n_inputs, channels=(32, 32, 32), kernel_size=3, n_outputs=1):
        super().__init__()
        blocks = []
        for i, ch in enumerate(channels):
            in_ch = n_inputs if i == 0 else channels[i - 1]
            blocks.append(TemporalBlock(in_ch, ch, kernel_size, dilation=2 ** i))
        self.tcn = nn.Sequential(*blocks)
        self.head = nn.Linear(channels[-1], n_outputs)

    def forward(self, x):
        # x: (batch, features, time); predict next value from the last step
        y = self.tcn(x)
        return self.head(y[:, :, -1])


# fake multivariate sensor series
series = torch.randn(16, 4, 100)
target = torch.randn(16, 1)

model = TCN(n_inputs=4)
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
for step in range(2):
    loss = nn.functional.mse_loss(model(series), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("mse", loss.item())
