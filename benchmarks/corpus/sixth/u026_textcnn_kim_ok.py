# Kim (2014) CNN for sentence classification
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab, emb_dim=128, n_filters=100, sizes=(3, 4, 5), n_classes=2):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb_dim)
        self.convs = nn.ModuleList([nn.Conv1d(emb_dim, n_filters, k) for k in sizes])
        self.drop = nn.Dropout(0.5)
        self.fc = nn.Linear(n_filters * len(sizes), n_classes)

    def forward(self, x):
        x = self.emb(x).permute(0, 2, 1)
        pooled = [F.max_pool1d(F.relu(conv(x)), x.size(2) - conv.kernel_size[0] + 1).squeeze(2)
                  for conv in self.convs]
        return self.fc(self.drop(torch.cat(pooled, dim=1)))


model = TextCNN(vocab=8000)
sentences = torch.randint(0, 8000, (10, 50))
print(model(sentences).shape)
