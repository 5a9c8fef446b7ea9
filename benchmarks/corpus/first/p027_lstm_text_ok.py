import torch
import torch.nn as nn

torch.manual_seed(0)
vocab_size, embed_dim, hidden = 1000, 32, 64
embed = nn.Sequential(
    nn.Embedding(vocab_size, embed_dim),
    nn.Dropout(0.1),
)
lstm = nn.LSTM(embed_dim, hidden, batch_first=True)
tokens = torch.randint(0, vocab_size, (4, 20))
e = embed(tokens)
out, (h, c) = lstm(e)
print(out.shape)
