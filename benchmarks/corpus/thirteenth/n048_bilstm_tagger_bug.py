import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class BiLSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        # sequence-first layout: (seq_len, batch, features)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, bidirectional=True)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds)
        tag_space = self.hidden2tag(lstm_out)
        return F.log_softmax(tag_space, dim=-1)


VOCAB, TAGS = 500, 9
SEQ_LEN, BATCH = 20, 8
sentences = torch.randint(0, VOCAB, (SEQ_LEN, BATCH))
tags = torch.randint(0, TAGS, (SEQ_LEN, BATCH))

model = BiLSTMTagger(embedding_dim=32, hidden_dim=48, vocab_size=VOCAB, tagset_size=TAGS)
loss_function = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for epoch in range(2):
    model.zero_grad()
    tag_scores = model(sentences)
    loss = loss_function(tag_scores.view(-1, TAGS), tags.view(-1))
    loss.backward()
    optimizer.step()
    print(epoch, loss.item())

with torch.no_grad():
    print(model(sentences[:, :1]).argmax(-1).squeeze(1))
