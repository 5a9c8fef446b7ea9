import torch
import torch.nn as nn


def norm_layer(channels, groups=8):
    return nn.GroupNorm(groups, channels)


def stage(in_ch, out_ch, groups=8):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, padding=1, bias=False),
        norm_layer(out_ch, groups),
        nn.SiLU(),
        nn.Conv2d(out_ch, out_ch, 3, padding=1, bias=False),
        norm_layer(out_ch, groups),
        nn.SiLU(),
        nn.MaxPool2d(2, ceil_mode=True),
    )


class GNNet(nn.Module):
    """Small-batch friendly CNN using GroupNorm instead of BatchNorm."""

    def __init__(self, widths=(32, 64, 100), num_classes=7):
        super().__init__()
        chans = [3] + list(widths)
        self.body = nn.Sequential(*[stage(chans[i], chans[i + 1]) for i in range(len(widths))])
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(widths[-1], num_classes))

    def forward(self, x):
        return self.head(self.body(x))


model = GNNet()
x = torch.randn(2, 3, 50, 50)
y = torch.tensor([1, 4])
opt = torch.optim.SGD(model.parameters(), lr=0.05)
loss = nn.CrossEntropyLoss()(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())
