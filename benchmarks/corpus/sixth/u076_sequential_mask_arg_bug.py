# Wrapping a masked attention layer into nn.Sequential and passing the mask through
import torch
import torch.nn as nn


class MaskedMean(nn.Module):
    def forward(self, x, mask=None):
        if mask is None:
            return x.mean(1)
        m = mask.unsqueeze(-1).float()
        return (x * m).sum(1) / m.sum(1).clamp(min=1)


encoder = nn.Sequential(
    nn.Embedding(1000, 64),
    nn.Linear(64, 64),
    nn.ReLU(),
    MaskedMean(),
)

tokens = torch.randint(1, 1000, (4, 12))
mask = tokens != 0
pooled = encoder(tokens, mask)
print(pooled.shape)
