# text classification with EmbeddingBag (torchtext tutorial style)
import torch
import torch.nn as nn


class TextClassificationModel(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_class):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, sparse=False)
        self.fc = nn.Linear(embed_dim, num_class)

    def forward(self, text, offsets):
        embedded = self.embedding(text, offsets)
        return self.fc(embedded)


torch.manual_seed(0)
model = TextClassificationModel(vocab_size=20000, embed_dim=64, num_class=4)
text = torch.randint(0, 20000, (57,))
offsets = torch.tensor([0, 12, 30, 41])
print(model(text, offsets).shape)
