import torch
import torch.nn as nn
import torch.nn.functional as F

num_classes = 10
hidden = 256

model = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2, 2),
    nn.Conv2d(16, 32, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2, 2),
    nn.Flatten(),
    nn.Linear(32 * 7 * 7, hidden),
    nn.ReLU(),
    nn.Dropout(0.25),
    nn.Linear(hidden, num_classes),
)

if __name__ == "__main__":
    torch.manual_seed(0)
    images = torch.randn(64, 1, 28, 28)
    labels = torch.randint(0, 10, (64,))
    logits = model(images)
    loss = F.cross_entropy(logits, labels)
    loss.backward()
