import torch
import torch.nn as nn
import torch.nn.functional as F


class CNNClassifier(nn.Module):
    def __init__(self, vocab_size, emb_dim=128, num_filters=64, kernel_sizes=(2, 3, 4), num_classes=5):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb_dim)
        self.convs = nn.ModuleList([nn.Conv1d(emb_dim, num_filters, k) for k in kernel_sizes])
        self.out = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, x):
        x = self.emb(x)
        feats = []
        for conv in self.convs:
            h = F.relu(conv(x))
            feats.append(h.max(dim=2).values)
        return self.out(torch.cat(feats, dim=1))


model = CNNClassifier(vocab_size=10000)
batch = torch.randint(0, 10000, (8, 50))
print(model(batch).shape)
