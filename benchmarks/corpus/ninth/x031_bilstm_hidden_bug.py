import torch
import torch.nn as nn


class NERModel(nn.Module):
    def __init__(self, vocab_size, num_tags, emb_dim=100, hidden_dim=128, n_layers=2):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.encoder = nn.LSTM(emb_dim, hidden_dim, num_layers=n_layers,
                               bidirectional=True, batch_first=True, dropout=0.25)
        self.dropout = nn.Dropout(0.25)
        self.classifier = nn.Linear(hidden_dim, num_tags)

    def forward(self, token_ids):
        x = self.dropout(self.emb(token_ids))
        x, _ = self.encoder(x)
        return self.classifier(self.dropout(x))


model = NERModel(vocab_size=3000, num_tags=9)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
tokens = torch.randint(1, 3000, (4, 30))
tags = torch.randint(0, 9, (4, 30))
logits = model(tokens)
loss = nn.functional.cross_entropy(logits.reshape(-1, 9), tags.reshape(-1))
loss.backward()
optimizer.step()
