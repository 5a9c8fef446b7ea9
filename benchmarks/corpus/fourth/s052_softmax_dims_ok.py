import torch
import torch.nn as nn

# per-pixel class probabilities for segmentation
seg_head = nn.Sequential(
    nn.Conv2d(64, 32, 3, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 4, 1),
    nn.Softmax(dim=1),
)
fmap = torch.randn(2, 64, 40, 40)
probs = seg_head(fmap)
print(probs.shape, probs.sum(dim=1).mean().item())

attn_scores = nn.Sequential(nn.Linear(16, 1), nn.Flatten(), nn.Softmax(dim=-1))
print(attn_scores(torch.randn(3, 12, 16)).shape)
