import torch
import torch.nn as nn


class CharModel(nn.Module):
    def __init__(self, vocab_size=27, emb=10, block_size=8, hidden=100):
        super().__init__()
        self.net = nn.Sequential(
            nn.Embedding(vocab_size, emb),
            nn.Flatten(),
            nn.Linear(block_size * emb, hidden),
            nn.Tanh(),
            nn.Linear(hidden, vocab_size),
        )

    def forward(self, idx):
        return self.net(idx)


model = CharModel()
data = torch.tensor(list("the quick brown fox jumps".encode()))  # byte values
X = data[:16].view(2, 8)
print(model(X).shape)
