"""An RNN's initial state given beside its input: seqlint's check_state against torch's."""

import pytest
import torch
from torch import nn

from seqlint.layers.base import Context, ShapeError, bind
from seqlint.layers.recurrent import RNN
from seqlint.shapes.values import Tensor

CASES = [
    # (layer, constructor keywords, input shape, state shapes)
    ("GRU", dict(input_size=5, hidden_size=8, num_layers=2, batch_first=True), (3, 7, 5), [(2, 3, 8)]),
    ("GRU", dict(input_size=5, hidden_size=8, num_layers=2, batch_first=True), (3, 7, 5), [(1, 3, 8)]),
    ("GRU", dict(input_size=5, hidden_size=8, batch_first=True), (3, 7, 5), [(3, 1, 8)]),
    ("RNN", dict(input_size=5, hidden_size=8, bidirectional=True), (7, 3, 5), [(2, 3, 8)]),
    ("RNN", dict(input_size=5, hidden_size=8, bidirectional=True), (7, 3, 5), [(1, 3, 8)]),
    ("RNN", dict(input_size=5, hidden_size=8), (7, 5), [(1, 8)]),
    ("RNN", dict(input_size=5, hidden_size=8), (7, 5), [(1, 1, 8)]),
    ("RNN", dict(input_size=5, hidden_size=8), (3, 7, 5), [(1, 8)]),
    ("LSTM", dict(input_size=5, hidden_size=8, num_layers=3, batch_first=True), (4, 7, 5), [(3, 4, 8), (3, 4, 8)]),
    ("LSTM", dict(input_size=5, hidden_size=8, num_layers=3, batch_first=True), (4, 7, 5), [(3, 4, 8), (3, 4, 9)]),
    ("LSTM", dict(input_size=5, hidden_size=8, proj_size=4), (7, 4, 5), [(1, 4, 4), (1, 4, 8)]),
    ("LSTM", dict(input_size=5, hidden_size=8, proj_size=4), (7, 4, 5), [(1, 4, 8), (1, 4, 8)]),
    ("LSTM", dict(input_size=5, hidden_size=8), (7, 5), [(1, 8), (1, 8)]),
    ("LSTM", dict(input_size=5, hidden_size=8, batch_first=True), (4, 7, 5), [(4, 1, 8), (4, 1, 8)]),
]


def torch_raises(name, kwargs, x_shape, states) -> bool:
    layer = getattr(nn, name)(**kwargs)
    hx = tuple(torch.zeros(s) for s in states)
    try:
        layer(torch.randn(x_shape), hx if name == "LSTM" else hx[0])
    except RuntimeError:
        return True
    return False


def seqlint_raises(name, kwargs, x_shape, states) -> bool:
    rule = RNN(name, bind(RNN.signature_of(name), [], kwargs))
    try:
        rule.check_state(Tensor(x_shape), [Tensor(s) for s in states], Context())
    except ShapeError:
        return True
    return False


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[2]}-{c[3]}")
def test_initial_state_agrees_with_torch(case):
    assert seqlint_raises(*case) == torch_raises(*case)
