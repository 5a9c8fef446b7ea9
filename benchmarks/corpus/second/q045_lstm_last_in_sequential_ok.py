import torch
import torch.nn as nn

vocab, emb = 1000, 64
model = nn.Sequential(
    nn.Embedding(vocab, emb, padding_idx=0),
    nn.Dropout(0.1),
    nn.LSTM(emb, 32, batch_first=True, bidirectional=True),
)
tokens = torch.randint(0, vocab, (8, 30))
out, (h, c) = model(tokens)
print(out.shape, h.shape)
