import torch
import torch.nn as nn


class TabularNet(nn.Module):
    def __init__(self, cardinalities, n_cont, hidden=64):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(card, min(16, card // 2 + 1)) for card in cardinalities])
        n_emb = sum(e.embedding_dim for e in self.embeds)
        self.mlp = nn.Sequential(
            nn.Linear(n_emb, hidden),
            nn.ReLU(),
            nn.Linear(hidden, 1),
        )

    def forward(self, x_cat, x_cont):
        embs = [emb(x_cat[:, i]) for i, emb in enumerate(self.embeds)]
        x = torch.cat(embs + [x_cont], dim=1)
        return self.mlp(x)


cards = [10, 5, 31]
net = TabularNet(cards, n_cont=4)
x_cat = torch.stack([torch.randint(0, c, (32,)) for c in cards], dim=1)
x_cont = torch.randn(32, 4)
print(net(x_cat, x_cont).shape)
