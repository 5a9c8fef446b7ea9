import torch
import torch.nn as nn

torch.manual_seed(0)

EMBED_DIM = 128
D_MODEL = 256

encoder_layer = nn.TransformerEncoderLayer(d_model=D_MODEL, nhead=8, batch_first=True)
model = nn.Sequential(
    nn.Embedding(10000, EMBED_DIM),
    nn.TransformerEncoder(encoder_layer, num_layers=2),
)

tokens = torch.randint(0, 10000, (4, 32))
hidden = model(tokens)
print(hidden.shape)
