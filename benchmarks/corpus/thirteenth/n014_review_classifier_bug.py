import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

VOCAB_SIZE = 2000
EMBED_DIM = 64
SEQ_LEN = 50
N = 96


class MeanPoolClassifier(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_classes=2, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.fc = nn.Sequential(nn.Linear(embed_dim, 32), nn.ReLU(), nn.Linear(32, num_classes))

    def forward(self, tokens):
        emb = self.embedding(tokens)            # (B, T, E)
        mask = (tokens != 0).unsqueeze(-1).float()
        pooled = (emb * mask).sum(1) / mask.sum(1).clamp(min=1)
        return self.fc(pooled)


tokens = torch.randint(1, VOCAB_SIZE, (N, SEQ_LEN))
tokens[:, 40:] = 0  # padding
labels = torch.randint(0, 2, (N, 1))

loader = DataLoader(TensorDataset(tokens, labels), batch_size=32, shuffle=True)
model = MeanPoolClassifier(VOCAB_SIZE, EMBED_DIM)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(1):
    for batch_tokens, batch_labels in loader:
        optimizer.zero_grad()
        logits = model(batch_tokens)
        loss = criterion(logits, batch_labels)
        loss.backward()
        optimizer.step()
    print("epoch", epoch, "loss", loss.item())
