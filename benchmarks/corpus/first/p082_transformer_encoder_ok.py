import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Embedding(50, 16),
    nn.TransformerEncoderLayer(d_model=16, nhead=4, dim_feedforward=32, batch_first=True),
    nn.Flatten(),
    nn.Linear(16 * 12, 2),
)
tokens = torch.randint(0, 50, (2, 12))
print(model(tokens).shape)
