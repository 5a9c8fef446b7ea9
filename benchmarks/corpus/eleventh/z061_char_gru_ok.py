import torch
import torch.nn as nn
import torch.nn.functional as F

text = ("to be, or not to be, that is the question: whether 'tis nobler in the mind to suffer "
        "the slings and arrows of outrageous fortune, or to take arms against a sea of troubles "
        "and by opposing end them. to die, to sleep, no more")
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
itos = {i: c for c, i in stoi.items()}
data = torch.tensor([stoi[c] for c in text], dtype=torch.long)

EMBED_SIZE = 32
HIDDEN_SIZE = 128
NUM_LAYERS = 2
SEQ_LEN = 25
BATCH_SIZE = 8
TEMPERATURE = 0.8
torch.manual_seed(0)


class CharRNN(nn.Module):
    def __init__(self, vocab_size, embed_size, hidden_size, num_layers):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size, hidden_size, num_layers, batch_first=True, dropout=0.1)
        self.decoder = nn.Linear(hidden_size, vocab_size)

    def forward(self, x, h=None):
        out, h = self.rnn(self.embed(x), h)
        return self.decoder(out), h


def get_batch():
    ix = torch.randint(len(data) - SEQ_LEN - 1, (BATCH_SIZE,))
    x = torch.stack([data[i:i + SEQ_LEN] for i in ix])
    y = torch.stack([data[i + 1:i + SEQ_LEN + 1] for i in ix])
    return x, y


model = CharRNN(len(chars), EMBED_SIZE, HIDDEN_SIZE, NUM_LAYERS)
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)

for step in range(3):
    model.train()
    xb, yb = get_batch()
    logits, _ = model(xb)
    loss = F.cross_entropy(logits.reshape(-1, len(chars)), yb.reshape(-1))
    optimizer.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    print(f"step {step}: loss {loss.item():.3f}")

# sample some text
model.eval()
with torch.no_grad():
    idx = torch.tensor([[stoi['t']]])
    h = None
    out_chars = ['t']
    for _ in range(40):
        logits, h = model(idx, h)
        probs = F.softmax(logits[:, -1] / TEMPERATURE, dim=-1)
        idx = torch.multinomial(probs, 1)
        out_chars.append(itos[idx.item()])
print(''.join(out_chars))
