"""x.repeat(...) and x.expand(...) in a forward (propagate._operation) against torch."""

import itertools

import pytest
import torch

from seqlint.extract.spec import ForwardStep
from seqlint.layers.base import ShapeError
from seqlint.propagate import _operation
from seqlint.shapes.values import Tensor

SHAPES = [(1, 1, 8), (2, 1, 8), (3,), (1, 4), (2, 3)]
SIZES = [(2, 1, 1), (4, -1, -1), (2, 3, 8), (5, 2, 1, 8), (3,), (2, 4), (-1, 4), (1, 1), (3, 2, 3), (0, 1, 1)]


def torch_shape(kind, shape, sizes):
    try:
        return list(getattr(torch.zeros(shape), kind)(*sizes).shape)
    except RuntimeError:
        return "error"


def seqlint_shape(kind, shape, sizes):
    step = ForwardStep(kind, None, sizes=sizes, inputs=("x",), output="y")
    try:
        out = _operation(step, [Tensor(shape)], {"x": Tensor(shape)})
    except ShapeError:
        return "error"
    return None if out is None else list(out.shape)


@pytest.mark.parametrize("kind, shape, sizes",
                         [(k, s, z) for k in ("repeat", "expand") for s, z in itertools.product(SHAPES, SIZES)])
def test_repeat_and_expand_agree_with_torch(kind, shape, sizes):
    assert seqlint_shape(kind, shape, sizes) == torch_shape(kind, shape, sizes)
