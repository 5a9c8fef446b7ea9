import torch
import torch.nn as nn


class AudioCNN(nn.Module):
    def __init__(self, n_mels=64, num_classes=8):
        super().__init__()

        def block(cin, cout):
            return nn.Sequential(
                nn.Conv2d(cin, cout, 3, padding=1),
                nn.BatchNorm2d(cout),
                nn.ReLU(),
                nn.MaxPool2d(2),
                nn.Dropout(0.1),
            )

        self.features = nn.Sequential(block(1, 16), block(16, 32), block(32, 64), block(64, 64))
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(64, num_classes)

    def forward(self, spec):
        x = self.features(spec)
        x = self.pool(x)
        x = x.reshape(x.shape[0], -1)
        return self.fc(x)


def fake_logmel(batch, n_mels=64, frames=101):
    freqs = torch.linspace(0, 1, n_mels).view(1, 1, n_mels, 1)
    times = torch.linspace(0, 1, frames).view(1, 1, 1, frames)
    base = torch.log1p(torch.exp(-(freqs - times) ** 2 * 20))
    return base.repeat(batch, 1, 1, 1)


model = AudioCNN()
spec = fake_logmel(6)
labels = torch.tensor([0, 1, 2, 3, 4, 5])
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
loss = nn.CrossEntropyLoss()(model(spec), labels)
opt.zero_grad()
loss.backward()
opt.step()
print(spec.shape, loss.item())
