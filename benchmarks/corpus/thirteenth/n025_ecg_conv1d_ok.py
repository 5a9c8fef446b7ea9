import torch
import torch.nn as nn


def conv_out_len(length, kernel_size, stride=1, padding=0, dilation=1):
    return (length + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1


class ECGNet(nn.Module):
    def __init__(self, seq_len=500, n_leads=1, n_classes=4):
        super().__init__()
        specs = [  # (out_channels, kernel, dilation)
            (16, 7, 1),
            (32, 5, 2),
            (32, 5, 4),
        ]
        layers, cin, length = [], n_leads, seq_len
        for cout, k, d in specs:
            layers += [nn.Conv1d(cin, cout, k, dilation=d), nn.BatchNorm1d(cout), nn.ReLU()]
            length = conv_out_len(length, k, dilation=d)
            layers.append(nn.MaxPool1d(2))
            length = conv_out_len(length, 2, stride=2)
            cin = cout
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(cin * length, n_classes)

    def forward(self, x):
        x = self.body(x)
        return self.head(x.flatten(1))


def make_signals(n, seq_len=500):
    t = torch.linspace(0, 10, seq_len)
    freqs = torch.rand(n, 1) * 3 + 0.5
    sig = torch.sin(2 * torch.pi * freqs * t) + 0.1 * torch.randn(n, seq_len)
    return sig.unsqueeze(1), torch.randint(0, 4, (n,))


x, y = make_signals(32)
model = ECGNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
