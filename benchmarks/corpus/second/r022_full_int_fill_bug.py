import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 2))
x = torch.full((4, 3), 1)        # int64: the fill value is an int
print(model(x).shape)
