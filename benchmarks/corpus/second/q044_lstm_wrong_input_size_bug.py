import torch
import torch.nn as nn

vocab, emb = 1000, 64
model = nn.Sequential(
    nn.Embedding(vocab, emb),
    nn.LSTM(128, 64, batch_first=True),
)
tokens = torch.randint(0, vocab, (8, 30))
out, (h, c) = model(tokens)
