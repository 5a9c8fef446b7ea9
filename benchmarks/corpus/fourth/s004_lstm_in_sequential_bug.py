# trying to keep everything in one nn.Sequential for a sentiment model
import torch
import torch.nn as nn

vocab_size = 10000
embed_dim = 64
hidden = 128

model = nn.Sequential(
    nn.Embedding(vocab_size, embed_dim),
    nn.LSTM(embed_dim, hidden, batch_first=True),
    nn.Linear(hidden, 1),
    nn.Sigmoid(),
)

x = torch.randint(0, vocab_size, (16, 50))
y = model(x)
print(y.shape)
