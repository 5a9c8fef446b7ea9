import torch
import torch.nn as nn

n_mels, n_frames = 40, 101

layers = []
in_ch = 1
for out_ch in (32, 64, 128, 128):
    layers += [
        nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(),
        nn.MaxPool2d(2),
    ]
    in_ch = out_ch
layers += [
    nn.Conv2d(in_ch, 256, kernel_size=3),
    nn.ReLU(),
    nn.AdaptiveMaxPool2d(1),
    nn.Flatten(),
    nn.Linear(256, 10),
]
model = nn.Sequential(*layers)

mel = torch.randn(4, 1, n_mels, n_frames)
genre_logits = model(mel)
