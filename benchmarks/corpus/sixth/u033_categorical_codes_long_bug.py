# Kaggle tabular: label-encoded categorical columns fed straight into an MLP
import torch
import torch.nn as nn

n_rows, n_cols = 64, 12
X = torch.randint(0, 5, (n_rows, n_cols))
y = torch.randint(0, 2, (n_rows,))

model = nn.Sequential(
    nn.Linear(n_cols, 32),
    nn.ReLU(),
    nn.Linear(32, 16),
    nn.ReLU(),
    nn.Linear(16, 2),
)

logits = model(X)
loss = nn.CrossEntropyLoss()(logits, y)
print(logits.shape, loss.item())
