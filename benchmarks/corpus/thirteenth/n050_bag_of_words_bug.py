import random

import torch
import torch.nn as nn

random.seed(0)
WORDS = ("good bad great awful movie plot acting boring fun love hate "
         "slow fast music scene actor story ending long short").split()


def make_corpus(n=64):
    texts, labels = [], []
    for _ in range(n):
        length = random.randint(3, 12)
        texts.append([random.choice(WORDS) for _ in range(length)])
        labels.append(random.randint(0, 3))
    return texts, labels


texts, labels = make_corpus()
vocab = {w: i + 1 for i, w in enumerate(sorted(set(w for t in texts for w in t)))}  # 0 = <unk>


def collate(batch_texts, batch_labels):
    ids = [torch.tensor([vocab.get(w, 0) for w in t]) for t in batch_texts]
    offsets = torch.tensor([0] + [len(t) for t in ids[:-1]]).cumsum(dim=0)
    return torch.cat(ids), offsets, torch.tensor(batch_labels)


class TextClassificationModel(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_class):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, mode="mean")
        self.fc = nn.Linear(embed_dim, num_class)

    def forward(self, text, offsets):
        return self.fc(self.embedding(text, offsets))


vocab_size = len(vocab)
model = TextClassificationModel(vocab_size, 32, 4)
optimizer = torch.optim.SGD(model.parameters(), lr=5.0)
criterion = nn.CrossEntropyLoss()

for start in range(0, 64, 32):
    text, offsets, label = collate(texts[start:start + 32], labels[start:start + 32])
    optimizer.zero_grad()
    loss = criterion(model(text, offsets), label)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.1)
    optimizer.step()
    print(loss.item())
