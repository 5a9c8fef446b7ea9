import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim, n_classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, n_classes)

    def forward(self, tokens):
        emb = self.embedding(tokens)
        out = self.lstm(emb)
        last = out[:, -1, :]
        return self.fc(self.dropout(last))


model = SentimentLSTM(vocab_size=5000, embed_dim=64, hidden_dim=128, n_classes=2)
batch = torch.randint(1, 5000, (8, 40))
logits = model(batch)
print(logits.shape)
