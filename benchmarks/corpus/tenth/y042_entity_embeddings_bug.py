import torch
import torch.nn as nn

emb_szs = [(7, 4), (12, 6), (24, 12), (3, 2)]
n_cont = 5


class TabularModel(nn.Module):
    def __init__(self, emb_szs, n_cont, out_sz=2, layers=(100, 50), p=0.4):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(ni, nf) for ni, nf in emb_szs])
        self.emb_drop = nn.Dropout(p)
        self.bn_cont = nn.BatchNorm1d(n_cont)
        n_emb = sum(nf for ni, nf in emb_szs[:-1])
        n_in = n_emb + n_cont
        layerlist = []
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
        x = self.emb_drop(torch.cat(embeddings, 1))
        x = torch.cat([x, self.bn_cont(x_cont)], 1)
        return self.layers(x)


model = TabularModel(emb_szs, n_cont, out_sz=2, layers=[200, 100])
cats = torch.stack([torch.randint(0, ni, (60,)) for ni, _ in emb_szs], 1)
conts = torch.randn(60, n_cont)
y = torch.randint(0, 2, (60,))
loss = nn.CrossEntropyLoss()(model(cats, conts), y)
