import torch
import torch.nn as nn

# GloVe 100-d vectors as input features
EMB_DIM = 100
NUM_HEADS = 8


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.self_attn = nn.MultiheadAttention(embed_dim=EMB_DIM, num_heads=NUM_HEADS)
        self.ff = nn.Sequential(nn.Linear(EMB_DIM, 256), nn.ReLU(), nn.Linear(256, EMB_DIM))
        self.ln1 = nn.LayerNorm(EMB_DIM)
        self.ln2 = nn.LayerNorm(EMB_DIM)

    def forward(self, x):
        a, _ = self.self_attn(x, x, x)
        x = self.ln1(x + a)
        return self.ln2(x + self.ff(x))


enc = Encoder()
x = torch.randn(35, 4, EMB_DIM)    # (seq, batch, feature)
print(enc(x).shape)
