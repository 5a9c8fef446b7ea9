import torch
import torch.nn as nn
import torch.nn.functional as F


class ProjectionHead(nn.Module):
    def __init__(self, in_dim, out_dim=64):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(in_dim, in_dim), nn.ReLU(), nn.Linear(in_dim, out_dim))

    def forward(self, x):
        return F.normalize(self.layers(x), dim=-1)


def info_nce(q, k, temperature=0.1):
    batch_size = q.shape[0]
    reps = torch.cat([q, k], dim=0)
    logits = reps @ reps.T / temperature
    mask = torch.eye(logits.size(0), dtype=torch.bool)
    logits = logits[~mask].view(logits.size(0), -1)
    labels = torch.arange(batch_size)
    return F.cross_entropy(logits, labels)


backbone = nn.Sequential(nn.Linear(100, 256), nn.ReLU(), nn.Linear(256, 128))
head = ProjectionHead(128)
params = list(backbone.parameters()) + list(head.parameters())
opt = torch.optim.SGD(params, lr=0.1)
x = torch.randn(16, 100)
x_aug1 = x + 0.1 * torch.randn_like(x)
x_aug2 = x * 0.9
loss = info_nce(head(backbone(x_aug1)), head(backbone(x_aug2)))
opt.zero_grad()
loss.backward()
opt.step()
