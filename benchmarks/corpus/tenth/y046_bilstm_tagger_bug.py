import torch
import torch.nn as nn


class NERModel(nn.Module):
    def __init__(self, vocab_size, num_tags, emb_dim=100, hidden_dim=128, dropout=0.5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.lstm = nn.LSTM(emb_dim, hidden_dim, bidirectional=True, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden_dim, num_tags)

    def forward(self, token_ids):
        x = self.embedding(token_ids)
        x, (h_n, c_n) = self.lstm(x)
        x = self.dropout(x)
        return self.classifier(x)


model = NERModel(vocab_size=20000, num_tags=9, hidden_dim=64)
tokens = torch.randint(1, 20000, (8, 45))
tags = torch.randint(0, 9, (8, 45))
emissions = model(tokens)
loss = nn.CrossEntropyLoss(ignore_index=-100)(emissions.reshape(-1, 9), tags.reshape(-1))
