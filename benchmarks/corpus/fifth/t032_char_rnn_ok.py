import string

import torch
import torch.nn as nn

all_letters = string.ascii_letters + " .,;'"
n_letters = len(all_letters)


def line_to_tensor(line):
    t = torch.zeros(len(line), 1, n_letters)
    for i, ch in enumerate(line):
        t[i][0][all_letters.find(ch)] = 1
    return t


class CharRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size)
        self.h2o = nn.Linear(hidden_size, output_size)
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, line_tensor):
        rnn_out, hidden = self.rnn(line_tensor)
        return self.softmax(self.h2o(hidden[0]))


torch.manual_seed(0)
rnn = CharRNN(n_letters, 128, 18)
inp = line_to_tensor("Albert")
print(inp.shape)
out = rnn(inp)
print(out.shape)
