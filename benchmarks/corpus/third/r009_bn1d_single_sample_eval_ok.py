import torch
from torch import nn

n_features = 20
model = nn.Sequential(
    nn.Linear(n_features, 128),
    nn.BatchNorm1d(128),
    nn.LeakyReLU(0.1),
    nn.Dropout(0.3),
    nn.Linear(128, 64),
    nn.BatchNorm1d(64),
    nn.LeakyReLU(0.1),
    nn.Linear(64, 3),
    nn.Softmax(dim=-1),
)

model.eval()
with torch.no_grad():
    sample = torch.rand(n_features)
    probs = model(sample.view(1, -1))
print(probs.shape)
