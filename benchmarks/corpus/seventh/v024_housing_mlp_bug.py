import numpy as np
import torch
import torch.nn as nn

# boston-style table: 13 features + 1 target column
data = np.random.RandomState(0).rand(100, 14).astype(np.float32)
X = torch.from_numpy(data[:, :-1])
y = torch.from_numpy(data[:, -1:])


class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.layers = nn.Sequential(*layers[:-1])

    def forward(self, x):
        return self.layers(x)


model = MLP([data.shape[1], 64, 32, 1])
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
pred = model(X)
loss = nn.functional.mse_loss(pred, y)
loss.backward()
optimizer.step()
print(loss.item())
