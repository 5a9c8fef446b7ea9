import torch
import torch.nn as nn
import torch.nn.functional as F


class EmbeddingNet(nn.Module):
    def __init__(self, in_dim=40, emb_dim=32):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_dim, 128), nn.BatchNorm1d(128), nn.ReLU(),
            nn.Linear(128, 64), nn.ReLU(),
            nn.Linear(64, emb_dim),
        )

    def forward(self, x):
        return F.normalize(self.net(x), p=2, dim=1)


class TripletNet(nn.Module):
    def __init__(self, embedding_net):
        super().__init__()
        self.embedding_net = embedding_net

    def forward(self, a, p, n):
        return self.embedding_net(a), self.embedding_net(p), self.embedding_net(n)


model = TripletNet(EmbeddingNet())
criterion = nn.TripletMarginLoss(margin=0.5, p=2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
anchor, positive, negative = torch.randn(3, 16, 40).unbind(0)
for _ in range(2):
    optimizer.zero_grad()
    ea, ep, en = model(anchor, positive, negative)
    loss = criterion(ea, ep, en)
    loss.backward()
    optimizer.step()

model.eval()
with torch.no_grad():
    gallery = model.embedding_net(torch.randn(10, 40))
    sims = gallery @ gallery.t()
print(loss.item(), sims.shape)
