import numpy as np
import torch
import torch.nn as nn


class BagOfEmbeddings(nn.Module):
    def __init__(self, vocab_size, dim=50, n_classes=4):
        super().__init__()
        self.embed = nn.Sequential(
            nn.Embedding(vocab_size, dim, padding_idx=0),
            nn.Dropout(0.1),
        )
        self.head = nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, n_classes))

    def forward(self, ids):
        e = self.embed(ids)
        return self.head(e.mean(dim=1))


model = BagOfEmbeddings(vocab_size=1000)
# padded batch of token ids built with numpy
batch = np.zeros((8, 30), dtype=np.float32)
batch[:, :10] = np.arange(1, 11)
ids = torch.tensor(batch)
print(model(ids).shape)
