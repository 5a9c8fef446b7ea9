"""An RNN's initial state made by a method of the model and handed to its forward:
``hidden = model.init_hidden(batch_size)`` then ``model(x, hidden)``, the tutorials' form.
The method is read only when it changes nothing (local names, tensors made and returned);
the instance's sizes are those its constructor call gives.  Each program runs under torch."""

import textwrap

import pytest

from tests.torch_run import assert_torch_agrees

CHAR_RNN = """
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars, embed=16, hidden=32, layers=2):
        super().__init__()
        self.hidden = hidden
        self.layers = layers
        self.embed = nn.Embedding(n_chars, embed)
        self.lstm = nn.LSTM(embed, hidden, layers{batch_first})
        self.fc = nn.Linear(hidden, n_chars)

    def init_state(self, batch_size):
        h = torch.zeros(self.layers, batch_size, self.hidden)
        c = torch.zeros(self.layers, batch_size, self.hidden)
        return h, c

    def forward(self, x, state):
        out, state = self.lstm(self.embed(x), state)
        return self.fc(out), state


model = CharRNN(40)
x = torch.randint(0, 40, (8, 25))
state = model.init_state(x.size(0))
out, state = model(x, state)
"""


@pytest.mark.parametrize("batch_first", ["", ", batch_first=True"])
def test_a_state_made_by_a_method_of_the_model(batch_first, tmp_path):
    """Without batch_first the LSTM reads (8, 25, 16) as 8 steps of a batch of 25."""
    text = textwrap.dedent(CHAR_RNN).lstrip("\n").format(batch_first=batch_first)
    assert_torch_agrees(text, str(tmp_path / "m.py"), batch_first == "")


SENTIMENT = """
import torch
import torch.nn as nn


class SentimentRNN(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim, n_layers):
        super().__init__()
        self.n_layers = n_layers
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, 1)

    def forward(self, x, hidden):
        lstm_out, hidden = self.lstm(self.embedding(x), hidden)
        return torch.sigmoid(self.fc(lstm_out[:, -1])), hidden

    def init_hidden(self, batch_size):
        '''Initializes hidden state'''
        weight = next(self.parameters()).data
        return (weight.new(self.n_layers, batch_size, self.hidden_dim).zero_(),
                weight.new(self.n_layers, batch_size, self.hidden_dim).zero_())


batch_size = 16
net = SentimentRNN(500, 32, 24, 2)
inputs = torch.randint(1, 500, ({rows}, 30))
h = net.init_hidden(batch_size)
for epoch in range(2):
    h = tuple([each.data for each in h])
    output, h = net(inputs, h)
"""


@pytest.mark.parametrize("rows", [16, 20])
def test_a_state_detached_item_by_item_in_the_training_loop(rows, tmp_path):
    """``h = tuple([each.data for each in h])`` keeps the shapes: the first pass's state is
    the one ``init_hidden`` made."""
    text = textwrap.dedent(SENTIMENT).lstrip("\n").format(rows=rows)
    assert_torch_agrees(text, str(tmp_path / "m.py"), rows != 16)


CHANGING = """
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.batch = 4
        self.gru = nn.GRU(8, 16, batch_first=True)

    def init_hidden(self, batch_size):
        self.batch = batch_size
        return torch.zeros(1, self.batch, 16)

    def forward(self, x, h):
        out, h = self.gru(x, h)
        return out


net = Net()
h = net.init_hidden({batch})
net(torch.randn(6, 5, 8), h)
"""


@pytest.mark.parametrize("batch", [6, 3])
def test_a_method_that_changes_the_instance_is_not_read(batch, tmp_path):
    """A method that sets ``self.batch`` is not read (what it does to the instance is not
    followed): nothing is claimed, whether torch raises or not."""
    from seqlint.pipeline import check_source

    text = textwrap.dedent(CHANGING).lstrip("\n").format(batch=batch)
    assert not [d for d in check_source(text, str(tmp_path / "m.py")).diagnostics if d.severity == "error"]
