# char-level RNN name classifier (NLP from scratch tutorial, but with nn.RNN)
import torch
import torch.nn as nn

n_letters = 57
n_hidden = 128
n_categories = 18


class CharRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size, nonlinearity="tanh")
        self.h2o = nn.Linear(hidden_size, output_size)
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, line_tensor):
        rnn_out, hidden = self.rnn(line_tensor)
        output = self.h2o(hidden[0])
        return self.softmax(output)


rnn = CharRNN(n_letters, n_hidden, n_categories)
line = torch.zeros(6, 1, n_letters)   # seq_len=6, batch=1, one-hot letters
for i, idx in enumerate([3, 14, 20, 0, 11, 4]):
    line[i][0][idx] = 1
print(rnn(line).shape)
