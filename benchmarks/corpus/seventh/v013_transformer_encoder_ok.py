import torch
import torch.nn as nn


class TextTransformer(nn.Module):
    def __init__(self, vocab_size, d_model=64, nhead=4, num_layers=2, max_len=128, n_classes=4):
        super().__init__()
        self.tok_emb = nn.Embedding(vocab_size, d_model)
        self.pos_emb = nn.Parameter(torch.zeros(1, max_len, d_model))
        layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=nhead, dim_feedforward=4 * d_model,
                                           dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=num_layers)
        self.norm = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, n_classes)

    def forward(self, ids, pad_mask=None):
        x = self.tok_emb(ids) + self.pos_emb[:, :ids.size(1)]
        x = self.encoder(x, src_key_padding_mask=pad_mask)
        x = self.norm(x).mean(dim=1)
        return self.head(x)


model = TextTransformer(vocab_size=1000)
ids = torch.randint(1, 1000, (4, 30))
pad_mask = torch.zeros(4, 30, dtype=torch.bool)
pad_mask[:, 25:] = True
print(model(ids, pad_mask).shape)
