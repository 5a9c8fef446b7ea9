import torch
import torch.nn as nn

VOCAB, EMB, MAXLEN = 20000, 100, 200

model = nn.Sequential(
    nn.Embedding(VOCAB, EMB),
    nn.Conv1d(EMB, 128, kernel_size=5),
    nn.ReLU(),
    nn.AdaptiveMaxPool1d(1),
    nn.Flatten(),
    nn.Linear(128, 1),
    nn.Sigmoid(),
)

reviews = torch.randint(1, VOCAB, (32, MAXLEN))
print(model(reviews).shape)
