import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnDecoderStep(nn.Module):
    def __init__(self, hidden_size, output_size):
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size * 2, hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, token, hidden, encoder_outputs):
        embedded = self.embedding(token)
        query = hidden.permute(1, 0, 2)
        scores = torch.bmm(query, encoder_outputs)
        weights = F.softmax(scores, dim=-1)
        context = torch.bmm(weights, encoder_outputs)
        rnn_in = torch.cat([embedded, context], dim=2)
        output, hidden = self.gru(rnn_in, hidden)
        return self.out(output), hidden, weights


hidden_size, vocab = 128, 3000
encoder = nn.GRU(hidden_size, hidden_size, batch_first=True)
decoder = AttnDecoderStep(hidden_size, vocab)

src_emb = torch.randn(16, 20, hidden_size)
enc_out, enc_hidden = encoder(src_emb)
token = torch.zeros(16, 1, dtype=torch.long)
logits, hidden, attn = decoder(token, enc_hidden, enc_out)
