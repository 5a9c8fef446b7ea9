import torch
import torch.nn as nn


class MultiTaskNet(nn.Module):
    """Shared face encoder with age / gender / ethnicity heads (UTKFace-style)."""

    def __init__(self, tasks):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d((2, 2)),
            nn.Flatten(),
        )
        self.heads = nn.ModuleDict({
            name: nn.Sequential(nn.Linear(128 * 2 * 2, 64), nn.ReLU(), nn.Linear(64, n_out))
            for name, n_out in tasks.items()
        })

    def forward(self, x):
        z = self.encoder(x)
        return {name: head(z) for name, head in self.heads.items()}


model = MultiTaskNet({"age": 1, "gender": 2, "ethnicity": 5})
faces = torch.randn(4, 3, 48, 48)
outs = model(faces)
for k, v in outs.items():
    print(k, v.shape)
