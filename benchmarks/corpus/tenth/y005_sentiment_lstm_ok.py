import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embedding_dim=100, hidden_dim=256, output_dim=1, n_layers=2, dropout=0.3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=n_layers,
                            dropout=dropout, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, text):
        embedded = self.dropout(self.embedding(text))
        output, (hidden, cell) = self.lstm(embedded)
        last = hidden[-1]
        return self.fc(self.dropout(last))


vocab_size = 5000
model = SentimentLSTM(vocab_size, embedding_dim=128, hidden_dim=64)
tokens = torch.randint(1, vocab_size, (32, 40))
targets = torch.randint(0, 2, (32, 1)).float()
preds = model(tokens)
loss = nn.BCEWithLogitsLoss()(preds, targets)
