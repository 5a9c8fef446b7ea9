import torch
import torch.nn as nn

vocab_size = 5000
embed_dim = 128
hidden_dim = 256
num_classes = 2

model = nn.Sequential(
    nn.Embedding(vocab_size, embed_dim),
    nn.LSTM(embed_dim, hidden_dim, batch_first=True),
    nn.Linear(hidden_dim, num_classes),
)

tokens = torch.randint(0, vocab_size, (16, 40))
logits = model(tokens)
print(logits.shape)
