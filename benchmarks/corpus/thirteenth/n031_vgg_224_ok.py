import torch
import torch.nn as nn

cfg = [8, "M", 16, "M", 32, 32, "M", 64, "M", 64, "M"]


def make_layers(cfg, in_channels=3):
    layers = []
    for v in cfg:
        if v == "M":
            layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
        else:
            layers += [nn.Conv2d(in_channels, v, kernel_size=3, padding=1), nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)


class MiniVGG(nn.Module):
    def __init__(self, features, num_classes=5):
        super().__init__()
        self.features = features
        self.classifier = nn.Sequential(
            nn.Linear(64 * 7 * 7, 128),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(128, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


def fake_batch(batch_size=2, image_size=224):
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    imgs = torch.rand(batch_size, 3, image_size, image_size)
    return (imgs - mean) / std, torch.randint(0, 5, (batch_size,))


model = MiniVGG(make_layers(cfg))
model.eval()
images, targets = fake_batch()
with torch.no_grad():
    logits = model(images)
    probs = logits.softmax(dim=1)
print(probs.shape, (probs.argmax(1) == targets).sum().item())
