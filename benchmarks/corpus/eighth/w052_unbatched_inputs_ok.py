import torch
import torch.nn as nn

features = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(start_dim=0),
)
classifier = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 5))

img = torch.randn(3, 40, 40)          # a single image without batch dim
emb = features(img)
print(emb.shape)
print(classifier(emb).shape)

rnn = nn.GRU(input_size=10, hidden_size=20)
seq = torch.randn(7, 10)              # unbatched sequence (L, H_in)
out, h = rnn(seq)
print(out.shape, h.shape)

conv1d = nn.Conv1d(2, 4, kernel_size=3)
signal = torch.randn(2, 50)           # (C, L)
print(conv1d(signal).shape)
