import torch
import torch.nn as nn

# per-timestep features of a video: (B, T, C, H, W) -> flatten C,H,W per frame
frame_encoder = nn.Sequential(
    nn.Flatten(start_dim=2),
    nn.Linear(3 * 16 * 16, 128),
    nn.GELU(),
    nn.LayerNorm(128),
)
clip = torch.randn(2, 8, 3, 16, 16)
feats = frame_encoder(clip)
print(feats.shape)

temporal = nn.Sequential(nn.Flatten(start_dim=1, end_dim=-1), nn.Linear(8 * 128, 4))
print(temporal(feats).shape)
