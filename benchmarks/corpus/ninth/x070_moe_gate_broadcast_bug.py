import torch
import torch.nn as nn


class SoftMoE(nn.Module):
    def __init__(self, input_dim, output_dim, num_experts=4):
        super().__init__()
        self.experts = nn.ModuleList(nn.Linear(input_dim, output_dim) for _ in range(num_experts))
        self.gating = nn.Sequential(nn.Linear(input_dim, num_experts), nn.Softmax(dim=1))

    def forward(self, x):
        gates = self.gating(x)
        outs = torch.stack([expert(x) for expert in self.experts], dim=1)
        return (gates * outs).sum(dim=1)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.moe = SoftMoE(10, 32, num_experts=4)
        self.out = nn.Linear(32, 1)

    def forward(self, x):
        return self.out(torch.relu(self.moe(x)))


model = Regressor()
x = torch.randn(8, 10)
y = x.sum(dim=1, keepdim=True)
loss = nn.MSELoss()(model(x), y)
loss.backward()
