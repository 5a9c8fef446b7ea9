import torch
import torch.nn as nn


class SharedBottom(nn.Module):
    def __init__(self, in_features=20, shared=64, tower=32):
        super().__init__()
        self.shared = nn.Sequential(nn.Linear(in_features, shared), nn.ReLU(), nn.Dropout(0.1))
        self.ctr_tower = nn.Sequential(nn.Linear(shared, tower), nn.ReLU(), nn.Linear(tower, 1))
        self.cvr_tower = nn.Sequential(nn.Linear(shared, tower), nn.ReLU(), nn.Linear(tower, 1))

    def forward(self, x):
        h = self.shared(x)
        return self.ctr_tower(h), self.cvr_tower(h)


model = SharedBottom()
bce = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adagrad(model.parameters(), lr=0.05)

features = torch.randn(10, 20)
clicks = torch.tensor([1, 0, 0, 1, 0, 1, 1, 0, 0, 0], dtype=torch.float32)
conversions = torch.tensor([1, 0, 0, 0, 0, 1, 0, 0, 0, 0], dtype=torch.float32)

ctr_logit, cvr_logit = model(features)
loss = bce(ctr_logit, clicks) + bce(cvr_logit, conversions)
optimizer.zero_grad()
loss.backward()
optimizer.step()
