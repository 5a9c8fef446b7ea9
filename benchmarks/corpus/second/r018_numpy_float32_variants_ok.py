import numpy as np
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 4))
a = torch.from_numpy(np.zeros((3, 10), dtype=np.float32))
b = torch.from_numpy(np.random.rand(3, 10).astype("float32"))
c = torch.from_numpy(np.float32(np.random.rand(3, 10)))
d = torch.from_numpy(np.random.default_rng(0).standard_normal((3, 10), dtype=np.float32))
e = torch.from_numpy(torch.randn(3, 10).numpy())
f = torch.from_numpy(np.asarray(np.random.rand(3, 10), dtype=np.float32))
for t in (a, b, c, d, e, f):
    print(model(t).shape)
