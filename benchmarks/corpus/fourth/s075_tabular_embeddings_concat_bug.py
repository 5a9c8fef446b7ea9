# entity embeddings for categorical columns + continuous columns (fast.ai tabular style)
import torch
import torch.nn as nn


class TabularModel(nn.Module):
    def __init__(self, emb_szs, n_cont, out_sz, layers=(200, 100)):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(ni, nf) for ni, nf in emb_szs])
        self.bn_cont = nn.BatchNorm1d(n_cont)
        n_emb = sum(nf for _, nf in emb_szs)
        sizes = [n_emb] + list(layers)
        mods = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            mods += [nn.Linear(a, b), nn.ReLU(inplace=True), nn.BatchNorm1d(b)]
        mods.append(nn.Linear(sizes[-1], out_sz))
        self.layers = nn.Sequential(*mods)

    def forward(self, x_cat, x_cont):
        x = torch.cat([e(x_cat[:, i]) for i, e in enumerate(self.embeds)], 1)
        x = torch.cat([x, self.bn_cont(x_cont)], 1)
        return self.layers(x)


emb_szs = [(7, 4), (24, 12), (2, 1)]
model = TabularModel(emb_szs, n_cont=5, out_sz=2)
x_cat = torch.stack([torch.randint(0, 7, (32,)), torch.randint(0, 24, (32,)), torch.randint(0, 2, (32,))], 1)
x_cont = torch.randn(32, 5)
print(model(x_cat, x_cont).shape)
