# Sentiment classifier with a bidirectional LSTM (forum question: mat1 and mat2 shapes cannot be multiplied)
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim, n_classes, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, num_layers=n_layers,
                            batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, n_classes)

    def forward(self, tokens):
        emb = self.embedding(tokens)
        out, (h, c) = self.lstm(emb)
        last = out[:, -1, :]
        return self.fc(self.dropout(last))


model = SentimentLSTM(vocab_size=20000, embed_dim=100, hidden_dim=128, n_classes=2)
tokens = torch.randint(1, 20000, (16, 60))
print(model(tokens).shape)
