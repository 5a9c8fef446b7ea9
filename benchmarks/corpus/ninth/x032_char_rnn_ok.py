import torch
import torch.nn as nn

text = "hello world, this is a tiny char-level language model example. " * 4
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text], dtype=torch.long)


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden_size=64, n_layers=2):
        super().__init__()
        self.n_layers, self.hidden_size = n_layers, hidden_size
        self.encoder = nn.Embedding(n_chars, hidden_size)
        self.rnn = nn.RNN(hidden_size, hidden_size, n_layers, batch_first=True, nonlinearity='tanh')
        self.decoder = nn.Linear(hidden_size, n_chars)

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.encoder(x), hidden)
        out = out.reshape(-1, self.hidden_size)
        return self.decoder(out), hidden

    def init_hidden(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.hidden_size)


seq_len, batch_size = 16, 4
model = CharRNN(len(chars))
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
criterion = nn.CrossEntropyLoss()
hidden = model.init_hidden(batch_size)
for step in range(2):
    starts = [step * 7 + k * 40 for k in range(batch_size)]
    x = torch.stack([data[s:s + seq_len] for s in starts])
    y = torch.stack([data[s + 1:s + seq_len + 1] for s in starts])
    hidden = hidden.detach()
    logits, hidden = model(x, hidden)
    loss = criterion(logits, y.view(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
