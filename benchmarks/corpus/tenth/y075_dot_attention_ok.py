import torch
import torch.nn as nn
import torch.nn.functional as F


class ScaledDotAttention(nn.Module):
    def __init__(self, d_model, d_k=64):
        super().__init__()
        self.q = nn.Linear(d_model, d_k)
        self.k = nn.Linear(d_model, d_k)
        self.v = nn.Linear(d_model, d_k)
        self.scale = d_k ** -0.5

    def forward(self, x):
        q, k, v = self.q(x), self.k(x), self.v(x)
        scores = torch.bmm(q, k.transpose(1, 2)) * self.scale
        attn = F.softmax(scores, dim=-1)
        return torch.bmm(attn, v), attn


class DocClassifier(nn.Module):
    def __init__(self, vocab, d_model=128, d_k=64, n_classes=6):
        super().__init__()
        self.emb = nn.Embedding(vocab, d_model)
        self.attn = ScaledDotAttention(d_model, d_k)
        self.fc = nn.Linear(d_k, n_classes)

    def forward(self, ids):
        ctx, _ = self.attn(self.emb(ids))
        return self.fc(ctx.max(dim=1).values)


model = DocClassifier(vocab=9000, d_model=100, d_k=48)
ids = torch.randint(0, 9000, (12, 35))
logits = model(ids)
