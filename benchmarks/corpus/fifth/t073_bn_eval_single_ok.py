import torch
import torch.nn as nn

regressor = nn.Sequential(
    nn.Linear(13, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Linear(64, 1),
)

# pretend we trained it on batches of 32
train_batch = torch.randn(32, 13)
print("train out", regressor(train_batch).shape)

regressor.eval()
with torch.no_grad():
    one = torch.randn(1, 13)
    print("single prediction", regressor(one).shape)
