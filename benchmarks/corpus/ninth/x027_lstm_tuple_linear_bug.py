import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size=2000, embedding_dim=100, hidden_dim=64, output_dim=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.rnn = nn.LSTM(embedding_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        embedded = self.embedding(x)
        _, hidden = self.rnn(embedded)
        return self.fc(hidden)


model = SentimentLSTM()
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
batch = torch.randint(0, 2000, (8, 25))
y = torch.randint(0, 2, (8, 1)).float()
optimizer.zero_grad()
loss = criterion(model(batch), y)
loss.backward()
optimizer.step()
