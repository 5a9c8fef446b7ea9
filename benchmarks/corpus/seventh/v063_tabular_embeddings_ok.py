import torch
import torch.nn as nn


class TabularModel(nn.Module):
    def __init__(self, emb_szs, n_cont, out_sz, layers, p=0.4):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(ni, nf) for ni, nf in emb_szs])
        self.emb_drop = nn.Dropout(p)
        self.bn_cont = nn.BatchNorm1d(n_cont)
        layerlist = []
        n_emb = sum(nf for ni, nf in emb_szs)
        n_in = n_emb + n_cont
        for i in layers:
            layerlist += [nn.Linear(n_in, i), nn.ReLU(inplace=True), nn.BatchNorm1d(i), nn.Dropout(p)]
            n_in = i
        layerlist.append(nn.Linear(layers[-1], out_sz))
        self.layers = nn.Sequential(*layerlist)

    def forward(self, x_cat, x_cont):
        embeddings = [e(x_cat[:, i]) for i, e in enumerate(self.embeds)]
        x = self.emb_drop(torch.cat(embeddings, 1))
        x = torch.cat([x, self.bn_cont(x_cont)], 1)
        return self.layers(x)


cat_szs = [24, 2, 7]
emb_szs = [(size, min(50, (size + 1) // 2)) for size in cat_szs]
model = TabularModel(emb_szs, n_cont=6, out_sz=2, layers=[200, 100])
x_cat = torch.stack([torch.randint(0, s, (16,)) for s in cat_szs], 1)
x_cont = torch.randn(16, 6)
print(model(x_cat, x_cont).shape)
