import torch
import torch.nn as nn

CONFIG = {
    "in_channels": 1,          # copied from the MNIST notebook
    "num_classes": 10,
    "widths": [32, 64],
    "dropout": 0.25,
}


class SimpleCNN(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        c = cfg["in_channels"]
        blocks = []
        for w in cfg["widths"]:
            blocks += [nn.Conv2d(c, w, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)]
            c = w
        self.features = nn.Sequential(*blocks)
        self.classifier = nn.Sequential(
            nn.Flatten(), nn.Dropout(cfg["dropout"]), nn.Linear(c * 8 * 8, cfg["num_classes"])
        )

    def forward(self, x):
        return self.classifier(self.features(x))


def main():
    model = SimpleCNN(CONFIG)
    cifar_batch = torch.randn(32, 3, 32, 32)
    print(model(cifar_batch).shape)


if __name__ == "__main__":
    main()
