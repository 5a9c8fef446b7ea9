import torch
import torch.nn as nn


class BertLikeEncoder(nn.Module):
    def __init__(self, vocab_size, dim=64, heads=4, depth=2, max_len=128, n_classes=4):
        super().__init__()
        self.tok_emb = nn.Embedding(vocab_size, dim)
        self.pos_emb = nn.Parameter(torch.zeros(1, max_len, dim))
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.encoder = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(d_model=dim, nhead=heads, batch_first=True),
            num_layers=depth,
        )
        self.head = nn.Linear(dim, n_classes)

    def forward(self, ids):
        x = self.tok_emb(ids)
        cls = self.cls_token.expand(x.size(0), -1, -1)
        x = torch.cat([cls, x], dim=1)
        x = x + self.pos_emb
        x = self.encoder(x)
        return self.head(x[:, 0])


MAX_LEN = 128
model = BertLikeEncoder(vocab_size=8000, max_len=MAX_LEN)
ids = torch.randint(0, 8000, (4, MAX_LEN))
logits = model(ids)
