import torch
import torch.nn as nn


class DeepMLP(nn.Module):
    def __init__(self, in_dim, hidden_sizes, out_dim, dropout=0.2):
        super().__init__()
        self.n_hidden = len(hidden_sizes)
        for i, h in enumerate(hidden_sizes):
            self.add_module(f"fc{i}", nn.Linear(in_dim, h))
            self.add_module(f"act{i}", nn.ReLU())
            self.add_module(f"drop{i}", nn.Dropout(dropout))
        self.add_module("out", nn.Linear(hidden_sizes[-1], out_dim))

    def forward(self, x):
        for i in range(self.n_hidden):
            x = getattr(self, f"fc{i}")(x)
            x = getattr(self, f"act{i}")(x)
            x = getattr(self, f"drop{i}")(x)
        return self.out(x)


model = DeepMLP(30, [128, 64, 32], 2)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
X = torch.randn(20, 30)
y = torch.randint(0, 2, (20,))
optimizer.zero_grad()
loss = criterion(model(X), y)
loss.backward()
optimizer.step()
