import torch
import torch.nn as nn

VOCAB = 1000
EMB = 32
HIDDEN = 64

model = nn.Sequential(
    nn.Embedding(VOCAB, EMB),
    nn.LSTM(EMB, HIDDEN, batch_first=True),
    nn.Linear(HIDDEN, 2),
)

tokens = torch.randint(0, VOCAB, (8, 12))
out = model(tokens)
print(out.shape)
