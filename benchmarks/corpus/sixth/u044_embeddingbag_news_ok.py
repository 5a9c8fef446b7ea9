# torchtext-tutorial style text classifier with EmbeddingBag + offsets
import torch
import torch.nn as nn


class TextClassificationModel(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_class):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, mode="mean")
        self.fc = nn.Linear(embed_dim, num_class)

    def forward(self, text, offsets):
        return self.fc(self.embedding(text, offsets))


model = TextClassificationModel(vocab_size=95811, embed_dim=64, num_class=4)
docs = [[4, 19, 7, 301], [88, 2, 2, 1024, 5], [17, 3]]
text = torch.tensor([tok for d in docs for tok in d])
offsets = torch.tensor([0, 4, 9])
print(model(text, offsets).shape)
