import torch
import torch.nn as nn

torch.manual_seed(0)
seq_len = 10
model = nn.Sequential(
    nn.Embedding(100, 16),
    nn.Flatten(),
    nn.Linear(16 * seq_len, 1),
)
x = torch.randint(100, (4, seq_len))
print(model(x).shape)
