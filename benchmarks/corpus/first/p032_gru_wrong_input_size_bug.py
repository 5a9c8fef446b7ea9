import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.Sequential(nn.GRU(8, 32, batch_first=True))
x = torch.randn(4, 12, 6)
out, h = rnn(x)
print(out.shape)
