"""chunk, split, unbind and unfold (seqlint.layers.tensor_ops) against torch: each rule on
its own over many shapes and arguments, then in a forward, program against program."""

import itertools

import pytest
import torch

from seqlint.layers.base import Context, ShapeError, bind
from seqlint.layers.tensor_ops import Chunk, Split, Unbind, Unfold
from seqlint.shapes.values import Tensor, TupleValue
from tests.test_forward_flow import agree

RULES = {"chunk": Chunk, "split": Split, "unbind": Unbind, "unfold": Unfold}


def torch_outcome(name, shape, args):
    try:
        out = getattr(torch.zeros(shape), name)(*args)
    except (RuntimeError, IndexError):
        return "error"
    return [list(t.shape) for t in out] if isinstance(out, tuple) else list(out.shape)


def seqlint_outcome(name, shape, args):
    rule = RULES[name](name, bind(RULES[name].signature, list(args), {}))
    try:
        out = rule.forward(Tensor(shape), Context())
    except ShapeError:
        return "error"
    if isinstance(out, TupleValue):
        return [list(t.shape) for t in out.items]
    return None if out.shape is None else list(out.shape)


SHAPES = [(6,), (2, 5), (3, 0, 4), (4, 7, 2), ()]
CASES = (
    [("chunk", s, a) for s, a in itertools.product(SHAPES, [(1,), (2,), (3, 1), (4, -1), (0,), (6, 1), (2, 3),
                                                             (5, -3)])]
    + [("split", s, a) for s, a in itertools.product(SHAPES, [(2,), (3, 1), (5, -1), (0, 1), (-1,), ([2, 3], 1),
                                                             ([1, 1], -1), ([6],), ([7, -1], 1), ([0, 5], 1)])]
    + [("unbind", s, a) for s, a in itertools.product(SHAPES, [(), (0,), (1,), (-1,), (2,), (3,)])]
    + [("unfold", s, a) for s, a in itertools.product(SHAPES, [(0, 2, 1), (1, 5, 1), (1, 6, 1), (-1, 2, 2),
                                                             (1, 0, 1), (1, 2, 0), (0, -1, 1), (3, 1, 1),
                                                             (0, 1, 1)])]
)


@pytest.mark.parametrize("name, shape, args", CASES, ids=str)
def test_tensor_operations_agree_with_torch(name, shape, args):
    mine = seqlint_outcome(name, shape, args)
    if mine is not None:  # None: not known, never a guess
        assert mine == torch_outcome(name, shape, args)


def test_sizes_not_known_leave_the_pieces_unknown():
    from seqlint.shapes import expr

    n = expr.symbol("N")
    rule = Chunk("chunk", bind(Chunk.signature, [2, 0], {}))
    assert rule.forward(Tensor((n, 4)), Context()).shape is None
    halves = Chunk("chunk", bind(Chunk.signature, [2, 1], {})).forward(Tensor((n, 4)), Context())
    assert [t.shape for t in halves.items] == [(n, 2), (n, 2)]


GLU = """
class Gated(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 16)
        self.out = nn.Linear({width}, 2)

    def forward(self, x):
        a, b = self.proj(x).chunk(2, dim=-1)
        return self.out(a * torch.sigmoid(b))


Gated()(torch.randn(3, 8))
"""


@pytest.mark.parametrize("width, bug", [(8, False), (16, True)])
def test_chunk_in_forward(width, bug):
    agree(GLU.format(width=width), bug)


SPLIT = """
class Heads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(6, 10)
        self.a = nn.Linear(4, 1)
        self.b = nn.Linear(6, 1)

    def forward(self, x):
        first, second = torch.split(self.body(x), {sections}, dim=1)
        return self.a(first) + self.b(second)


Heads()(torch.randn(5, 6))
"""


@pytest.mark.parametrize("sections, bug", [("[4, 6]", False), ("[6, 4]", True), ("[4, 5]", True)])
def test_split_in_forward(sections, bug):
    agree(SPLIT.format(sections=sections), bug)


UNBIND = """
class Steps(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.Linear({width}, 3)

    def forward(self, x):
        first, second, third = x.unbind(1)
        return self.cell(first) + self.cell(third)


Steps()(torch.randn(2, 3, 5))
"""


@pytest.mark.parametrize("width, bug", [(5, False), (3, True)])
def test_unbind_in_forward(width, bug):
    agree(UNBIND.format(width=width), bug)


UNFOLD = """
class Patches(nn.Module):
    def __init__(self, patch=7, dim=16):
        super().__init__()
        self.patch = patch
        self.embed = nn.Linear({features}, dim)

    def forward(self, img):
        p = self.patch
        b, c, h, w = img.shape
        x = img.unfold(2, p, p).unfold(3, p, p)
        x = x.permute(0, 2, 3, 1, 4, 5).reshape(b, -1, c * p * p)
        return self.embed(x)


Patches({args})(torch.randn(2, 3, 28, 28))
"""


@pytest.mark.parametrize("features, args, bug", [(147, "", False), (49, "", True), (3 * 900, "patch=30", True)])
def test_unfold_in_forward(features, args, bug):
    agree(UNFOLD.format(features=features, args=args), bug)
