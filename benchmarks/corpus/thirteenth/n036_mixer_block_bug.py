import torch
import torch.nn as nn


class MlpBlock(nn.Module):
    def __init__(self, dim, hidden_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(dim, hidden_dim), nn.GELU(), nn.Linear(hidden_dim, dim))

    def forward(self, x):
        return self.net(x)


class MixerBlock(nn.Module):
    def __init__(self, num_patches, dim, token_hidden=64, channel_hidden=256):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.token_mix = MlpBlock(num_patches, token_hidden)
        self.norm2 = nn.LayerNorm(dim)
        self.channel_mix = MlpBlock(dim, channel_hidden)

    def forward(self, x):  # x: (B, N, D)
        y = self.norm1(x).transpose(1, 2)
        x = x + self.token_mix(y).transpose(1, 2)
        x = x + self.channel_mix(self.norm2(x))
        return x


class MLPMixer(nn.Module):
    def __init__(self, image_size=32, patch_size=4, dim=128, depth=2, num_classes=10):
        super().__init__()
        num_patches = (image_size // patch_size) ** 2
        self.stem = nn.Conv2d(3, dim, kernel_size=patch_size, stride=patch_size)
        self.blocks = nn.Sequential(*[MixerBlock(dim, num_patches) for _ in range(depth)])
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, x):
        x = self.stem(x).flatten(2).transpose(1, 2)  # (B, N, D)
        x = self.blocks(x)
        x = self.norm(x).mean(dim=1)
        return self.head(x)


model = MLPMixer()
x = torch.randn(6, 3, 32, 32)
y = torch.randint(0, 10, (6,))
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
loss = nn.CrossEntropyLoss(label_smoothing=0.1)(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
