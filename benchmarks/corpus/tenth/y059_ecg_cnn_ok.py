import torch
import torch.nn as nn


def ecg_features(n_leads=1, channels=(16, 32, 64)):
    layers = []
    prev = n_leads
    for ch in channels:
        layers.extend([
            nn.Conv1d(prev, ch, kernel_size=7, padding=3),
            nn.BatchNorm1d(ch),
            nn.ReLU(),
            nn.MaxPool1d(2),
        ])
        prev = ch
    return nn.Sequential(*layers), prev


features, n_feat = ecg_features(channels=(16, 32, 64))
model = nn.Sequential(
    features,
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(n_feat, 4),
)

beats = torch.randn(32, 187)
labels = torch.randint(0, 4, (32,))
logits = model(beats.unsqueeze(1))
loss = nn.CrossEntropyLoss()(logits, labels)
