import torch
import torch.nn as nn


class KimCNN(nn.Module):
    def __init__(self, vocab_size, embed_dim=300, num_filters=64, kernel_sizes=(3, 4, 5), num_classes=5):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.branches = nn.ModuleList([
            nn.Sequential(
                nn.Conv1d(embed_dim, num_filters, k),
                nn.ReLU(),
                nn.AdaptiveMaxPool1d(1),
            )
            for k in kernel_sizes
        ])
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, x):
        x = self.embed(x)
        feats = [branch(x).squeeze(-1) for branch in self.branches]
        return self.fc(torch.cat(feats, dim=1))


model = KimCNN(vocab_size=12000, embed_dim=200)
reviews = torch.randint(0, 12000, (16, 120))
ratings = torch.randint(0, 5, (16,))
loss = nn.CrossEntropyLoss()(model(reviews), ratings)
