import torch
import torch.nn as nn

torch.manual_seed(0)

def make_mlp(in_dim, hidden_dim, out_dim):
    return nn.Sequential(
        nn.Linear(in_dim, hidden_dim),
        nn.ReLU(),
        nn.Linear(hidden_dim, out_dim),
    )

mlp = make_mlp(10, 20, 3)
print(mlp(torch.randn(7, 10)).shape)
