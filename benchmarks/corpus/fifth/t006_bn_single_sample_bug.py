# predicting house price for one new listing
import torch
import torch.nn as nn

torch.manual_seed(0)

regressor = nn.Sequential(
    nn.Linear(13, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Linear(64, 32),
    nn.BatchNorm1d(32),
    nn.ReLU(),
    nn.Linear(32, 1),
)

new_house = torch.randn(1, 13)
print("features:", new_house.shape)
price = regressor(new_house)
print("predicted price:", price.item())
