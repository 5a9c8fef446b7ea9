import torch
import torch.nn as nn

def build(in_ch: int = 3, n_classes: int = 7) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(in_ch, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        nn.Linear(32, n_classes),
    )

def main():
    model = build(in_ch=1)
    x = torch.randn(8, 1, 48, 48)
    print(model(x).shape)

if __name__ == "__main__":
    main()
