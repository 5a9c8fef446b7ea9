import torch
import torch.nn as nn

EMBED_DIM = 100   # glove.6B.100d
D_MODEL = 128


class GloveTransformerClassifier(nn.Module):
    def __init__(self, vocab_size, n_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, EMBED_DIM)
        enc_layer = nn.TransformerEncoderLayer(D_MODEL, nhead=8, batch_first=True)
        self.encoder = nn.TransformerEncoder(enc_layer, num_layers=2)
        self.fc = nn.Linear(D_MODEL, n_classes)

    def forward(self, x):
        h = self.encoder(self.embedding(x))
        return self.fc(h[:, 0])


clf = GloveTransformerClassifier(vocab_size=400)
batch = torch.randint(0, 400, (4, 32))
print(clf(batch).shape)
