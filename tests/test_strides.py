"""Memory layout (seqlint.shapes.strides): ``out.transpose(1, 2).view(b, n, d)`` raises in
torch, ``.contiguous().view`` and ``.reshape`` do not.  The view rule is checked against
torch's own on every permutation of small tensors; the layers said to make or keep a
contiguous output, against torch; and whole attention programs, run under torch."""

import itertools
import textwrap

import pytest
import torch
from torch import nn

from seqlint.propagate import KEEPS_CONTIGUOUS, MAKES_CONTIGUOUS
from seqlint.shapes import strides
from tests.torch_run import assert_torch_agrees

SHAPES = [(2, 3, 4), (1, 3, 4), (2, 1, 4, 1), (2, 3, 4, 5), (6,), (3, 0, 2)]


def _views(total: int, rank: int):
    """Every shape of ``rank`` dims (sizes up to 6) holding ``total`` elements."""
    for sizes in itertools.product(range(1, 7), repeat=rank):
        if total and torch.Size(sizes).numel() == total:
            yield sizes


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_view_rule_is_torchs_on_every_permutation(shape):
    checked = 0
    base = torch.empty(shape)
    for order in itertools.permutations(range(len(shape))):
        x = base.permute(order)
        known = strides.permuted(strides.contiguous(shape), order)
        assert known == x.stride()
        for rank in (1, 2, 3):
            for new in _views(x.numel(), rank):
                try:
                    want = x.view(new).stride()
                except RuntimeError:
                    want = None
                assert strides.viewed(x.shape, known, new) == want, (shape, order, new)
                checked += 1
    assert checked or 0 in shape


def test_symbolic_sizes_are_not_decided():
    assert strides.viewed(("N", 4), (4, 1), (8, "N")) is strides.NOT_KNOWN


def _rank3(layer):
    return torch.randn(2, 5, 6).transpose(1, 2)  # (2, 6, 5), not contiguous


LAYERS = {
    "Linear": (lambda: nn.Linear(5, 3), _rank3),
    "Embedding": (lambda: nn.Embedding(10, 4), lambda _: torch.randint(0, 10, (3, 5)).t()),
    "Softmax": (lambda: nn.Softmax(dim=1), _rank3),
    "LogSoftmax": (lambda: nn.LogSoftmax(dim=-1), _rank3),
    "Softmin": (lambda: nn.Softmin(dim=0), _rank3),
    "LayerNorm": (lambda: nn.LayerNorm(5), _rank3),
}


@pytest.mark.parametrize("name", sorted(MAKES_CONTIGUOUS))
def test_layers_said_to_make_a_contiguous_output_do(name):
    make, given = LAYERS[name]
    x = given(None)
    assert not x.is_contiguous()
    assert make()(x).is_contiguous()


@pytest.mark.parametrize("name", sorted(KEEPS_CONTIGUOUS))
def test_layers_said_to_keep_a_contiguous_input_contiguous_do(name):
    layer = getattr(nn, name)
    module = nn.Threshold(0.1, 0.0) if name == "Threshold" else layer()
    for training in (True, False):
        module.train(training)
        assert module(torch.randn(2, 3, 4, 5)).is_contiguous()


ATTENTION = """
import math
import torch
import torch.nn as nn


class SelfAttention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.scale = (dim // heads) ** -0.5
        self.qkv = nn.Linear(dim, dim * 3)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x, mask=None):
        b, n, d = x.shape
        {split}
        scores = torch.matmul(q, k.transpose(-2, -1)) * self.scale
        if mask is not None:
            scores = scores.masked_fill(mask == 0, -1e9)
        out = torch.matmul(scores.softmax(dim=-1), v)
        out = {merge}
        return self.proj(out)


class Block(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.attn = SelfAttention(dim, heads)
        self.mlp = nn.Sequential(nn.Linear(dim, dim * 2), nn.GELU(), nn.Linear(dim * 2, dim))

    def forward(self, x):
        x = x + self.attn(x)
        return x + self.mlp(x)


block = Block({dim}, {heads})
print(block(torch.randn(2, {tokens}, {dim})).shape)
"""

SPLIT_NAMED = ("qkv = self.qkv(x).chunk(3, dim=-1)\n        "
               "q, k, v = [t.reshape(b, n, self.heads, d // self.heads).transpose(1, 2) for t in qkv]")
SPLIT_MAP = ("qkv = self.qkv(x).chunk(3, dim=-1)\n        "
             "q, k, v = map(lambda t: t.reshape(b, n, self.heads, -1).permute(0, 2, 1, 3), qkv)")

CASES = {
    # (split, merge, dim, heads, tokens, torch raises)
    "view-after-transpose": (SPLIT_NAMED, "out.transpose(1, 2).view(b, n, d)", 32, 4, 7, True),
    "view-after-transpose-map": (SPLIT_MAP, "out.transpose(1, 2).view(b, n, d)", 32, 4, 7, True),
    "view-after-permute": (SPLIT_NAMED, "out.permute(0, 2, 1, 3).view(b, -1, d)", 32, 4, 7, True),
    "contiguous-then-view": (SPLIT_NAMED, "out.transpose(1, 2).contiguous().view(b, n, d)", 32, 4, 7, False),
    "reshape": (SPLIT_MAP, "out.transpose(1, 2).reshape(b, n, d)", 32, 4, 7, False),
    "one-head": (SPLIT_NAMED, "out.transpose(1, 2).view(b, n, d)", 32, 1, 7, False),
    "one-token": (SPLIT_NAMED, "out.transpose(1, 2).view(b, n, d)", 32, 4, 1, False),
    "view-keeping-heads-apart": (SPLIT_NAMED, "out.transpose(1, 2).view(b, n, self.heads, -1).flatten(2)",
                                 32, 4, 7, False),
}


@pytest.mark.parametrize("name", CASES)
def test_attention_merge_agrees_with_torch(name, tmp_path):
    split, merge, dim, heads, tokens, flagged = CASES[name]
    text = textwrap.dedent(ATTENTION).lstrip("\n").format(split=split, merge=merge, dim=dim, heads=heads,
                                                          tokens=tokens)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


THREE_INPUTS = """
import math
import torch
import torch.nn as nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model=64, num_heads=4):
        super().__init__()
        self.h = num_heads
        self.d_k = d_model // num_heads
        self.w_q = nn.Linear(d_model, d_model)
        self.w_k = nn.Linear(d_model, d_model)
        self.w_v = nn.Linear(d_model, d_model)
        self.w_o = nn.Linear(d_model, d_model)

    def forward(self, q, k, v, mask=None):
        bs = q.size(0)
        q = self.w_q(q).view(bs, -1, self.h, self.d_k).transpose(1, 2)
        k = self.w_k(k).view(bs, -1, self.h, self.d_k).transpose(1, 2)
        v = self.w_v(v).view(bs, -1, self.h, self.d_k).transpose(1, 2)
        scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(self.d_k)
        if mask is not None:
            scores = scores.masked_fill(mask == 0, -1e9)
        out = torch.matmul(torch.softmax(scores, dim=-1), v)
        out = out.transpose(1, 2){merge}.view(bs, -1, self.h * self.d_k)
        return self.w_o(out)


class EncoderLayer(nn.Module):
    def __init__(self, d_model=64, heads=4):
        super().__init__()
        self.attn = MultiHeadAttention(d_model, heads)
        self.norm = nn.LayerNorm(d_model)

    def forward(self, x):
        return self.norm(x + self.attn(x, x, x))


print(EncoderLayer()(torch.randn(2, 10, 64)).shape)
"""


@pytest.mark.parametrize("merge", ["", ".contiguous()"])
def test_a_forward_of_several_inputs_with_an_if_on_a_mask(merge, tmp_path):
    """``self.attn(x, x, x)``, its forward's ``if mask is not None`` read both ways."""
    text = textwrap.dedent(THREE_INPUTS).lstrip("\n").format(merge=merge)
    assert_torch_agrees(text, str(tmp_path / "m.py"), merge == "")


CONV_TO_RNN = """
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.proj = nn.Linear(16 * 8, 32)
        self.out = nn.Linear(32, 10)

    def forward(self, x):
        x = self.cnn(x)
        b, c, h, w = x.size()
        x = x.permute(0, 3, 1, 2).{merge}(b, w, c * h)
        x = self.proj(x)
        x = x.transpose(0, 1).{merge}(w * b, -1)
        return self.out(x)


print(CRNN()(torch.randn(2, 1, 16, 40)).shape)
"""


@pytest.mark.parametrize("merge", ["view", "reshape"])
def test_a_permuted_linear_output_viewed(merge, tmp_path):
    """A convolution's layout is not followed (its output may be channels-last); a Linear's
    output is contiguous whatever it is given, so the second view is decided."""
    text = textwrap.dedent(CONV_TO_RNN).lstrip("\n").format(merge=merge)
    assert_torch_agrees(text, str(tmp_path / "m.py"), merge == "view")
