import torch
import torch.nn as nn

vocab_size, embed_dim, hidden_dim, n_classes = 5000, 100, 128, 2

model = nn.Sequential(
    nn.Embedding(vocab_size, embed_dim),
    nn.LSTM(embed_dim, hidden_dim, batch_first=True),
    nn.Linear(hidden_dim, n_classes),
)

tokens = torch.randint(0, vocab_size, (16, 40))
logits = model(tokens)
print(logits.shape)
