import torch
import torch.nn as nn

d_model = 100
encoder_layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=8, dim_feedforward=256, batch_first=True)
encoder = nn.TransformerEncoder(encoder_layer, num_layers=2)

model = nn.Sequential(
    nn.Linear(20, d_model),
    encoder,
)
src = torch.randn(4, 30, 20)
print(model(src).shape)
