import torch
import torch.nn as nn


class TextClassifier(nn.Module):
    def __init__(self, vocab_size=5000, embed_dim=128, hidden_dim=256, num_classes=4, num_layers=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, num_layers=num_layers, batch_first=True, dropout=0.2)
        self.head = nn.Sequential(
            nn.Dropout(0.3),
            nn.Linear(hidden_dim, 64),
            nn.ReLU(),
            nn.Linear(64, num_classes),
        )

    def forward(self, tokens):
        emb = self.embedding(tokens)
        output, (h_n, c_n) = self.lstm(emb)
        last = h_n[-1]
        return self.head(last)


if __name__ == "__main__":
    model = TextClassifier()
    batch = torch.randint(1, 5000, (8, 40))
    logits = model(batch)
    print(logits.shape)
