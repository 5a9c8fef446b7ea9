# Character CNN for spam detection: embedding followed directly by Conv1d
import torch
import torch.nn as nn


class CharCNN(nn.Module):
    def __init__(self, n_chars=70, emb=100, seq_len=50):
        super().__init__()
        self.embed = nn.Embedding(n_chars, emb)
        self.conv = nn.Sequential(
            nn.Conv1d(emb, 64, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(64, 64, kernel_size=3, padding=1),
            nn.ReLU(),
        )
        self.fc = nn.Linear(64 * (seq_len // 2), 2)

    def forward(self, x):
        x = self.embed(x)
        x = self.conv(x)
        return self.fc(x.flatten(1))


model = CharCNN()
msgs = torch.randint(0, 70, (8, 50))
print(model(msgs).shape)
