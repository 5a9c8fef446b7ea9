import torch
import torch.nn as nn
import torch.nn.functional as F


class IrisNet(nn.Module):
    def __init__(self, in_features=4, h1=16, h2=12, out_features=3):
        super().__init__()
        self.fc1 = nn.Linear(in_features, h1)
        self.fc2 = nn.Linear(h1, h2)
        self.out = nn.Linear(h2, out_features)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return F.log_softmax(self.out(x), dim=1)


torch.manual_seed(41)
model = IrisNet(h1=32, h2=16)
X_train = torch.randn(120, 4)
y_train = torch.LongTensor([i % 3 for i in range(120)])
criterion = nn.NLLLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(5):
    y_pred = model(X_train)
    loss = criterion(y_pred, y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
