import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size=8000, embed_dim=100, n_filters=64, filter_sizes=(3, 4, 5), n_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.convs = nn.ModuleList([
            nn.Sequential(nn.Conv1d(embed_dim, n_filters, fs), nn.ReLU()) for fs in filter_sizes
        ])
        self.fc = nn.Sequential(nn.Dropout(0.5), nn.Linear(len(filter_sizes) * n_filters, n_classes))

    def forward(self, text):
        embedded = self.embedding(text).permute(0, 2, 1)
        pooled = [F.max_pool1d(conv(embedded), conv(embedded).shape[2]).squeeze(2) for conv in self.convs]
        return self.fc(torch.cat(pooled, dim=1))


model = TextCNN()
print(model(torch.randint(0, 8000, (10, 60))).shape)
