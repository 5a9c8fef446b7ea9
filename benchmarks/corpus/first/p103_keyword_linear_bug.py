import torch
import torch.nn as nn

torch.manual_seed(0)
INPUT_DIM = 30
model = nn.Sequential(
    nn.Linear(in_features=INPUT_DIM, out_features=100, bias=False),
    nn.LeakyReLU(negative_slope=0.01),
    nn.Linear(in_features=50, out_features=1),
)
print(model(torch.ones(4, INPUT_DIM)).shape)
