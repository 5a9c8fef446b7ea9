from collections import OrderedDict

import torch
import torch.nn as nn

model = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(4, 16)),
    ('relu1', nn.ReLU()),
    ('fc2', nn.Linear(16, 16)),
    ('relu2', nn.ReLU()),
    ('output', nn.Linear(16, 3)),
    ('logsoftmax', nn.LogSoftmax(dim=1)),
]))

# iris-like toy data: 3 clusters in 4-D
centers = torch.tensor([[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.5, 2.0]])
offsets = torch.linspace(-0.3, 0.3, 10).unsqueeze(1).repeat(1, 4)
X = torch.cat([c + offsets for c in centers])
y = torch.arange(3).repeat_interleave(10)

criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(5):
    optimizer.zero_grad()
    output = model(X)
    loss = criterion(output, y)
    loss.backward()
    optimizer.step()

print(model.fc1.weight.shape, loss.item())
print((model(X).argmax(1) == y).float().mean().item())
