import torch
import torch.nn as nn

config = {"in_channels": 1, "base_width": 16, "n_blocks": 3, "num_classes": 10}


def conv_block(cin, cout):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(2),
    )


class DeepPoolNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        blocks, cin = [], cfg["in_channels"]
        for i in range(cfg["n_blocks"]):
            cout = cfg["base_width"] * 2 ** i
            blocks.append(conv_block(cin, cout))
            cin = cout
        self.blocks = nn.Sequential(*blocks)
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(cin, cfg["num_classes"])

    def forward(self, x):
        x = self.blocks(x)
        x = self.pool(x).view(x.size(0), -1)
        return self.fc(x)


model = DeepPoolNet(config)
x = torch.randn(16, 1, 28, 28)
y = torch.randint(0, 10, (16,))
optim = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(2):
    optim.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optim.step()
    print(epoch, loss.item())
