import torch
import torch.nn as nn


def make_stage(in_ch, out_ch, norm_layer=nn.BatchNorm2d):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, padding=1, bias=False),
        norm_layer(out_ch),
        nn.ReLU(inplace=True),
        nn.Conv2d(out_ch, out_ch, 3, padding=1, bias=False),
        norm_layer(out_ch),
        nn.ReLU(inplace=True),
    )


class Backbone(nn.Module):
    def __init__(self, widths=(32, 64), norm_layer=nn.BatchNorm2d):
        super().__init__()
        layers, c = [], 3
        for w in widths:
            layers += [make_stage(c, w, norm_layer), nn.MaxPool2d(2)]
            c = w
        self.body = nn.Sequential(*layers)

    def forward(self, x):
        return self.body(x)


# "LayerNorm works better than BatchNorm for small batches" -- swap it in
net = Backbone(norm_layer=nn.LayerNorm)
x = torch.randn(2, 3, 32, 32)
print(net(x).shape)
