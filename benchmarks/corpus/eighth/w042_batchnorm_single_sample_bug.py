import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(13, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Linear(64, 32),
    nn.BatchNorm1d(32),
    nn.ReLU(),
    nn.Linear(32, 1),
)

# Boston-housing style regression: predict price for one new house
new_house = torch.randn(1, 13)
price = model(new_house)
print(price.item())
