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


@pytest.mark.parametrize("dims, keepdim", [((2, 3), False), ((2, 3), True), ((-1, 1), False), ((0,), True),
                                           ((1, 1), False), ((4,), False)])
def test_mean_over_several_dims_agrees_with_torch(dims, keepdim):
    step = ForwardStep("reduce", None, start_dim=dims[0], sizes=dims, keepdim=keepdim, inputs=("x",), output="y")
    x = Tensor((2, 3, 4, 5))
    try:
        mine = list(_operation(step, [x], {"x": x}).shape)
    except ShapeError:
        mine = "error"
    try:
        truth = list(torch.zeros(2, 3, 4, 5).mean(dim=dims, keepdim=keepdim).shape)
    except (RuntimeError, IndexError):
        truth = "error"
    assert mine == truth
