import torch
import torch.nn as nn


class LearnedPos(nn.Module):
    def __init__(self, max_len, dim):
        super().__init__()
        self.pos = nn.Parameter(torch.zeros(1, max_len, dim))

    def forward(self, x):
        return x + self.pos


MAX_LEN = 100
model = nn.Sequential(
    nn.Embedding(1000, 32),
    LearnedPos(MAX_LEN, 32),
    nn.TransformerEncoder(nn.TransformerEncoderLayer(32, 4, batch_first=True), 1),
    nn.Linear(32, 2),
)

torch.manual_seed(0)
reviews = torch.randint(0, 1000, (3, 128))   # truncated to 128 tokens in preprocessing
print(model(reviews).shape)
