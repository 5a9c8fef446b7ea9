import torch
import torch.nn as nn


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, tagset_size, embedding_dim=32, hidden_dim=48):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Sequential(
            nn.Dropout(0.1),
            nn.Linear(hidden_dim, tagset_size),
            nn.LogSoftmax(dim=-1),
        )

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds)
        return self.hidden2tag(lstm_out)


tagger = BiLSTMTagger(vocab_size=100, tagset_size=9)
sentence = torch.randint(0, 100, (2, 15))
print(tagger(sentence).shape)
