"""``torch.einsum`` in forward: its shape rule (seqlint.propagate._einsum) against torch's on
random equations and sizes, and an attention program run under torch."""

import random
import textwrap

import pytest
import torch

from seqlint.checks import InvalidInput
from seqlint.layers.base import ShapeError
from seqlint.propagate import _einsum
from seqlint.shapes.values import Tensor
from tests.torch_run import assert_torch_agrees


def _random_case(rng: random.Random):
    labels = rng.sample("abcdijkB", rng.randint(2, 5))
    size = {label: rng.choice([1, 2, 3, 4]) for label in labels}
    terms, shapes = [], []
    for _ in range(rng.randint(1, 3)):
        term = "".join(rng.sample(labels, rng.randint(1, min(4, len(labels)))))
        shape = [size[label] if rng.random() < 0.8 else rng.choice([1, 2, 3, 5]) for label in term]
        if rng.random() < 0.1:  # a rank that does not match the subscripts
            shape.append(2)
        terms.append(term)
        shapes.append(tuple(shape))
    used = sorted(set("".join(terms)))
    rhs = "".join(rng.sample(used, rng.randint(0, len(used))))
    equation = ",".join(terms) + ("" if rng.random() < 0.3 else "->" + rhs)
    return equation, shapes


def test_einsum_rule_is_torchs():
    rng = random.Random(7)
    checked = raised = 0
    for _ in range(600):
        equation, shapes = _random_case(rng)
        try:
            want = tuple(torch.einsum(equation, *[torch.zeros(s) for s in shapes]).shape)
        except RuntimeError:
            want = None
        try:
            got = _einsum(equation, [Tensor(s) for s in shapes])
        except ShapeError as exc:
            assert exc.check is InvalidInput
            assert want is None, (equation, shapes)
            raised += 1
            continue
        if got is not None:
            assert got.shape == want, (equation, shapes)
            checked += 1
    assert checked > 200 and raised > 50


ATTENTION = """
import torch
import torch.nn as nn


class Attention(nn.Module):
    def __init__(self, dim=32, heads=4):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, dim * 3)
        self.out = nn.Linear(dim, dim)

    def forward(self, x):
        b, n, d = x.shape
        q, k, v = self.qkv(x).reshape(b, n, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        attn = torch.einsum("bhid,bhjd->bhij", q, k).softmax(dim=-1)
        out = torch.einsum({merge}, attn, v)
        return self.out(out.transpose(1, 2).reshape(b, n, d))


print(Attention()(torch.randn(2, 10, 32)).shape)
"""


@pytest.mark.parametrize("merge, flagged", [('"bhij,bhjd->bhid"', False), ('"bhij,bhdj->bhid"', True)])
def test_einsum_attention_agrees_with_torch(merge, flagged, tmp_path):
    text = textwrap.dedent(ATTENTION).lstrip("\n").format(merge=merge)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)
