import torch
import torch.nn as nn

vocab_size, embed_dim, seq_len = 5000, 128, 80

model = nn.Sequential(
    nn.Embedding(vocab_size, embed_dim),
    nn.Conv1d(embed_dim, 100, kernel_size=5),
    nn.ReLU(),
    nn.AdaptiveMaxPool1d(1),
    nn.Flatten(),
    nn.Linear(100, 2),
)
tokens = torch.randint(0, vocab_size, (16, seq_len))
print(model(tokens).shape)
