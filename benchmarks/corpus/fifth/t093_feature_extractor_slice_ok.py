import torch
import torch.nn as nn

backbone = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(64, 128, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(128, 10),
)

x = torch.randn(2, 3, 64, 64)
print("logits", backbone(x).shape)
features = nn.Sequential(*list(backbone.children())[:-1])
emb = features(x)
print("embeddings", emb.shape)
mid = backbone[:6](x)
print("mid", mid.shape)
