# Named layers with OrderedDict (from a Udacity notebook), one width edited later
from collections import OrderedDict

import torch
from torch import nn

input_size = 784
hidden_sizes = [512, 256]
output_size = 10

model = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(input_size, hidden_sizes[0])),
    ('relu1', nn.ReLU()),
    ('drop1', nn.Dropout(0.2)),
    ('fc2', nn.Linear(hidden_sizes[1], 128)),
    ('relu2', nn.ReLU()),
    ('logits', nn.Linear(128, output_size)),
    ('softmax', nn.LogSoftmax(dim=1)),
]))

images = torch.randn(64, 1, 28, 28)
images = images.view(images.shape[0], -1)
ps = model(images)
print(ps.shape)
