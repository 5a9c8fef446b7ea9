import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(16, 16, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(16 * 8 * 8, 10),
)
model.eval()

# classify a single preprocessed 32x32 image
image = torch.rand(3, 32, 32)
with torch.no_grad():
    logits = model(image)
print(logits.argmax().item())
