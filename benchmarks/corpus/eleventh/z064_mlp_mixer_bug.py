import torch
import torch.nn as nn

IMAGE_SIZE = 32
PATCH_SIZE = 4
DIM = 128
DEPTH = 4
TOKEN_HIDDEN = 64
CHANNEL_HIDDEN = 256
NUM_CLASSES = 10


class FeedForward(nn.Module):
    def __init__(self, dim, hidden_dim, dropout=0.):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(dim, hidden_dim),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(hidden_dim, dim),
            nn.Dropout(dropout)
        )

    def forward(self, x):
        return self.net(x)


class MixerBlock(nn.Module):
    def __init__(self, dim, num_patch, token_dim, channel_dim, dropout=0.):
        super().__init__()
        self.token_norm = nn.LayerNorm(num_patch)
        self.token_mix = FeedForward(num_patch, token_dim, dropout)
        self.channel_norm = nn.LayerNorm(dim)
        self.channel_mix = FeedForward(dim, channel_dim, dropout)

    def forward(self, x):
        # x: (b, n, d)
        y = self.token_norm(x).transpose(1, 2)         # (b, d, n)
        x = x + self.token_mix(y).transpose(1, 2)
        x = x + self.channel_mix(self.channel_norm(x))
        return x


class MLPMixer(nn.Module):
    def __init__(self, in_channels, dim, num_classes, patch_size, image_size, depth, token_dim, channel_dim):
        super().__init__()
        assert image_size % patch_size == 0, 'Image dimensions must be divisible by the patch size.'
        self.num_patch = (image_size // patch_size) ** 2
        self.to_patch_embedding = nn.Conv2d(in_channels, dim, patch_size, patch_size)
        self.mixer_blocks = nn.ModuleList([
            MixerBlock(dim, self.num_patch, token_dim, channel_dim) for _ in range(depth)
        ])
        self.layer_norm = nn.LayerNorm(dim)
        self.mlp_head = nn.Linear(dim, num_classes)

    def forward(self, x):
        x = self.to_patch_embedding(x)          # (b, d, h, w)
        x = x.flatten(2).transpose(1, 2)        # (b, n, d)
        for mixer_block in self.mixer_blocks:
            x = mixer_block(x)
        x = self.layer_norm(x)
        x = x.mean(dim=1)
        return self.mlp_head(x)


model = MLPMixer(in_channels=3, dim=DIM, num_classes=NUM_CLASSES, patch_size=PATCH_SIZE,
                 image_size=IMAGE_SIZE, depth=DEPTH, token_dim=TOKEN_HIDDEN, channel_dim=CHANNEL_HIDDEN)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.05)

img = torch.randn(8, 3, IMAGE_SIZE, IMAGE_SIZE)
target = torch.randint(0, NUM_CLASSES, (8,))

model.train()
out = model(img)
loss = nn.functional.cross_entropy(out, target)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print('Trainable Parameters: %.3fM' % (sum(p.numel() for p in model.parameters()) / 1e6), out.shape)
