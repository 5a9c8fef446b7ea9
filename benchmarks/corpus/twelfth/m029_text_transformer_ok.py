import math
import torch
import torch.nn as nn


class TextTransformer(nn.Module):
    def __init__(self, vocab_size, d_model=128, nhead=8, num_layers=2, num_classes=3, max_len=256):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, d_model)
        self.pos = nn.Parameter(torch.zeros(1, max_len, d_model))
        layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=nhead,
                                           dim_feedforward=4 * d_model,
                                           dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=num_layers)
        self.norm = nn.LayerNorm(d_model)
        self.cls = nn.Linear(d_model, num_classes)
        self.d_model = d_model

    def forward(self, ids, pad_mask=None):
        x = self.embed(ids) * math.sqrt(self.d_model)
        x = x + self.pos[:, : ids.size(1)]
        x = self.encoder(x, src_key_padding_mask=pad_mask)
        x = self.norm(x.mean(dim=1))
        return self.cls(x)


vocab_size = 3000
model = TextTransformer(vocab_size, d_model=96, nhead=8)

ids = torch.randint(1, vocab_size, (8, 50))
pad_mask = torch.zeros(8, 50, dtype=torch.bool)
pad_mask[:, 45:] = True
labels = torch.randint(0, 3, (8,))

opt = torch.optim.AdamW(model.parameters(), lr=5e-4)
logits = model(ids, pad_mask)
loss = nn.functional.cross_entropy(logits, labels)
opt.zero_grad()
loss.backward()
opt.step()
print(logits.shape, loss.item())
