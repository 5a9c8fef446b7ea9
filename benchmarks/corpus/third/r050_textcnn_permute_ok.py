import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size, embed_dim=128, n_filters=64, filter_sizes=(3, 4, 5), n_classes=4, dropout=0.5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.convs = nn.ModuleList([
            nn.Sequential(nn.Conv1d(embed_dim, n_filters, fs), nn.ReLU(), nn.AdaptiveMaxPool1d(1))
            for fs in filter_sizes
        ])
        self.fc = nn.Sequential(nn.Dropout(dropout), nn.Linear(n_filters * len(filter_sizes), n_classes))

    def forward(self, text):
        emb = self.embedding(text).permute(0, 2, 1)
        pooled = [conv(emb).squeeze(-1) for conv in self.convs]
        return self.fc(torch.cat(pooled, dim=1))


model = TextCNN(vocab_size=5000)
batch = torch.randint(0, 5000, (16, 50))
print(F.softmax(model(batch), dim=1).shape)
