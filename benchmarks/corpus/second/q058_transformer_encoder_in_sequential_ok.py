import torch
import torch.nn as nn

d = 32
model = nn.Sequential(
    nn.Embedding(100, d),
    nn.TransformerEncoder(nn.TransformerEncoderLayer(d, 4, 64, batch_first=True), num_layers=2),
    nn.Linear(d, 5),
)
tokens = torch.randint(0, 100, (3, 11))
print(model(tokens).shape)
