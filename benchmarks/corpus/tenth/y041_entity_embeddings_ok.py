import torch
import torch.nn as nn


class EntityEmbeddingNet(nn.Module):
    def __init__(self, cardinalities, n_cont, hidden=(200, 100), n_out=1):
        super().__init__()
        self.embeds = nn.ModuleList(
            [nn.Embedding(c, min(50, (c + 1) // 2)) for c in cardinalities]
        )
        n_emb = sum(e.embedding_dim for e in self.embeds)
        self.bn_cont = nn.BatchNorm1d(n_cont)
        layers = []
        d = n_emb + n_cont
        for h in hidden:
            layers += [nn.Linear(d, h), nn.ReLU(inplace=True), nn.BatchNorm1d(h), nn.Dropout(0.1)]
            d = h
        layers.append(nn.Linear(d, n_out))
        self.layers = nn.Sequential(*layers)

    def forward(self, x_cat, x_cont):
        x = torch.cat([e(x_cat[:, i]) for i, e in enumerate(self.embeds)], 1)
        x = torch.cat([x, self.bn_cont(x_cont)], 1)
        return self.layers(x)


cards = [7, 12, 31, 1115]
model = EntityEmbeddingNet(cards, n_cont=6)
x_cat = torch.stack([torch.randint(0, c, (128,)) for c in cards], dim=1)
x_cont = torch.randn(128, 6)
sales = model(x_cat, x_cont)
loss = nn.functional.mse_loss(sales, torch.randn(128, 1))
