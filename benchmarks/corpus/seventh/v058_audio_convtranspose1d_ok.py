import torch
import torch.nn as nn


class AudioUpsampler(nn.Module):
    def __init__(self, mel_channels=80, hidden=64, upsample_factors=(4, 4, 2)):
        super().__init__()
        layers = [nn.Conv1d(mel_channels, hidden, kernel_size=7, padding=3)]
        ch = hidden
        for r in upsample_factors:
            layers += [
                nn.LeakyReLU(0.1),
                nn.ConvTranspose1d(ch, ch // 2, kernel_size=2 * r, stride=r, padding=r // 2 + r % 2,
                                   output_padding=r % 2),
            ]
            ch //= 2
        layers += [nn.LeakyReLU(0.1), nn.Conv1d(ch, 1, kernel_size=7, padding=3), nn.Tanh()]
        self.net = nn.Sequential(*layers)

    def forward(self, mel):
        return self.net(mel)


gen = AudioUpsampler()
mel = torch.randn(2, 80, 20)
audio = gen(mel)
print(mel.shape, "->", audio.shape)
