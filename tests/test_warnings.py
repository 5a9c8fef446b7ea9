"""Warnings: torch runs the model but says something is off; seqlint says so too."""

import warnings

import pytest
import torch
from torch import nn

from seqlint.pipeline import check_source
from tests.oracle import make_program


@pytest.mark.parametrize("layers, shape", [
    ("nn.Linear(4, 3), nn.Softmax()", (2, 4)),
    ("nn.Linear(4, 3), nn.LogSoftmax()", (2, 5, 4)),
    ("nn.Linear(4, 3), nn.Softmax(dim=1)", (2, 4)),
    ("nn.Softmin()", (3,)),
])
def test_implicit_softmax_dim_is_the_warning_torch_gives(layers, shape):
    source, layer_lines = make_program(layers, shape)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = eval(f"nn.Sequential({layers})", {"nn": nn})
        model(torch.randn(shape))
    torch_warns = any("Implicit dimension" in str(w.message) for w in caught)
    report = check_source(source, "example.py")
    found = [d for d in report.diagnostics if d.code == "SEQ201"]
    assert bool(found) == torch_warns
    if found:
        assert found[0].severity == "warning" and found[0].span.line == layer_lines[len(layer_lines) - 1]
