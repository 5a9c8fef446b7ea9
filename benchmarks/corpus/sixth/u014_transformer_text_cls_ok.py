# Transformer encoder text classifier with learned positional embeddings
import torch
import torch.nn as nn


class TextTransformer(nn.Module):
    def __init__(self, vocab_size=1000, d_model=128, nhead=8, num_layers=2, max_len=64, n_classes=4):
        super().__init__()
        self.tok = nn.Embedding(vocab_size, d_model)
        self.pos = nn.Parameter(torch.zeros(1, max_len, d_model))
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=256, dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=num_layers)
        self.norm = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, n_classes)

    def forward(self, ids):
        x = self.tok(ids) + self.pos[:, : ids.size(1)]
        x = self.encoder(x)
        x = self.norm(x.mean(dim=1))
        return self.head(x)


model = TextTransformer()
ids = torch.randint(0, 1000, (4, 32))
print(model(ids).shape)
