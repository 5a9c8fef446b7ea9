import torch
import torch.nn as nn

VOCAB_SIZE = 10000
EMBED_DIM = 300
HIDDEN_DIM = 128


class TextClassifier(nn.Module):
    def __init__(self, vocab_size=VOCAB_SIZE, embed_dim=EMBED_DIM, hidden_dim=HIDDEN_DIM, num_classes=3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.rnn = nn.LSTM(input_size=100, hidden_size=hidden_dim, batch_first=True)
        self.head = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        x = self.embedding(x)
        out, _ = self.rnn(x)
        return self.head(out[:, -1, :])


if __name__ == "__main__":
    clf = TextClassifier()
    batch = torch.randint(0, VOCAB_SIZE, (16, 25))
    labels = torch.randint(0, 3, (16,))
    logits = clf(batch)
    loss = nn.CrossEntropyLoss()(logits, labels)
