import torch
from torch import nn

vocab_size, emsize, num_class = 500, 32, 4
model = nn.Sequential(
    nn.EmbeddingBag(vocab_size, emsize, mode="mean"),
    nn.Linear(emsize, num_class),
)
text = torch.randint(0, vocab_size, (8, 25))
print(model(text).shape)
