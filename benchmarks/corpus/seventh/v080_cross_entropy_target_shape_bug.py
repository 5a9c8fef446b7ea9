import numpy as np
import torch
import torch.nn as nn

rng = np.random.RandomState(0)
features = rng.randn(32, 8).astype(np.float32)
labels = rng.randint(0, 3, size=(32, 1))   # label column from the dataframe

X = torch.from_numpy(features)
y = torch.from_numpy(labels).long()

model = nn.Sequential(
    nn.Linear(8, 32),
    nn.ReLU(),
    nn.Linear(32, 3),
)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

optimizer.zero_grad()
logits = model(X)
loss = criterion(logits, y)
loss.backward()
optimizer.step()
print(loss.item())
