from collections import Counter

import torch
import torch.nn as nn

corpus = [
    ("the match ended in a draw after extra time", 1),
    ("stocks fell sharply as markets reacted to the rate hike", 2),
    ("new smartphone chip promises longer battery life", 3),
    ("leaders met in geneva to discuss the ceasefire", 0),
    ("striker scores twice as champions win the league", 1),
    ("central bank keeps interest rate unchanged", 2),
    ("researchers unveil open source language model", 3),
    ("elections postponed amid protests in the capital", 0),
]

specials = ["<pad>", "<unk>"]
counter = Counter(tok for text, _ in corpus for tok in text.split())
itos = specials + sorted(counter)
stoi = {tok: i for i, tok in enumerate(itos)}

VOCAB_SIZE = len(itos)
EMBED_DIM = 32
NUM_CLASS = 4
LR = 5.0


def text_pipeline(text):
    return [stoi.get(tok, stoi["<unk>"]) for tok in text.lower().split()]


def collate_batch(batch):
    label_list, text_list, offsets = [], [], [0]
    for _text, _label in batch:
        label_list.append(_label)
        processed_text = torch.tensor(text_pipeline(_text), dtype=torch.int64)
        text_list.append(processed_text)
        offsets.append(processed_text.size(0))
    label_list = torch.tensor(label_list, dtype=torch.int64)
    offsets = torch.tensor(offsets[:-1]).cumsum(dim=0)
    text_list = torch.cat(text_list)
    return label_list, text_list, offsets


class TextClassificationModel(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_class):
        super(TextClassificationModel, self).__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, sparse=False)
        self.fc = nn.Linear(embed_dim, num_class)
        self.init_weights()

    def init_weights(self):
        initrange = 0.5
        self.embedding.weight.data.uniform_(-initrange, initrange)
        self.fc.weight.data.uniform_(-initrange, initrange)
        self.fc.bias.data.zero_()

    def forward(self, text, offsets):
        embedded = self.embedding(text, offsets)
        return self.fc(embedded)


model = TextClassificationModel(VOCAB_SIZE, EMBED_DIM, NUM_CLASS)
criterion = torch.nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=LR)

label, text, offsets = collate_batch(corpus)
model.train()
for epoch in range(3):
    optimizer.zero_grad()
    predicted_label = model(text, offsets)
    loss = criterion(predicted_label, label)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.1)
    optimizer.step()
    acc = (predicted_label.argmax(1) == label).sum().item() / label.size(0)
    print(f"| epoch {epoch} | loss {loss.item():.3f} | accuracy {acc:.3f}")
