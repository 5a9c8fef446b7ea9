"""``out, hidden = encoder(x)``: an item of what a module class's forward returns, handed to
another instance or to a loss.  Each program is checked against torch."""

import textwrap

import pytest

from tests.torch_run import assert_torch_agrees

SEQ2SEQ = """
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional={bidirectional})

    def forward(self, x):
        out, hidden = self.gru(self.embedding(x))
        return out, hidden


class Decoder(nn.Module):
    def __init__(self, hidden, vocab, layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, x, hidden):
        out, hidden = self.gru(torch.relu(self.embedding(x)), hidden)
        return self.out(out), hidden


encoder = Encoder(100, 32)
decoder = Decoder(32, 120, layers={layers})
src = torch.randint(0, 100, (8, 10))
tgt = torch.randint(0, 120, (8, 12))
enc_out, enc_hidden = encoder(src)
logits, _ = decoder(tgt[:, :-1], enc_hidden)
"""

TOWERS = """
import torch
import torch.nn as nn


class SharedBottom(nn.Module):
    def __init__(self):
        super().__init__()
        self.shared = nn.Sequential(nn.Linear(20, 64), nn.ReLU())
        self.ctr = nn.Linear(64, 1)
        self.cvr = nn.Linear(64, 1)

    def forward(self, x):
        h = self.shared(x)
        return self.ctr(h), self.cvr(h)


model = SharedBottom()
bce = nn.BCEWithLogitsLoss()
features = torch.randn(10, 20)
clicks = torch.randint(0, 2, {target}).float()
ctr_logit, cvr_logit = model(features)
loss = bce(ctr_logit, clicks) + bce(cvr_logit, clicks)
"""

PROGRAMS = {
    "bidirectional state to a one-way decoder": (SEQ2SEQ, dict(bidirectional=True, layers=1), True),
    "bidirectional state to a two-layer decoder": (SEQ2SEQ, dict(bidirectional=True, layers=2), False),
    "one-way state to a one-way decoder": (SEQ2SEQ, dict(bidirectional=False, layers=1), False),
    "tower logits against a flat target": (TOWERS, dict(target="(10,)"), True),
    "tower logits against a column target": (TOWERS, dict(target="(10, 1)"), False),
}


@pytest.mark.parametrize("name", PROGRAMS)
def test_unpacked_outputs_agree_with_torch(name, tmp_path):
    template, fields, flagged = PROGRAMS[name]
    text = textwrap.dedent(template).lstrip("\n").format(**fields)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)
