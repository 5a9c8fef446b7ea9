import torch
import torch.nn as nn

# vocabulary: 0=<pad>, 1..9 = words; I sized the embedding to 10 but my tokenizer also emits <unk>=10
vocab = 10
model = nn.Sequential(
    nn.Embedding(vocab, 16),
    nn.Flatten(),
    nn.Linear(16 * 5, 2),
)

batch = torch.tensor([[1, 4, 2, 9, 0],
                      [3, 10, 7, 0, 0]])
print(model(batch).shape)
