# Pad token id appended after the real vocabulary
import torch
import torch.nn as nn

vocab = ["<unk>", "i", "love", "pytorch", "shapes", "are", "hard"]
PAD = len(vocab)


class BoWClassifier(nn.Module):
    def __init__(self, vocab_size, dim=32):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, dim, padding_idx=PAD)
        self.out = nn.Linear(dim, 2)

    def forward(self, ids):
        return self.out(self.emb(ids).mean(1))


model = BoWClassifier(len(vocab))
ids = torch.tensor([[1, 2, 3, PAD], [4, 5, 6, PAD]])
print(model(ids).shape)
