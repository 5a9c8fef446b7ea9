import torch
import torch.nn as nn
from collections import OrderedDict

model = nn.Sequential(OrderedDict([
    ("conv1", nn.Conv2d(1, 10, kernel_size=5)),     # 24x24
    ("pool1", nn.MaxPool2d(2)),                     # 12x12
    ("relu1", nn.ReLU()),
    ("conv2", nn.Conv2d(10, 20, kernel_size=5)),    # 8x8
    ("drop2", nn.Dropout2d()),
    ("relu2", nn.ReLU()),
    ("flatten", nn.Flatten()),
    ("fc1", nn.Linear(320, 50)),
    ("relu3", nn.ReLU()),
    ("fc2", nn.Linear(50, 10)),
    ("logsoftmax", nn.LogSoftmax(dim=1)),
]))

optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
data = torch.randn(64, 1, 28, 28)
target = torch.randint(0, 10, (64,))

model.train()
optimizer.zero_grad()
output = model(data)
loss = nn.functional.nll_loss(output, target)
loss.backward()
optimizer.step()
print("train loss", loss.item())

model.eval()
with torch.no_grad():
    pred = model(data).argmax(dim=1, keepdim=True)
    correct = pred.eq(target.view_as(pred)).sum().item()
print("correct", correct)
