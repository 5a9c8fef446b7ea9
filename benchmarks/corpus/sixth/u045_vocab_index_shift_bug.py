# Word ids start at 1 (0 reserved for padding) but the embedding is sized len(vocab)
import torch
import torch.nn as nn

corpus = ["the cat sat on the mat", "the dog ate my homework"]
words = sorted({w for line in corpus for w in line.split()})
vocab = {w: i + 1 for i, w in enumerate(words)}

model = nn.Sequential(
    nn.Embedding(len(vocab), 16, padding_idx=0),
    nn.Flatten(),
    nn.Linear(6 * 16, 2),
)


def encode(line, max_len=6):
    ids = [vocab[w] for w in line.split()][:max_len]
    return ids + [0] * (max_len - len(ids))


batch = torch.tensor([encode(line) for line in corpus])
print(model(batch).shape)
