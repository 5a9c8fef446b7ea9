import torch
import torch.nn as nn


class BiLSTMClassifier(nn.Module):
    def __init__(self, vocab_size, emb_dim=128, hidden_dim=64, n_classes=5):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb_dim)
        self.lstm = nn.LSTM(emb_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.fc = nn.Sequential(
            nn.Dropout(0.5),
            nn.Linear(hidden_dim, n_classes),
        )

    def forward(self, x):
        out, _ = self.lstm(self.emb(x))
        pooled = out.max(dim=1).values
        return self.fc(pooled)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = BiLSTMClassifier(vocab_size=8000)
    x = torch.randint(0, 8000, (4, 25))
    print(model(x).shape)
