import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
num = torch.randn(64, 12)
cat = torch.randint(0, 5, (64,))
X = torch.cat([num, F.one_hot(cat, 5).float()], dim=1)   # 17 features now

model = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 1))
print(model(X).shape)
