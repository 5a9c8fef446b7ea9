import torch
import torch.nn as nn

MAX_LEN = 12
model = nn.Sequential(
    nn.Embedding(300, 16, padding_idx=0),
    nn.Flatten(),
    nn.Linear(10 * 16, 2),
)
x = torch.randint(1, 300, (4, MAX_LEN))
print(model(x).shape)
