import torch
import torch.nn as nn
import torch.nn.functional as F


class CausalConv1d(nn.Conv1d):
    def __init__(self, in_ch, out_ch, kernel_size, dilation=1):
        self.left_pad = (kernel_size - 1) * dilation
        super().__init__(in_ch, out_ch, kernel_size, dilation=dilation)

    def forward(self, x):
        return super().forward(F.pad(x, (self.left_pad, 0)))


class ResidualLayer(nn.Module):
    def __init__(self, res_ch, skip_ch, dilation):
        super().__init__()
        self.dilated = CausalConv1d(res_ch, 2 * res_ch, 2, dilation)
        self.res = nn.Conv1d(res_ch, res_ch, 1)
        self.skip = nn.Conv1d(res_ch, skip_ch, 1)

    def forward(self, x):
        filt, gate = self.dilated(x).chunk(2, dim=1)
        h = torch.tanh(filt) * torch.sigmoid(gate)
        return x + self.res(h), self.skip(h)


class WaveNet(nn.Module):
    def __init__(self, n_classes=256, res_ch=32, skip_ch=64, dilations=(1, 2, 4, 8, 1, 2, 4, 8)):
        super().__init__()
        self.embed = nn.Embedding(n_classes, res_ch)
        self.layers = nn.ModuleList([ResidualLayer(res_ch, skip_ch, d) for d in dilations])
        self.post = nn.Sequential(nn.ReLU(), nn.Conv1d(skip_ch, skip_ch, 1), nn.ReLU(), nn.Conv1d(skip_ch, n_classes, 1))

    def forward(self, audio_ids):
        x = self.embed(audio_ids).transpose(1, 2)
        skips = 0
        for layer in self.layers:
            x, s = layer(x)
            skips = skips + s
        return self.post(skips)


model = WaveNet()
audio = (torch.arange(2 * 200).view(2, 200) * 7) % 256
logits = model(audio[:, :-1])
loss = F.cross_entropy(logits, audio[:, 1:])
loss.backward()
print(logits.shape, loss.item())
