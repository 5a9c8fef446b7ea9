import torch
import torch.nn as nn


class TabularModel(nn.Module):
    """fastai-style tabular model: one embedding per categorical column + continuous features."""

    def __init__(self, emb_szs, n_cont, out_sz, layers, p=0.4):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(ni, nf) for ni, nf in emb_szs])
        self.emb_drop = nn.Dropout(p)
        self.bn_cont = nn.BatchNorm1d(n_cont)

        layerlist = []
        n_emb = sum(nf for ni, nf in emb_szs)
        n_in = n_emb + n_cont
        for i in layers:
            layerlist.append(nn.Linear(n_in, i))
            layerlist.append(nn.ReLU(inplace=True))
            layerlist.append(nn.BatchNorm1d(i))
            layerlist.append(nn.Dropout(p))
            n_in = i
        layerlist.append(nn.Linear(layers[-1], out_sz))
        self.layers = nn.Sequential(*layerlist)

    def forward(self, x_cat, x_cont):
        embeddings = [e(x_cat[:, i]) for i, e in enumerate(self.embeds)]
        x = torch.cat(embeddings, 1)
        x = self.emb_drop(x)
        x_cont = self.bn_cont(x_cont)
        x = torch.cat([x, x_cont], 1)
        return self.layers(x)


cat_szs = [24, 2, 7]          # hour, am/pm, weekday
emb_szs = [(size, min(50, (size + 1) // 2)) for size in cat_szs]
model = TabularModel(emb_szs, n_cont=6, out_sz=2, layers=[200, 100], p=0.4)

x_cat = torch.stack([torch.randint(0, n, (16,)) for n in cat_szs], dim=1)
x_cont = torch.randn(16, 6)
y_pred = model(x_cat, x_cont)
print(y_pred.shape)
