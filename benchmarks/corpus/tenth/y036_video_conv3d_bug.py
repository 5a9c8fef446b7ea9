import torch
import torch.nn as nn

frames, height, width = 16, 64, 64

model = nn.Sequential(
    nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=1),
    nn.BatchNorm3d(16),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=1),
    nn.BatchNorm3d(32),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(32, 64, kernel_size=(3, 3, 3), padding=1),
    nn.BatchNorm3d(64),
    nn.ReLU(),
    nn.MaxPool3d((1, 2, 2)),
    nn.Flatten(),
    nn.Linear(64 * (frames // 8) * (height // 8) * (width // 8), 128),
    nn.ReLU(),
    nn.Linear(128, 5),
)

videos = torch.randn(2, 3, frames, height, width)
actions = torch.randint(0, 5, (2,))
loss = nn.CrossEntropyLoss()(model(videos), actions)
