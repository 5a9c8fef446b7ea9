import torch
import torch.nn as nn

tag2idx = {"<pad>": 0, "O": 1, "B-PER": 2, "I-PER": 3, "B-LOC": 4, "I-LOC": 5,
           "B-ORG": 6, "I-ORG": 7, "B-MISC": 8, "I-MISC": 9}
VOCAB_SIZE = 2000
EMB_DIM = 100
HIDDEN_DIM = 128
BATCH_SIZE = 16
MAX_LEN = 40
torch.manual_seed(0)


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, tagset_size, emb_dim, hidden_dim, num_layers=1, dropout=0.25):
        super().__init__()
        self.word_embeds = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.lstm = nn.LSTM(emb_dim, hidden_dim // 2, num_layers=num_layers,
                            bidirectional=True, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        # Maps the output of the LSTM into tag space.
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentences):
        embeds = self.dropout(self.word_embeds(sentences))
        lstm_out, _ = self.lstm(embeds)
        return self.hidden2tag(self.dropout(lstm_out))


model = BiLSTMTagger(VOCAB_SIZE, len(tag2idx), EMB_DIM, HIDDEN_DIM)
loss_function = nn.CrossEntropyLoss(ignore_index=tag2idx["<pad>"])
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)

# synthetic padded batch (CoNLL-2003 stand-in)
lengths = torch.randint(10, MAX_LEN + 1, (BATCH_SIZE,))
sentences = torch.zeros(BATCH_SIZE, MAX_LEN, dtype=torch.long)
tags = torch.zeros(BATCH_SIZE, MAX_LEN, dtype=torch.long)
for i, n in enumerate(lengths.tolist()):
    sentences[i, :n] = torch.randint(1, VOCAB_SIZE, (n,))
    tags[i, :n] = torch.randint(1, len(tag2idx), (n,))

for epoch in range(2):
    model.train()
    model.zero_grad()
    tag_scores = model(sentences)   # (batch, seq_len, n_tags)
    loss = loss_function(tag_scores.view(-1, tag_scores.size(-1)), tags.view(-1))
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 5.0)
    optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.4f}")

model.eval()
with torch.no_grad():
    pred = model(sentences[:1]).argmax(-1)[0, :lengths[0]]
idx2tag = {v: k for k, v in tag2idx.items()}
print([idx2tag[i] for i in pred.tolist()])
