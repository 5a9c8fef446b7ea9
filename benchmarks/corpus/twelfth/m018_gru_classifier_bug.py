import torch
import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self, vocab_size=5000, embed_dim=100, hidden_dim=128, num_layers=2,
                 num_classes=4, bidirectional=True):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.gru = nn.GRU(hidden_dim, hidden_dim, num_layers=num_layers,
                          bidirectional=bidirectional, dropout=0.2)
        n_dir = 2 if bidirectional else 1
        self.head = nn.Sequential(
            nn.Linear(hidden_dim * n_dir, 64),
            nn.ReLU(),
            nn.Linear(64, num_classes),
        )

    def forward(self, x):
        # x: (seq_len, batch)
        emb = self.embed(x)
        out, h = self.gru(emb)
        # concat final forward and backward hidden states
        h_last = torch.cat([h[-2], h[-1]], dim=1)
        return self.head(h_last)


model = GRUClassifier()
seq = torch.randint(0, 5000, (30, 8))
y = torch.randint(0, 4, (8,))
opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

for step in range(2):
    opt.zero_grad()
    loss = loss_fn(model(seq), y)
    loss.backward()
    opt.step()
print(step, loss.item())
