"""Flatten and Unflatten."""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, fmt
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN


def _axis(dim, rank: int):
    """torch's dim wrapping: a scalar counts as rank 1; out of range is None."""
    size = max(rank, 1)
    if not isinstance(dim, int) or isinstance(dim, bool) or not -size <= dim < size:
        return None
    return dim % size


class Flatten(Layer):
    checks_summary = "start_dim/end_dim in range and in order; keeps the factors for a Linear"
    names = ("Flatten",)
    signature = "start_dim=1, end_dim=-1"

    def forward(self, x, ctx):
        start, end = self.arg("start_dim"), self.arg("end_dim")
        if start is UNKNOWN or end is UNKNOWN:
            return x.with_shape(None)
        rank = x.rank
        lo, hi = _axis(start, rank), _axis(end, rank)
        if lo is None or hi is None:
            bad = start if lo is None else end
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"dimension {bad} is out of range for a {rank}D input {ctx.render(x)}")
        if rank == 0:
            return x.with_shape((1,))
        if lo > hi:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"start_dim {start} comes after end_dim {end} for a {rank}D input")
        if lo == hi:
            return x
        merged = x.shape[lo:hi + 1]
        factors = merged if hi == rank - 1 else None
        return x.with_shape(x.shape[:lo] + (expr.product(merged),) + x.shape[hi + 1:], factors)


class Unflatten(Layer):
    checks_summary = "dim in range, sizes multiply to its size, one -1 at most"
    names = ("Unflatten",)
    signature = "dim, unflattened_size"

    def validate(self):
        sizes = self.arg("unflattened_size")
        if sizes is not UNKNOWN and not isinstance(sizes, tuple):
            raise self.invalid("unflattened_size", "unflattened_size must be a tuple or list of ints")

    def forward(self, x, ctx):
        dim, sizes = self.arg("dim"), self.arg("unflattened_size")
        if dim is UNKNOWN or sizes is UNKNOWN:
            return x.with_shape(None)
        axis = _axis(dim, x.rank)
        if axis is None or x.rank == 0:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"dimension {dim} is out of range for a {x.rank}D input {ctx.render(x)}")
        sizes = tuple(s if isinstance(s, (int, expr.Expr)) and not isinstance(s, bool) else UNKNOWN for s in sizes)
        if not sizes:
            return x.with_shape(None)
        inferred = [i for i, s in enumerate(sizes) if isinstance(s, int) and s == -1]
        if len(inferred) > 1:
            raise ShapeError(checks.InvalidInput, self.type_name, "only one dimension can be inferred (-1)")
        size = x.shape[axis]
        known = [s for i, s in enumerate(sizes) if i not in inferred]
        if inferred:
            rest = expr.product(known)
            if isinstance(rest, int) and isinstance(ctx.resolve(size), int) and rest > 0:
                total = ctx.resolve(size)
                if total % rest:
                    raise ShapeError(checks.InvalidInput, self.type_name,
                                     f"cannot unflatten a dimension of size {total} into {fmt(sizes)}")
                sizes = tuple(total // rest if i in inferred else s for i, s in enumerate(sizes))
            else:
                sizes = tuple(UNKNOWN if i in inferred else s for i, s in enumerate(sizes))
        elif ctx.same(size, expr.product(sizes)) is False:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"sizes {fmt(sizes)} multiply to {fmt(expr.product(sizes))}, "
                             f"not the {fmt(ctx.resolve(size))} of dimension {dim} of input {ctx.render(x)}")
        return x.with_shape(x.shape[:axis] + sizes + x.shape[axis + 1:])


EXAMPLES = [
    Example("nn.Flatten()", (2, 3, 4, 5)),
    Example("nn.Flatten(0)", (2, 3, 4)),
    Example("nn.Flatten(start_dim=2)", (2, 3, 4, 5)),
    Example("nn.Flatten(1, 2)", (2, 3, 4, 5)),
    Example("nn.Flatten(2)", (2, 3)),
    Example("nn.Flatten(3)", (2, 3)),
    Example("nn.Flatten()", (5,)),
    Example("nn.Flatten(0)", ()),
    Example("nn.Flatten(-1, 0)", (2, 3)),
    Example("nn.Unflatten(1, (4, 4))", (2, 16)),
    Example("nn.Unflatten(1, (4, 4))", (2, 12)),
    Example("nn.Unflatten(-1, (2, -1))", (3, 10)),
    Example("nn.Unflatten(-1, (3, -1))", (3, 10)),
    Example("nn.Unflatten(0, [2, 5])", (10,)),
    Example("nn.Unflatten(2, (2, 2))", (3, 4)),
    Example("nn.Flatten(), nn.Unflatten(1, (3, 4, 5))", (2, 3, 4, 5)),
]
