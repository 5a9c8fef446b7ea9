import torch
import torch.nn as nn

seq_len, vocab, dim = 12, 300, 16

model = nn.Sequential(
    nn.Embedding(vocab, dim),
    nn.Flatten(),
    nn.Linear(seq_len * dim, 64),
    nn.ReLU(),
    nn.Linear(64, vocab),
)

context = torch.tensor([[5, 17, 2, 99, 250, 3, 7, 7, 1, 0, 12, 8]] * 4)
next_token_logits = model(context)
print(next_token_logits.shape)
