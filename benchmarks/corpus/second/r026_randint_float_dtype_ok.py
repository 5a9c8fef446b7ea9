import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 2))
x = torch.randint(0, 5, (4, 10), dtype=torch.float32)
print(model(x).shape)
