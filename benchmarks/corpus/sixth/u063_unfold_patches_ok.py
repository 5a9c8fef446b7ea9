# Extract non-overlapping patches with nn.Unfold, embed them, and fold back
import torch
import torch.nn as nn

P = 4
unfold = nn.Unfold(kernel_size=P, stride=P)
fold = nn.Fold(output_size=(32, 32), kernel_size=P, stride=P)
embed = nn.Sequential(nn.Linear(3 * P * P, 96), nn.GELU(), nn.Linear(96, 3 * P * P))

img = torch.randn(2, 3, 32, 32)
patches = unfold(img)                  # (B, 3*P*P, L)
tokens = embed(patches.transpose(1, 2))
recon = fold(tokens.transpose(1, 2))
print(patches.shape, tokens.shape, recon.shape)
