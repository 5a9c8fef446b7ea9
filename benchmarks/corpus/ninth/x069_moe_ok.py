import torch
import torch.nn as nn
import torch.nn.functional as F


class Expert(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_in, d_hidden), nn.GELU(), nn.Linear(d_hidden, d_out))

    def forward(self, x):
        return self.net(x)


class MixtureOfExperts(nn.Module):
    def __init__(self, d_in=32, d_hidden=64, d_out=16, num_experts=4, k=2):
        super().__init__()
        self.k = k
        self.experts = nn.ModuleList([Expert(d_in, d_hidden, d_out) for _ in range(num_experts)])
        self.gate = nn.Linear(d_in, num_experts)

    def forward(self, x):
        logits = self.gate(x)
        topk_val, topk_idx = logits.topk(self.k, dim=-1)
        weights = torch.full_like(logits, float('-inf')).scatter(-1, topk_idx, topk_val)
        weights = F.softmax(weights, dim=-1)
        expert_out = torch.stack([e(x) for e in self.experts], dim=1)
        return torch.einsum('be,bed->bd', weights, expert_out)


model = nn.Sequential(MixtureOfExperts(), nn.ReLU(), nn.Linear(16, 3))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.randn(12, 32)
y = torch.arange(12) % 3
loss = F.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
