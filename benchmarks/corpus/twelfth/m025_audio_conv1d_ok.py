import torch
import torch.nn as nn
import torch.nn.functional as F


class FrameTagger(nn.Module):
    """Fully convolutional tagger over MFCC frames: (B, n_mfcc, T) -> (B, n_tags, T)."""

    def __init__(self, n_mfcc=40, channels=64, n_tags=5):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(n_mfcc, channels, kernel_size=5, padding="same"),
            nn.ReLU(),
            nn.Conv1d(channels, channels, kernel_size=5, padding="same", dilation=2),
            nn.ReLU(),
            nn.Conv1d(channels, channels, kernel_size=3, padding="same", dilation=4),
            nn.ReLU(),
        )
        self.classifier = nn.Conv1d(channels, n_tags, kernel_size=1)

    def forward(self, x):
        return self.classifier(self.net(x))


def fake_mfcc(batch, frames, n_mfcc=40):
    # features usually come out of the frontend as (batch, frames, coeffs)
    return torch.randn(batch, frames, n_mfcc)


model = FrameTagger()
feats = fake_mfcc(6, 120)
tags = torch.randint(0, 5, (6, 120))

opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    logits = model(feats.transpose(1, 2))
    loss = F.cross_entropy(logits, tags)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())

# tag a single clip (unbatched input: channels x frames)
model.eval()
with torch.no_grad():
    clip = fake_mfcc(1, 80)[0]
    pred = model(clip.t()).argmax(dim=0)
print(pred.shape)
