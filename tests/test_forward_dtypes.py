"""Dtypes through element-wise operations in forward: a Python number keeps a float tensor's
dtype, but torch makes an integer tensor floating for true division, a float number and the
float functions -- which seqlint then does not guess.  Each program is checked against torch."""

import textwrap

import pytest

from seqlint.pipeline import check_source
from tests.torch_run import run_program

PROGRAM = """
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 8)

    def forward(self, x):
        scale = 255
        x = {operation}
        return self.fc(x)


net = Net()
out = net({dummy})
"""

INTEGER = "torch.randint(0, 256, (2, 16))"
FLOAT = "torch.rand(2, 16)"
CASES = [
    ("x / 255", INTEGER), ("x / scale", INTEGER), ("x * 0.5", INTEGER), ("0.5 * x", INTEGER),
    ("x * scale", INTEGER), ("torch.exp(x)", INTEGER), ("torch.sigmoid(x)", INTEGER), ("x.sigmoid()", INTEGER),
    ("x * 2", INTEGER), ("x + 1", INTEGER), ("torch.relu(x)", INTEGER), ("x.clamp(0, 10)", INTEGER),
    ("x / 255", FLOAT), ("x * 2", FLOAT), ("torch.exp(x)", FLOAT),
]


@pytest.mark.parametrize("operation,dummy", CASES, ids=[f"{o}-{'int' if d == INTEGER else 'float'}" for o, d in CASES])
def test_elementwise_dtypes_agree_with_torch(operation, dummy, tmp_path):
    text = textwrap.dedent(PROGRAM).lstrip("\n").format(operation=operation, dummy=dummy)
    path = str(tmp_path / "net.py")
    truth = run_program(text, path)
    errors = {d.span.line for d in check_source(text, path).diagnostics if d.severity == "error"}
    if truth.error is None:
        assert not errors, f"torch runs it; seqlint claims errors at {errors}"
    else:  # an integer tensor into Linear: seqlint says so where the dtype is certain
        assert errors <= {truth.error_line}
        if operation in ("x * 2", "x + 1", "torch.relu(x)", "x.clamp(0, 10)"):
            assert errors == {truth.error_line}, truth.error
