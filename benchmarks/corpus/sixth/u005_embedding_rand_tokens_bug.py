# Quick test of a bag-of-embeddings model with fake token ids
import torch
import torch.nn as nn

VOCAB = 5000
EMB = 128

model = nn.Sequential(
    nn.Embedding(VOCAB, EMB),
    nn.Flatten(),
    nn.Linear(40 * EMB, 64),
    nn.ReLU(),
    nn.Linear(64, 1),
)

fake_tokens = torch.rand(16, 40) * VOCAB
out = model(fake_tokens)
print(out.shape)
