import math
import torch
import torch.nn as nn


class TransformerClassifier(nn.Module):
    def __init__(self, vocab_size=2000, d_model=64, nhead=4, num_layers=2, num_classes=5, max_len=256):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, d_model)
        self.pos = nn.Parameter(torch.zeros(1, max_len, d_model))
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=4 * d_model, dropout=0.1,
                                           batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers)
        self.head = nn.Sequential(nn.LayerNorm(d_model), nn.Linear(d_model, num_classes))
        self.scale = math.sqrt(d_model)

    def forward(self, tokens):
        x = self.embed(tokens) * self.scale + self.pos[:, : tokens.size(1)]
        x = self.encoder(x)
        return self.head(x.mean(dim=1))


model = TransformerClassifier()
tokens = torch.randint(0, 2000, (3, 100))
print(model(tokens).shape)
