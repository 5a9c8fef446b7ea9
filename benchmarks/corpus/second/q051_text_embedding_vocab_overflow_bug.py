import torch
import torch.nn as nn

model = nn.Sequential(nn.Embedding(500, 16), nn.Flatten(), nn.Linear(8 * 16, 3))
ids = torch.full((4, 8), 742, dtype=torch.long)   # tokenizer vocab is larger than the table
print(model(ids).shape)
