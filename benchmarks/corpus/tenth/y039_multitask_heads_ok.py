import torch
import torch.nn as nn


class MultiTaskNet(nn.Module):
    def __init__(self, in_dim=20, shared=(128, 64), tasks=None):
        super().__init__()
        tasks = tasks or {"age": 1, "gender": 2}
        layers = []
        d = in_dim
        for h in shared:
            layers += [nn.Linear(d, h), nn.ReLU()]
            d = h
        self.trunk = nn.Sequential(*layers)
        self.heads = nn.ModuleDict({name: nn.Linear(d, n) for name, n in tasks.items()})

    def forward(self, x):
        z = self.trunk(x)
        return {name: head(z) for name, head in self.heads.items()}


model = MultiTaskNet(in_dim=30, shared=(64, 32), tasks={"age": 1, "gender": 2, "ethnicity": 5})
x = torch.randn(16, 30)
out = model(x)
loss = (nn.MSELoss()(out["age"].squeeze(1), torch.randn(16))
        + nn.CrossEntropyLoss()(out["gender"], torch.randint(0, 2, (16,)))
        + nn.CrossEntropyLoss()(out["ethnicity"], torch.randint(0, 5, (16,))))
