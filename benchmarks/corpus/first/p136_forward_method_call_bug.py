import torch
import torch.nn as nn

torch.manual_seed(0)

class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))

    def forward(self, x):
        return self.body(x)

clf = Classifier()
print(clf.forward(torch.randn(2, 3, 28, 28)).shape)
