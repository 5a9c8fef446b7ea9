import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.Sequential(nn.GRU(input_size=3, hidden_size=16, num_layers=2, batch_first=True))
x = torch.randn(5, 24, 3)
out, h = gru(x)
print(out.shape, h.shape)
