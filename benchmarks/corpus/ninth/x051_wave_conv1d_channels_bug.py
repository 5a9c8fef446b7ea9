import torch
import torch.nn as nn

frontend = nn.Sequential(
    nn.Conv1d(1, 16, kernel_size=64, stride=8),
    nn.BatchNorm1d(16),
    nn.ReLU(),
    nn.MaxPool1d(4),
    nn.Conv1d(16, 32, kernel_size=3, padding=1),
    nn.BatchNorm1d(32),
    nn.ReLU(),
    nn.AdaptiveAvgPool1d(1),
)
classifier = nn.Linear(32, 12)

sample_rate = 16000
t = torch.arange(sample_rate) / sample_rate
clips = torch.stack([torch.sin(2 * 3.14159 * f * t) for f in (220.0, 440.0, 660.0, 880.0)])
labels = torch.tensor([0, 3, 5, 7])

feats = frontend(clips).squeeze(-1)
logits = classifier(feats)
loss = nn.CrossEntropyLoss()(logits, labels)
loss.backward()
print(loss.item())
