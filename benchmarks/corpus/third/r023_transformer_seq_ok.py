import torch
import torch.nn as nn


class MeanPool(nn.Module):
    def forward(self, x):
        return x.mean(dim=1)


d_model = 64
encoder_layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=4, dim_feedforward=128, batch_first=True)
model = nn.Sequential(
    nn.Embedding(1000, d_model),
    nn.TransformerEncoder(encoder_layer, num_layers=2),
    MeanPool(),
    nn.Linear(d_model, 3),
)

ids = torch.randint(0, 1000, (8, 25))
print(model(ids).shape)
