import torch
import torch.nn as nn

# grayscale video clips, (batch, frames, height, width)
clips = torch.rand(2, 8, 32, 32)

model = nn.Sequential(
    nn.Conv3d(1, 8, kernel_size=3, padding=1),
    nn.BatchNorm3d(8),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(8, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Linear(16, 2),
)

scores = model(clips)
print(scores.shape)
