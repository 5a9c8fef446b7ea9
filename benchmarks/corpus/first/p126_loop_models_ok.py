import torch
import torch.nn as nn

torch.manual_seed(0)
for d in [10, 20, 30]:
    m = nn.Sequential(nn.Linear(d, 5), nn.ReLU(), nn.Linear(5, 1))
    print(d, m(torch.randn(2, d)).shape)
