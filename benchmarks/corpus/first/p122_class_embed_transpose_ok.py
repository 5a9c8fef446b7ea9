import torch
import torch.nn as nn

torch.manual_seed(0)

class TextCNN(nn.Module):
    def __init__(self, vocab=500, dim=32, n_filters=16):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.convs = nn.Sequential(
            nn.Conv1d(dim, n_filters, 3),
            nn.ReLU(),
            nn.AdaptiveMaxPool1d(1),
            nn.Flatten(),
            nn.Linear(n_filters, 2),
        )

    def forward(self, tokens):
        x = self.embedding(tokens)      # (N, L, dim)
        x = x.transpose(1, 2)           # (N, dim, L)
        return self.convs(x)

model = TextCNN()
print(model(torch.randint(0, 500, (3, 40))).shape)
