import torch
import torch.nn as nn
import torch.nn.functional as F

INPUT_DIM = 10000
EMBEDDING_DIM = 100
N_FILTERS = 100
FILTER_SIZES = [3, 4, 5]
OUTPUT_DIM = 4   # AG News
DROPOUT = 0.5
PAD_IDX = 1
BATCH_SIZE = 32
MAX_LEN = 60


class CNN1d(nn.Module):
    def __init__(self, vocab_size, embedding_dim, n_filters, filter_sizes, output_dim,
                 dropout, pad_idx):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=pad_idx)
        self.convs = nn.ModuleList([
            nn.Conv1d(in_channels=embedding_dim, out_channels=n_filters, kernel_size=fs)
            for fs in filter_sizes
        ])
        self.fc = nn.Linear(len(filter_sizes) * n_filters, output_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, text):
        # text = [batch size, sent len]
        embedded = self.embedding(text)
        # embedded = [batch size, sent len, emb dim]
        conved = [F.relu(conv(embedded)) for conv in self.convs]
        # conved_n = [batch size, n_filters, sent len - filter_sizes[n] + 1]
        pooled = [F.max_pool1d(conv, conv.shape[2]).squeeze(2) for conv in conved]
        cat = self.dropout(torch.cat(pooled, dim=1))
        return self.fc(cat)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


model = CNN1d(INPUT_DIM, EMBEDDING_DIM, N_FILTERS, FILTER_SIZES, OUTPUT_DIM, DROPOUT, PAD_IDX)
print(f'The model has {count_parameters(model):,} trainable parameters')

optimizer = torch.optim.Adam(model.parameters())
criterion = nn.CrossEntropyLoss()

text = torch.randint(2, INPUT_DIM, (BATCH_SIZE, MAX_LEN))
label = torch.randint(0, OUTPUT_DIM, (BATCH_SIZE,))

model.train()
optimizer.zero_grad()
predictions = model(text)
loss = criterion(predictions, label)
acc = (predictions.argmax(1) == label).float().mean()
loss.backward()
optimizer.step()
print(f'\tTrain Loss: {loss.item():.3f} | Train Acc: {acc.item() * 100:.2f}%')
