import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim=100, hidden_dim=128, num_classes=2, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, tokens):
        emb = self.embedding(tokens)            # (B, T, E)
        out, (h_n, c_n) = self.lstm(emb)        # h_n: (1, B, H)
        last = self.dropout(h_n[-1])            # (B, H)
        return self.fc(last)


def main():
    torch.manual_seed(0)
    vocab_size = 5000
    model = SentimentLSTM(vocab_size)
    batch = torch.randint(0, vocab_size, (16, 40))
    logits = model(batch)
    print("logits", logits.shape)


if __name__ == "__main__":
    main()
