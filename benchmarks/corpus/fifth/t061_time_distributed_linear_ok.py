# Linear applied to every time step: works on (B, T, F) directly
import torch
import torch.nn as nn

torch.manual_seed(0)

tagger = nn.Sequential(
    nn.Embedding(3000, 64),
    nn.Linear(64, 64),
    nn.ReLU(),
    nn.Dropout(0.1),
    nn.Linear(64, 9),          # 9 NER tags
    nn.LogSoftmax(dim=-1),
)

sentences = torch.randint(1, 3000, (5, 17))
tags = tagger(sentences)
print(tags.shape)
