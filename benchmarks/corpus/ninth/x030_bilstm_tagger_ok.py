import torch
import torch.nn as nn


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, tagset_size, embedding_dim=50, hidden_dim=64):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim // 2, num_layers=1,
                            bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentences):
        embeds = self.word_embeddings(sentences)
        lstm_out, _ = self.lstm(embeds)
        return self.hidden2tag(lstm_out)


word_to_ix = {}
training_data = [
    ("the dog ate the apple".split(), ["DET", "NN", "V", "DET", "NN"]),
    ("everybody read that book".split() + ["today"], ["NN", "V", "DET", "NN", "NN"]),
]
for sent, _ in training_data:
    for w in sent:
        word_to_ix.setdefault(w, len(word_to_ix))
tag_to_ix = {"DET": 0, "NN": 1, "V": 2}

model = BiLSTMTagger(len(word_to_ix), len(tag_to_ix))
loss_function = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

sents = torch.tensor([[word_to_ix[w] for w in s] for s, _ in training_data])
tags = torch.tensor([[tag_to_ix[t] for t in ts] for _, ts in training_data])
for epoch in range(2):
    model.zero_grad()
    tag_scores = model(sents)
    loss = loss_function(tag_scores.view(-1, len(tag_to_ix)), tags.view(-1))
    loss.backward()
    optimizer.step()
print(tag_scores.argmax(-1))
