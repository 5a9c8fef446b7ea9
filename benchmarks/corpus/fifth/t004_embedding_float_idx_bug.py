# Kaggle: quick bag-of-embeddings classifier
import torch
import torch.nn as nn

torch.manual_seed(42)

VOCAB = 2000
EMB = 32
SEQ_LEN = 20

model = nn.Sequential(
    nn.Embedding(VOCAB, EMB),
    nn.Flatten(),
    nn.Linear(SEQ_LEN * EMB, 64),
    nn.ReLU(),
    nn.Linear(64, 1),
    nn.Sigmoid(),
)

# token ids scaled into the vocab range
x = (torch.rand(8, SEQ_LEN) * VOCAB).floor()
print(x.shape, x.dtype)
y = model(x)
print(y.shape)
