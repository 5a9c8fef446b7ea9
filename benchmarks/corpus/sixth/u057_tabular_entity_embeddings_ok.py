# Entity embeddings for categorical columns + continuous features (fastai-style)
import torch
import torch.nn as nn


class TabularModel(nn.Module):
    def __init__(self, cardinalities, n_cont, out_sz, layers=(200, 100)):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(c, min(50, (c + 1) // 2)) for c in cardinalities])
        n_emb = sum(e.embedding_dim for e in self.embeds)
        self.bn_cont = nn.BatchNorm1d(n_cont)
        sizes = [n_emb + n_cont] + list(layers)
        mlp = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            mlp += [nn.Linear(a, b), nn.ReLU(inplace=True), nn.BatchNorm1d(b), nn.Dropout(0.1)]
        mlp.append(nn.Linear(sizes[-1], out_sz))
        self.layers = nn.Sequential(*mlp)

    def forward(self, x_cat, x_cont):
        x = torch.cat([e(x_cat[:, i]) for i, e in enumerate(self.embeds)], 1)
        x = torch.cat([x, self.bn_cont(x_cont)], 1)
        return self.layers(x)


cards = [7, 24, 3, 150]
model = TabularModel(cards, n_cont=5, out_sz=1)
x_cat = torch.stack([torch.randint(0, c, (32,)) for c in cards], dim=1)
x_cont = torch.randint(0, 100, (32, 5)).float()
print(model(x_cat, x_cont).shape)
