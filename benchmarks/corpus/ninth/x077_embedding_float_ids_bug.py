import numpy as np
import torch
import torch.nn as nn

sentences = [["i", "love", "this", "movie"], ["this", "film", "was", "bad"], ["great", "movie", "<pad>", "<pad>"]]
vocab = {"<pad>": 0}
for s in sentences:
    for w in s:
        vocab.setdefault(w, len(vocab))
ids = np.zeros((len(sentences), 4))
for i, s in enumerate(sentences):
    ids[i] = [vocab[w] for w in s]


class BagOfEmbeddings(nn.Module):
    def __init__(self, vocab_size, dim=16, n_classes=2):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, dim, padding_idx=0)
        self.fc = nn.Linear(dim, n_classes)

    def forward(self, x):
        return self.fc(self.emb(x).mean(dim=1))


model = BagOfEmbeddings(len(vocab))
inputs = torch.tensor(ids)
labels = torch.tensor([1, 0, 1])
loss = nn.CrossEntropyLoss()(model(inputs), labels)
loss.backward()
