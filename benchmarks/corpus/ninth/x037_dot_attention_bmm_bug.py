import torch
import torch.nn as nn
import torch.nn.functional as F


class LuongAttnDecoder(nn.Module):
    def __init__(self, hidden_size, output_size):
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, batch_first=True)
        self.concat = nn.Linear(hidden_size * 2, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, input_step, last_hidden, encoder_outputs):
        embedded = self.embedding(input_step)
        rnn_output, hidden = self.gru(embedded, last_hidden)
        rnn_output = rnn_output.squeeze(1)
        scores = torch.bmm(encoder_outputs, rnn_output)
        attn_weights = F.softmax(scores, dim=1)
        context = torch.bmm(attn_weights.transpose(1, 2), encoder_outputs).squeeze(1)
        concat_output = torch.tanh(self.concat(torch.cat((rnn_output, context), 1)))
        return F.softmax(self.out(concat_output), dim=1), hidden


hidden_size, vocab, batch = 32, 25, 4
decoder = LuongAttnDecoder(hidden_size, vocab)
encoder_outputs = torch.randn(batch, 9, hidden_size)
decoder_hidden = torch.zeros(1, batch, hidden_size)
decoder_input = torch.ones(batch, 1, dtype=torch.long)
probs, decoder_hidden = decoder(decoder_input, decoder_hidden, encoder_outputs)
print(probs.shape)
