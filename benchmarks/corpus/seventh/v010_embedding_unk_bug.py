import torch
import torch.nn as nn

corpus = ["the cat sat on the mat", "the dog ate my homework"]
vocab = {"<pad>": 0}
for sentence in corpus[:1]:
    for word in sentence.split():
        if word not in vocab:
            vocab[word] = len(vocab)
UNK_IDX = len(vocab)


def encode(sentence, max_len=8):
    ids = [vocab.get(w, UNK_IDX) for w in sentence.split()]
    ids = ids + [0] * (max_len - len(ids))
    return ids[:max_len]


embedding = nn.Embedding(len(vocab), 16, padding_idx=0)
encoder = nn.Sequential(embedding, nn.Flatten(), nn.Linear(8 * 16, 4))

batch = torch.tensor([encode(s) for s in corpus])
print(batch)
print(encoder(batch).shape)
