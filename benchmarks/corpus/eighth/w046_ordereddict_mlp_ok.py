from collections import OrderedDict

import torch
import torch.nn as nn

input_size = 784
hidden_sizes = [128, 64]
output_size = 10

model = nn.Sequential(OrderedDict([
    ("flatten", nn.Flatten()),
    ("fc1", nn.Linear(input_size, hidden_sizes[0])),
    ("relu1", nn.ReLU()),
    ("fc2", nn.Linear(hidden_sizes[0], hidden_sizes[1])),
    ("relu2", nn.ReLU()),
    ("output", nn.Linear(hidden_sizes[1], output_size)),
    ("softmax", nn.LogSoftmax(dim=1)),
]))

images = torch.randn(64, 1, 28, 28)
logps = model(images)
labels = torch.randint(0, 10, (64,))
loss = nn.NLLLoss()(logps, labels)
loss.backward()
print(model.fc1.weight.grad.shape, logps.shape)
