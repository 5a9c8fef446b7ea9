import torch
import torch.nn as nn

n_in = 13
widths = (64, 32, 16)

layers = []
for w in widths:
    layers += [nn.Linear(n_in, w), nn.BatchNorm1d(w), nn.ReLU()]
    n_in = w
layers.append(nn.Linear(n_in, 1))
net = nn.Sequential(*layers)

train_x = torch.randn(64, 13)
train_y = torch.randn(64, 1)
loss = nn.MSELoss()(net(train_x), train_y)
loss.backward()

net.eval()
with torch.no_grad():
    single_house = torch.randn(1, 13)
    price = net(single_house)
