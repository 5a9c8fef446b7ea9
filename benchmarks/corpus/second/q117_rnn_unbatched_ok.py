import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh())
rnn = nn.RNN(8, 16, nonlinearity="relu")
seq = torch.randn(12, 4)         # unbatched sequence (L, H_in)
out, h = rnn(model(seq))
print(out.shape, h.shape)
