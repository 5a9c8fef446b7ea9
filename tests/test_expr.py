"""The symbolic dim engine: canonical forms, floor division, and the three-way comparison."""

import pytest

from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN

H, W, C, hidden = (expr.symbol(n) for n in ("H", "W", "C", "hidden"))


def test_canonical_form_makes_equal_things_equal():
    assert expr.mul(expr.add(H, 1), 2) == expr.add(expr.mul(H, 2), 2)
    assert expr.sub(expr.add(H, W), W) == H
    assert expr.mul(H, W) == expr.mul(W, H)


@pytest.mark.parametrize("value", range(1, 40))
@pytest.mark.parametrize("den", [1, 2, 3, 4])
def test_floordiv_agrees_with_python(value, den):
    e = expr.floordiv(expr.add(expr.mul(H, 3), 5), den)
    assert expr.substitute(e, {"H": value}) == (3 * value + 5) // den


def test_conv_arithmetic_renders_in_python_syntax():
    # (H - 1) // 2 + 1 is kept in its canonical form, (H + 1) // 2
    out = expr.add(expr.floordiv(expr.sub(H, 1), 2), 1)
    assert expr.render(out) == "(H + 1) // 2"
    assert expr.render(expr.mul(expr.floordiv(H, 2), W)) == "W * (H // 2)"


@pytest.mark.parametrize("a, b, verdict", [
    (expr.mul(hidden, 2), hidden, False),  # hidden * 2 != hidden for every hidden >= 1
    (expr.mul(hidden, 7 * 7), expr.mul(expr.mul(hidden, 7), 7), True),
    (expr.mul(C, 16), 15, False),  # no integer C
    (expr.mul(C, 16), 32, None),  # C = 2 would do
    (H, W, None),
    (H, UNKNOWN, None),
    (3, 4, False),
])
def test_compare_is_sure_or_says_it_cannot_tell(a, b, verdict):
    assert expr.compare(a, b) is verdict


def test_huge_values_become_unknown():
    assert expr.mul(2**62, 2**62) is UNKNOWN


def test_floor_division_by_a_symbolic_size_is_an_atom_equal_only_to_itself():
    h, p = expr.symbol("H"), expr.symbol("patch")
    a = expr.floordiv(expr.sub(h, p), p)
    assert expr.compare(a, expr.floordiv(expr.sub(h, p), p)) is True
    assert expr.compare(a, expr.floordiv(h, p)) is None  # equal in fact, but not proven: never an error
    assert expr.render(expr.add(a, 1)) == "(H - patch) // patch + 1"
    assert expr.floordiv(0, p) == 0
