import torch
import torch.nn as nn


class WideAndDeep(nn.Module):
    def __init__(self, wide_dim, cat_cardinalities, embed_dim, num_continuous, hidden_units=(256, 128, 64)):
        super().__init__()
        self.wide = nn.Linear(wide_dim, 1)
        self.embeddings = nn.ModuleList([nn.Embedding(c, embed_dim) for c in cat_cardinalities])
        deep_in = len(cat_cardinalities) * embed_dim + num_continuous
        layers = []
        for h in hidden_units:
            layers += [nn.Linear(deep_in, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Dropout(0.2)]
            deep_in = h
        layers.append(nn.Linear(deep_in, 1))
        self.deep = nn.Sequential(*layers)

    def forward(self, x_wide, x_cat, x_cont):
        embs = [emb(x_cat[:, i]) for i, emb in enumerate(self.embeddings)]
        deep_in = torch.cat(embs + [x_cont], dim=1)
        return torch.sigmoid(self.wide(x_wide) + self.deep(deep_in)).squeeze(1)


cards = [9, 16, 7, 15, 6, 5, 2, 42]       # Adult census categorical columns
model = WideAndDeep(wide_dim=100, cat_cardinalities=cards, embed_dim=8, num_continuous=5)
B = 32
x_wide = (torch.rand(B, 100) > 0.9).float()
x_cat = torch.stack([torch.randint(0, c, (B,)) for c in cards], dim=1)
x_cont = torch.randn(B, 5)
y = torch.randint(0, 2, (B,)).float()
pred = model(x_wide, x_cat, x_cont)
loss = nn.BCELoss()(pred, y)
loss.backward()
print(pred.shape, loss.item())
