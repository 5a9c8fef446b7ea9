import torch
import torch.nn as nn


class AttentionPoolClassifier(nn.Module):
    def __init__(self, in_dim=32, d_model=64, num_heads=4, num_classes=5):
        super().__init__()
        self.proj = nn.Linear(in_dim, d_model)
        self.query = nn.Parameter(torch.randn(1, 1, d_model))
        self.attn = nn.MultiheadAttention(d_model, num_heads, batch_first=True)
        self.out = nn.Sequential(nn.LayerNorm(d_model), nn.Linear(d_model, num_classes))

    def forward(self, x, key_padding_mask=None):
        h = self.proj(x)                          # (B, T, d_model)
        q = self.query.expand(h.size(0), -1, -1)  # (B, 1, d_model)
        pooled, weights = self.attn(q, h, h, key_padding_mask=key_padding_mask)
        return self.out(pooled.squeeze(1)), weights


def make_batch(lengths, max_len, dim=32):
    x = torch.randn(len(lengths), max_len, dim)
    lengths = torch.tensor(lengths)
    # True marks padded positions
    mask = torch.arange(max_len)[:, None] >= lengths[None, :]
    return x, mask


x, mask = make_batch([20, 17, 9, 14], max_len=20)
y = torch.randint(0, 5, (4,))

model = AttentionPoolClassifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
logits, w = model(x, key_padding_mask=mask)
loss = nn.functional.cross_entropy(logits, y)
opt.zero_grad()
loss.backward()
opt.step()
print(logits.shape, w.shape, loss.item())
