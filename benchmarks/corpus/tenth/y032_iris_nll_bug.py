import torch
import torch.nn as nn

features = torch.randn(150, 4)
species = torch.tensor([0.0, 1.0, 2.0] * 50)

X_train, y_train = features[:120], species[:120]
X_test, y_test = features[120:], species[120:]

model = nn.Sequential(
    nn.Linear(4, 25),
    nn.ReLU(),
    nn.Linear(25, 30),
    nn.ReLU(),
    nn.Linear(30, 3),
    nn.LogSoftmax(dim=1),
)
criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)

for epoch in range(3):
    optimizer.zero_grad()
    out = model(X_train)
    loss = criterion(out, y_train)
    loss.backward()
    optimizer.step()
