import torch
import torch.nn as nn
import torch.nn.functional as F


class FashionMLP(nn.Module):
    def __init__(self, in_dim=784, hidden=(256, 128), n_out=10, p=0.2):
        super().__init__()
        self.layers = nn.ModuleList()
        prev = in_dim
        for h in hidden:
            self.layers.append(nn.Linear(prev, h))
            prev = h
        self.out = nn.Linear(prev, n_out)
        self.p = p

    def forward(self, x):
        for layer in self.layers:
            x = F.dropout(F.relu(layer(x)), self.p, self.training)
        return F.log_softmax(self.out(x), dim=1)


model = FashionMLP(hidden=(512, 256, 128))
images = torch.rand(128, 1, 28, 28)
labels = torch.randint(0, 10, (128,))
log_probs = model(images)
loss = F.nll_loss(log_probs, labels)
