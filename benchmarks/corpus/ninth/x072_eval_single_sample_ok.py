import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Linear(8, 32),
    nn.BatchNorm1d(32),
    nn.ReLU(),
    nn.Dropout(0.2),
    nn.Linear(32, 16),
    nn.BatchNorm1d(16),
    nn.ReLU(),
    nn.Linear(16, 2),
)
optimizer = torch.optim.RMSprop(net.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
X = torch.randn(40, 8)
y = (X[:, 0] > 0).long()
for epoch in range(3):
    net.train()
    for i in range(0, 40, 10):
        optimizer.zero_grad()
        loss = criterion(net(X[i:i + 10]), y[i:i + 10])
        loss.backward()
        optimizer.step()

net.eval()
with torch.no_grad():
    patient = torch.randn(1, 8)
    probs = torch.softmax(net(patient), dim=1)
print(probs)
