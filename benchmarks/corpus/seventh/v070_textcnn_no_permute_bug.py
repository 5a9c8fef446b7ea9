import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size, embed_dim=128, n_filters=64, kernel_sizes=(2, 3, 4), n_classes=4):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, n_filters, k) for k in kernel_sizes])
        self.fc = nn.Linear(n_filters * len(kernel_sizes), n_classes)

    def forward(self, x):
        x = self.embedding(x)
        x = [F.relu(conv(x)).max(dim=2).values for conv in self.convs]
        return self.fc(torch.cat(x, dim=1))


model = TextCNN(vocab_size=10000)
news = torch.randint(0, 10000, (16, 60))
print(model(news).shape)
