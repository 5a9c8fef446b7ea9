import torch
import torch.nn as nn


class HousePriceNet(nn.Module):
    def __init__(self, n_features=13):
        super().__init__()
        self.model = nn.Sequential(
            nn.Linear(n_features, 64),
            nn.BatchNorm1d(64),
            nn.ReLU(),
            nn.Linear(64, 32),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.Linear(32, 1),
        )

    def forward(self, x):
        return self.model(x)


net = HousePriceNet()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
X = torch.randn(64, 13)
y = torch.randn(64, 1)
for epoch in range(2):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(net(X), y)
    loss.backward()
    optimizer.step()

new_house = torch.randn(13).unsqueeze(0)
predicted_price = net(new_house)
print(predicted_price.item())
