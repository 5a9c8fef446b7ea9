import torch
import torch.nn as nn

upscale = 4
n_feats = 32

model = nn.Sequential(
    nn.Conv2d(3, n_feats, 3, padding=1),
    nn.ReLU(),
    nn.Conv2d(n_feats, n_feats, 3, padding=1),
    nn.ReLU(),
    nn.Conv2d(n_feats, 3 * upscale * 2, 3, padding=1),
    nn.PixelShuffle(upscale),
)

low_res = torch.rand(2, 3, 24, 24)
high_res = model(low_res)
print(high_res.shape)
