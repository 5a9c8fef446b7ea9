import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.gru(self.embedding(x))


class DecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size):
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, decoder_input, hidden, max_len):
        outputs = []
        for _ in range(max_len):
            emb = torch.relu(self.embedding(decoder_input))
            output, hidden = self.gru(emb, hidden)
            logits = self.out(output)
            outputs.append(logits)
            decoder_input = logits.argmax(-1).detach()
        return torch.cat(outputs, dim=1), hidden


SOS = 0
enc = EncoderRNN(50, 64)
dec = DecoderRNN(64, 40)
src = torch.randint(1, 50, (4, 10))
enc_out, enc_hidden = enc(src)
start = torch.full((4, 1), SOS, dtype=torch.long)
dec_out, _ = dec(start, enc_hidden, max_len=8)
print(dec_out.shape)
