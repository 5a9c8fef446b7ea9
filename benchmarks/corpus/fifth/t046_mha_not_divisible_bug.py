import torch
import torch.nn as nn

torch.manual_seed(0)

# GloVe-100 embeddings + attention pooling
EMB_DIM = 100
N_HEADS = 8


class AttnPool(nn.Module):
    def __init__(self):
        super().__init__()
        self.mha = nn.MultiheadAttention(EMB_DIM, N_HEADS, batch_first=True)
        self.query = nn.Parameter(torch.randn(1, 1, EMB_DIM))

    def forward(self, x):
        q = self.query.expand(x.size(0), -1, -1)
        out, _ = self.mha(q, x, x)
        return out.squeeze(1)


model = nn.Sequential(AttnPool(), nn.Linear(EMB_DIM, 3))
x = torch.randn(4, 30, EMB_DIM)
print(model(x).shape)
