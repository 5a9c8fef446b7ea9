import torch
import torch.nn as nn


class TextClassifier(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim, num_classes, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, num_layers=2, batch_first=True, dropout=0.3)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, text):
        embedded = self.dropout(self.embedding(text))
        output, (hidden, cell) = self.lstm(embedded)
        return self.fc(self.dropout(hidden[-1]))


VOCAB = 5000
model = TextClassifier(VOCAB, 64, 128, 4)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()

tokens = torch.randint(1, VOCAB, (16, 40))
labels = torch.randint(0, 4, (16,))
for epoch in range(2):
    model.train()
    optimizer.zero_grad()
    predictions = model(tokens)
    loss = criterion(predictions, labels)
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    acc = (predictions.argmax(1) == labels).float().mean()
    print(epoch, loss.item(), acc.item())
