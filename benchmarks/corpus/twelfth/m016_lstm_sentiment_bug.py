import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim=64, hidden_dim=128, num_classes=2, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, num_layers=1, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, tokens):
        emb = self.dropout(self.embedding(tokens))
        output = self.lstm(emb)
        # score every time step, then average over the sequence
        scores = self.fc(output)
        return scores.mean(dim=1)


VOCAB = 2000
model = SentimentLSTM(VOCAB)
tokens = torch.randint(1, VOCAB, (16, 40))
labels = torch.randint(0, 2, (16,))

optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()

model.train()
for step in range(2):
    optimizer.zero_grad()
    logits = model(tokens)
    loss = criterion(logits, labels)
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
print("loss", loss.item())

model.eval()
with torch.no_grad():
    probs = torch.softmax(model(tokens[:3]), dim=-1)
print(probs)
