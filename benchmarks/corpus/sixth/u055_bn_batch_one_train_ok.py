# Overfitting a single example to debug the pipeline: BN with batch 1 but spatial dims
import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.Conv2d(16, 16, 3, stride=2, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(16 * 8 * 8, 4),
)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
x = torch.randn(1, 3, 16, 16)
target = torch.tensor([2])
for step in range(3):
    out = net(x)
    loss = nn.functional.cross_entropy(out, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(out.shape, round(loss.item(), 3) >= 0)

net.eval()
head = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8)).eval()
print(head(net(x)).shape)
