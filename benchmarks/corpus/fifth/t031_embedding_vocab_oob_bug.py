import torch
import torch.nn as nn

corpus = ["the cat sat on the mat", "the dog ate my homework", "a cat and a dog"]
vocab = sorted({w for line in corpus for w in line.split()})
word2idx = {w: i + 1 for i, w in enumerate(vocab)}   # 0 is reserved for padding
print("vocab size", len(vocab))

max_len = 6


def encode(line):
    ids = [word2idx[w] for w in line.split()]
    return ids + [0] * (max_len - len(ids))


batch = torch.tensor([encode(s) for s in corpus])
print(batch.shape)

model = nn.Sequential(
    nn.Embedding(len(vocab), 16, padding_idx=0),
    nn.Flatten(),
    nn.Linear(max_len * 16, 2),
)
print(model(batch).shape)
