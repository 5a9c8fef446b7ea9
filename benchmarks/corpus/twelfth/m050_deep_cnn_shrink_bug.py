import torch
import torch.nn as nn


def conv_block(in_ch, out_ch, pad=0):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=pad),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(2),
    )


class DeepCNN(nn.Module):
    def __init__(self, channels=(3, 32, 64, 128, 256), num_classes=100):
        super().__init__()
        self.features = nn.Sequential(
            *[conv_block(channels[i], channels[i + 1]) for i in range(len(channels) - 1)]
        )
        self.head = nn.Sequential(
            nn.Conv2d(channels[-1], channels[-1], kernel_size=3),
            nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
            nn.Linear(channels[-1], num_classes),
        )

    def forward(self, x):
        return self.head(self.features(x))


model = DeepCNN()
x = torch.randn(4, 3, 48, 48)
y = torch.randint(0, 100, (4,))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())
