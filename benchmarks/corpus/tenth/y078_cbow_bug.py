import torch
import torch.nn as nn

raw_text = """We are about to study the idea of a computational process.
Computational processes are abstract beings that inhabit computers.""".split()
vocab = sorted(set(raw_text))
word_to_ix = {w: i for i, w in enumerate(vocab)}
CONTEXT_SIZE = 2

data = []
for i in range(CONTEXT_SIZE, len(raw_text) - CONTEXT_SIZE):
    ctx = [raw_text[i - j] for j in range(CONTEXT_SIZE, 0, -1)] + [raw_text[i + j] for j in range(1, CONTEXT_SIZE + 1)]
    data.append(([word_to_ix[w] for w in ctx], word_to_ix[raw_text[i]]))

contexts = torch.tensor([c for c, _ in data])
targets = torch.tensor([t for _, t in data])

embed = nn.Embedding(len(vocab), 16)
proj = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, len(vocab)))
loss_fn = nn.CrossEntropyLoss()

hidden = embed(contexts).sum(dim=0)
logits = proj(hidden)
loss = loss_fn(logits, targets)
