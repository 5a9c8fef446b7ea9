import torch
import torch.nn as nn

class BagOfEmbeddings(nn.Module):
    def __init__(self, vocab_size=2000, embed_dim=64, num_class=4):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.fc = nn.Sequential(nn.Linear(embed_dim, 32), nn.ReLU(), nn.Linear(32, num_class))

    def forward(self, text):
        emb = self.embedding(text).mean(dim=2)    # should be dim=1
        return self.fc(emb)

model = BagOfEmbeddings()
batch = torch.randint(0, 2000, (16, 20))
print(model(batch).shape)
