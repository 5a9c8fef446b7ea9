import torch
import torch.nn as nn

n_letters = 57
n_hidden = 128
n_categories = 18


class CharRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size)
        self.h2o = nn.Linear(hidden_size, output_size)
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, line_tensor):
        rnn_out, hidden = self.rnn(line_tensor)
        return self.softmax(self.h2o(hidden))


def line_to_tensor(line):
    t = torch.zeros(len(line), n_letters)
    for i, ch in enumerate(line):
        t[i][min(ord(ch.lower()) - ord("a"), n_letters - 1)] = 1
    return t


rnn = CharRNN(n_letters, n_hidden, n_categories)
name = line_to_tensor("albert")
print(name.shape)
output = rnn(name)
print(output.shape, output.argmax(1))
