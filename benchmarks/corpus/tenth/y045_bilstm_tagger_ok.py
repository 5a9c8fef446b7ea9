import torch
import torch.nn as nn


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, tagset_size, embedding_dim=64, hidden_dim=128, num_layers=1):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim // 2, num_layers=num_layers,
                            bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds)
        tag_space = self.hidden2tag(lstm_out)
        return torch.log_softmax(tag_space, dim=-1)


model = BiLSTMTagger(vocab_size=4000, tagset_size=17, hidden_dim=200, num_layers=2)
sentences = torch.randint(0, 4000, (10, 30))
tags = torch.randint(0, 17, (10, 30))
scores = model(sentences)
loss = nn.NLLLoss()(scores.view(-1, 17), tags.view(-1))
