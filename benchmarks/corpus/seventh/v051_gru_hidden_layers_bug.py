import torch
import torch.nn as nn


class EncoderGRU(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, num_layers=n_layers, batch_first=True)

    def init_hidden(self, batch_size):
        return torch.zeros(1, batch_size, self.hidden_size)

    def forward(self, src):
        hidden = self.init_hidden(src.size(0))
        embedded = self.embedding(src)
        output, hidden = self.gru(embedded, hidden)
        return output, hidden


encoder = EncoderGRU(input_size=300, hidden_size=64)
src = torch.randint(0, 300, (4, 10))
out, h = encoder(src)
print(out.shape, h.shape)
