import torch
import torch.nn as nn


class BagOfWords(nn.Module):
    def __init__(self, vocab_size, dim, n_out):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, dim, padding_idx=0)
        self.mlp = nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, n_out))

    def forward(self, ids):
        return self.mlp(self.emb(ids).mean(dim=1))


model = BagOfWords(1000, 48, 3)
ids = torch.tensor([[5, 8, 13, 0, 0], [999, 1, 2, 3, 4]])
print(model(ids).shape)
