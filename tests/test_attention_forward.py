"""MultiheadAttention called with query, key and value: seqlint's attend against torch."""

import pytest
import torch
from torch import nn

from seqlint.layers.base import Context, ShapeError, bind
from seqlint.layers.multi_input import MultiheadAttention
from seqlint.shapes.values import Tensor

CASES = [
    # (constructor keywords, query, key, value, forward keywords)
    (dict(embed_dim=16, num_heads=4), (5, 2, 16), (7, 2, 16), (7, 2, 16), {}),
    (dict(embed_dim=16, num_heads=4, batch_first=True), (2, 5, 16), (2, 7, 16), (2, 7, 16), {}),
    (dict(embed_dim=16, num_heads=4, batch_first=True), (2, 5, 16), (2, 7, 16), (2, 7, 16),
     dict(average_attn_weights=False)),
    (dict(embed_dim=16, num_heads=4, batch_first=True), (2, 5, 16), (2, 7, 16), (2, 7, 16), dict(need_weights=False)),
    (dict(embed_dim=16, num_heads=4), (5, 16), (7, 16), (7, 16), {}),
    (dict(embed_dim=16, num_heads=4), (5, 16), (7, 16), (7, 16), dict(average_attn_weights=False)),
    (dict(embed_dim=16, num_heads=4), (5, 2, 16), (7, 2, 16), (7, 16), {}),
    (dict(embed_dim=16, num_heads=4), (5, 2, 12), (7, 2, 16), (7, 2, 16), {}),
    (dict(embed_dim=16, num_heads=4), (5, 2, 16), (7, 2, 24), (7, 2, 24), {}),
    (dict(embed_dim=16, num_heads=4, kdim=24, vdim=24), (5, 2, 16), (7, 2, 24), (7, 2, 24), {}),
    (dict(embed_dim=16, num_heads=4, kdim=24, vdim=8), (5, 2, 16), (7, 2, 24), (7, 2, 8), {}),
    (dict(embed_dim=16, num_heads=4, kdim=24, vdim=24), (5, 2, 16), (7, 2, 24), (6, 2, 24), {}),
    (dict(embed_dim=16, num_heads=4, kdim=24), (5, 2, 16), (7, 2, 24), (7, 2, 20), {}),
    (dict(embed_dim=16, num_heads=4), (5, 2, 16), (7, 3, 16), (7, 3, 16), {}),
    (dict(embed_dim=16, num_heads=4, batch_first=True), (2, 5, 16), (3, 5, 16), (3, 5, 16), {}),
    (dict(embed_dim=16, num_heads=4), (5, 2, 16), (7, 2, 16), (8, 2, 16), {}),
]


def torch_outcome(kwargs, q, k, v, call):
    attn = nn.MultiheadAttention(**kwargs)
    key = torch.randn(k)
    value = key if k == v else torch.randn(v)
    try:
        out, weights = attn(torch.randn(q), key, value, **call)
    except (RuntimeError, AssertionError):
        return "error"
    return list(out.shape), None if weights is None else list(weights.shape)


def seqlint_outcome(kwargs, q, k, v, call):
    rule = MultiheadAttention("MultiheadAttention", bind(MultiheadAttention.signature, [], kwargs))
    try:
        result = rule.attend(Tensor(q), Tensor(k), Tensor(v), Context(),
                             need_weights=call.get("need_weights", True),
                             average=call.get("average_attn_weights", True))
    except ShapeError:
        return "error"
    out, weights = result.items
    return list(out.shape), None if weights.shape is None else list(weights.shape)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[1]}-{c[2]}-{c[3]}")
def test_attention_agrees_with_torch(case):
    assert seqlint_outcome(*case) == torch_outcome(*case)
