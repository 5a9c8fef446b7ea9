import torch
import torch.nn as nn


class BiGRUClassifier(nn.Module):
    def __init__(self, vocab_size, emb_dim, hid_dim, out_dim, n_layers=2, dropout=0.25):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim, num_layers=n_layers, bidirectional=True,
                          batch_first=True, dropout=dropout)
        self.fc = nn.Linear(hid_dim * 2, out_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, text):
        embedded = self.dropout(self.embedding(text))
        output, hidden = self.rnn(embedded)
        # hidden: (num_layers * 2, batch, hid_dim)
        hidden = self.dropout(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1))
        return self.fc(hidden)


model = BiGRUClassifier(vocab_size=2000, emb_dim=50, hid_dim=64, out_dim=3)
text = torch.randint(0, 2000, (4, 25))
print(model(text).shape)
