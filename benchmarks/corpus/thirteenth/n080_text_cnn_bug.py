import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size, embed_dim=128, num_filters=100, kernel_sizes=(3, 4, 5), num_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, num_filters, k) for k in kernel_sizes])
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, x):
        x = self.embedding(x)          # (B, T, E)
        pooled = [F.relu(conv(x)).max(dim=2).values for conv in self.convs]
        x = self.dropout(torch.cat(pooled, dim=1))
        return self.fc(x)


def pad_sequences(seqs, maxlen):
    out = np.zeros((len(seqs), maxlen), dtype=np.int64)
    for i, s in enumerate(seqs):
        s = s[:maxlen]
        out[i, :len(s)] = s
    return out


rng = np.random.default_rng(0)
seqs = [rng.integers(1, 5000, size=rng.integers(10, 60)).tolist() for _ in range(32)]
X = torch.from_numpy(pad_sequences(seqs, maxlen=40))
y = torch.from_numpy(rng.integers(0, 2, size=32))

model = TextCNN(vocab_size=5000)
optimizer = torch.optim.Adadelta(model.parameters())
for epoch in range(2):
    model.train()
    optimizer.zero_grad()
    loss = F.cross_entropy(model(X), y)
    loss.backward()
    optimizer.step()
    print(epoch, loss.item())
