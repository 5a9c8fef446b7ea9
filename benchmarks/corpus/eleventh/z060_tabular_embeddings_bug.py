import torch
import torch.nn as nn

torch.manual_seed(0)

# categorical columns and their cardinalities (after label-encoding)
cat_cols = {"store": 50, "dayofweek": 7, "promo": 2, "state": 12, "month": 12}
cont_cols = ["competition_distance", "temperature", "fuel_price", "cpi"]
BATCH = 128
EPOCHS = 2


def emb_sz_rule(n_cat):
    return min(50, (n_cat + 1) // 2)


emb_szs = [(n, emb_sz_rule(n)) for n in cat_cols.values()]


class TabularModel(nn.Module):
    def __init__(self, emb_szs, n_cont, out_sz, layers, ps, emb_drop=0.04):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(ni, nf) for ni, nf in emb_szs])
        self.emb_drop = nn.Dropout(emb_drop)
        self.bn_cont = nn.BatchNorm1d(n_cont)
        n_emb = sum(e.embedding_dim for e in self.embeds)
        self.n_emb, self.n_cont = n_emb, n_cont
        sizes = [n_emb] + layers
        mods = []
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            mods += [nn.Linear(n_in, n_out), nn.ReLU(inplace=True), nn.BatchNorm1d(n_out), nn.Dropout(ps[i])]
        mods.append(nn.Linear(sizes[-1], out_sz))
        self.layers = nn.Sequential(*mods)

    def forward(self, x_cat, x_cont):
        x = [e(x_cat[:, i]) for i, e in enumerate(self.embeds)]
        x = torch.cat(x, 1)
        x = self.emb_drop(x)
        x_cont = self.bn_cont(x_cont)
        x = torch.cat([x, x_cont], 1)
        return self.layers(x)


# synthetic "Rossmann"-like batch
x_cat = torch.stack([torch.randint(0, n, (BATCH,)) for n in cat_cols.values()], dim=1)
x_cont = torch.randn(BATCH, len(cont_cols))
y = torch.randn(BATCH, 1).abs().log1p()   # log sales

model = TabularModel(emb_szs, len(cont_cols), 1, layers=[200, 100], ps=[0.001, 0.01])
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
crit = nn.MSELoss()

for epoch in range(EPOCHS):
    model.train()
    pred = model(x_cat, x_cont)
    loss = crit(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: rmse {loss.sqrt().item():.4f}")
