import torch
import torch.nn as nn


def build_model(num_classes: int = 10) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, stride=2, padding=1),
        nn.ReLU(),
        nn.Conv2d(16, 32, 3, stride=2, padding=1),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(32, num_classes),
    )


if __name__ == "__main__":
    torch.manual_seed(0)
    model = build_model()
    x = torch.randn(2, 3, 64, 64)
    print(model(x).shape)
