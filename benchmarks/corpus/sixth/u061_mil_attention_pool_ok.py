# Attention-based deep MIL (Ilse et al. 2018) on a bag of 24 instances
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttentionMIL(nn.Module):
    def __init__(self, L=500, D=128):
        super().__init__()
        self.feature_extractor = nn.Sequential(
            nn.Conv2d(1, 20, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(20, 50, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
        )
        self.fc = nn.Sequential(nn.Linear(50 * 4 * 4, L), nn.ReLU())
        self.attention = nn.Sequential(nn.Linear(L, D), nn.Tanh(), nn.Linear(D, 1))
        self.classifier = nn.Sequential(nn.Linear(L, 1), nn.Sigmoid())

    def forward(self, bag):
        x = bag.squeeze(0)
        H = self.fc(self.feature_extractor(x).view(-1, 50 * 4 * 4))
        A = F.softmax(self.attention(H).transpose(1, 0), dim=1)
        M = torch.mm(A, H)
        return self.classifier(M), A


model = AttentionMIL()
bag = torch.randn(1, 24, 1, 28, 28)
prob, att = model(bag)
print(prob.shape, att.shape)
