import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, vocab_size=5000, emb_dim=300, n_heads=8, n_layers=2, n_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        enc_layer = nn.TransformerEncoderLayer(d_model=emb_dim, nhead=n_heads,
                                               dim_feedforward=512, dropout=0.1)
        self.transformer = nn.TransformerEncoder(enc_layer, num_layers=n_layers)
        self.classifier = nn.Linear(emb_dim, n_classes)

    def forward(self, x):
        x = self.embedding(x).permute(1, 0, 2)
        x = self.transformer(x)
        return self.classifier(x[0])


model = SentenceEncoder()
batch = torch.randint(0, 5000, (2, 16))
print(model(batch).shape)
