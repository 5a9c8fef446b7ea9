import torch
import torch.nn as nn

# Mel-spectrogram classifier: 64 mel bins x 101 frames (1 s of audio, 10 ms hop)
n_mels, n_frames, n_classes = 64, 101, 10

model = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3, padding=1),
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 64, kernel_size=3, padding=1),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Dropout(0.3),
    nn.Linear(64 * (n_mels // 8) * (n_frames // 8 + 1), 128),
    nn.ReLU(),
    nn.Linear(128, n_classes),
)

specs = torch.randn(8, 1, n_mels, n_frames)
logits = model(specs)
print(logits.shape)
