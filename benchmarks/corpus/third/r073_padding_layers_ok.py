import torch
import torch.nn as nn

audio_frontend = nn.Sequential(
    nn.ConstantPad1d((2, 1), 0.0),
    nn.Conv1d(2, 8, kernel_size=4),
    nn.ReplicationPad1d(1),
    nn.Conv1d(8, 8, kernel_size=3),
    nn.ELU(),
)

image_frontend = nn.Sequential(
    nn.ZeroPad2d((1, 2, 0, 3)),
    nn.Conv2d(3, 6, kernel_size=(4, 4)),
    nn.ReplicationPad2d(2),
    nn.AvgPool2d(3, stride=1),
    nn.Hardswish(),
)

wave = torch.randn(4, 2, 100)
img = torch.randn(4, 3, 20, 30)
print(audio_frontend(wave).shape, image_frontend(img).shape)
