import torch
import torch.nn as nn
import torch.nn.functional as F


class CBOW(nn.Module):
    def __init__(self, vocab_size, embedding_dim=100):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.linear1 = nn.Linear(embedding_dim, 128)
        self.linear2 = nn.Linear(128, vocab_size)

    def forward(self, context):
        embeds = self.embeddings(context).mean(dim=1)
        out = F.relu(self.linear1(embeds))
        return F.log_softmax(self.linear2(out), dim=1)


vocab_size = 2000
window = 2
model = CBOW(vocab_size, embedding_dim=50)
context = torch.randint(0, vocab_size, (32, 2 * window))
center = torch.randint(0, vocab_size, (32,))
loss = nn.NLLLoss()(model(context), center)
loss.backward()
