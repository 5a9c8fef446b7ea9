import torch
import torch.nn as nn


class SentimentTransformer(nn.Module):
    def __init__(self, vocab_size, embed_dim=128, d_model=256, nhead=8, num_layers=2, num_classes=2, max_len=128):
        super().__init__()
        self.tok_emb = nn.Embedding(vocab_size, embed_dim)
        self.pos_emb = nn.Embedding(max_len, embed_dim)
        layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=nhead, dim_feedforward=512, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=num_layers)
        self.head = nn.Linear(d_model, num_classes)

    def forward(self, ids):
        pos = torch.arange(ids.size(1)).unsqueeze(0)
        h = self.tok_emb(ids) + self.pos_emb(pos)
        h = self.encoder(h)
        return self.head(h[:, 0])


model = SentimentTransformer(vocab_size=30522)
ids = torch.randint(0, 30522, (4, 64))
print(model(ids).shape)
