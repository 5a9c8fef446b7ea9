import torch
import torch.nn as nn

n_inputs, hidden, dropout = 19, 32, 0.3

model = nn.Sequential(
    nn.Linear(n_inputs, hidden),
    nn.ReLU(),
    nn.Dropout(dropout),
    nn.Linear(hidden, hidden // 2),
    nn.ReLU(),
    nn.Linear(hidden // 2, 1),
)

x = torch.randn(200, n_inputs)
y = torch.randint(0, 2, (200,)).float()
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))
logits = model(x).squeeze(1)
loss = criterion(logits, y)
probs = torch.sigmoid(logits)
