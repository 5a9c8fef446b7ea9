import torch
import torch.nn as nn


class TextTransformer(nn.Module):
    def __init__(self, vocab_size, d_model=64, nhead=4, num_layers=2, num_classes=4, max_len=128):
        super().__init__()
        self.tok = nn.Embedding(vocab_size, d_model)
        self.pos = nn.Parameter(torch.zeros(1, max_len, d_model))
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=128,
                                           dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=num_layers)
        self.head = nn.Sequential(nn.LayerNorm(d_model), nn.Linear(d_model, num_classes))

    def forward(self, ids):
        T = ids.size(1)
        h = self.tok(ids) + self.pos[:, :T]
        h = self.encoder(h)
        return self.head(h.mean(dim=1))


if __name__ == "__main__":
    torch.manual_seed(0)
    model = TextTransformer(vocab_size=1000)
    ids = torch.randint(0, 1000, (8, 50))
    out = model(ids)
    print(out.shape)
