"""a @ b, torch.mm and torch.bmm in a forward (propagate._matmul) against torch."""

import itertools

import pytest
import torch

from seqlint.layers.base import ShapeError
from seqlint.propagate import _matmul
from seqlint.shapes.values import Tensor

SHAPES = [(3,), (4,), (2, 3), (3, 4), (4, 3), (5, 3, 4), (5, 4, 2), (1, 3, 4), (2, 5, 4, 3), (7, 4, 3)]
HOW = {"matmul": torch.matmul, "mm": torch.mm, "bmm": torch.bmm}


def torch_shape(how, a, b):
    try:
        return list(HOW[how](torch.randn(a), torch.randn(b)).shape)
    except RuntimeError:
        return "error"


def seqlint_shape(how, a, b):
    try:
        out = _matmul(Tensor(a), Tensor(b), how)
    except ShapeError:
        return "error"
    return None if out is None else list(out.shape)


@pytest.mark.parametrize("how, a, b", [(h, a, b) for h in HOW for a, b in itertools.product(SHAPES, SHAPES)])
def test_matmul_agrees_with_torch(how, a, b):
    assert seqlint_shape(how, a, b) == torch_shape(how, a, b)
