# trying fp16 inference to save memory (on the CPU laptop)
import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(16 * 8 * 8, 10),
).half()

x = torch.randn(2, 3, 16, 16).half()
with torch.no_grad():
    y = model(x)
print(y.shape, y.dtype)
