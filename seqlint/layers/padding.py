"""Padding layers: ZeroPad, ConstantPad, ReflectionPad, ReplicationPad and CircularPad, 1d to 3d.

Every one of them calls ``F.pad``.  The padding is (left, right, top, bottom, front, back): the
last dim first.  An int is repeated for the 2, 4 or 6 values the class name says, but a tuple
is kept as written, so ``ZeroPad2d((1, 1))`` pads only the last dim and ``ReflectionPad1d`` of
four values pads two.  What torch then checks depends on the mode:

* constant: any rank with at least one dim per pair; negative padding crops, and cropping
  more than the whole dim raises (an output size of 0 is fine);
* reflect, replicate: 2, 4 or 6 values on a 2D/3D, 3D/4D or 4D/5D input (the kernels for
  1, 2 and 3 dims); no empty dim but the batch; a 1-dim output must be >= 1, a 2- or 3-dim
  one needs all sizes >= 0 and one of them >= 1 (torch checks ``w >= 1 || h >= 1``); reflect
  padding must be smaller than the dim it pads;
* circular: the class's own ranks (2D/3D for CircularPad1d, ...) and the kernel's; padding
  at most the dim's size, output >= 0, and a copy whose slices must fit when negative padding
  crops past the input (simulated exactly for known sizes).
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, fmt
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Expr

MODES = {
    "ZeroPad": "constant",
    "ConstantPad": "constant",
    "ReflectionPad": "reflect",
    "ReplicationPad": "replicate",
    "CircularPad": "circular",
}


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _at_least(ctx, d, low: int):
    """Is ``d >= low``?  True, False or None."""
    return ctx.positive(expr.add(expr.sub(d, low), 1))


def _crop(p):
    """The negative part of a padding value, min(p, 0); None if its sign is unknown."""
    if p is UNKNOWN:
        return None
    s = expr.sign(p)
    if s is None:
        return None
    return p if s < 0 else 0


def _slice(n: int, start: int, end: int) -> tuple[int, int]:
    """(start, length) of ``tensor.slice(dim, start, end)`` on a dim of size ``n``."""
    start = min(max(start + n if start < 0 else start, 0), n)
    end = min(max(end + n if end < 0 else end, start), n)
    return start, end - start


def _circular_copies_fit(sizes, pairs, lead: int) -> bool:
    """Replay the copies of torch's ``_pad_circular`` (spatial dims in order, ``lead`` the
    product of the batch and channel dims).  The centre copies the input into a slice of the
    output; each positive padding then copies a slice of the output into another.  torch raises
    when a source does not broadcast to its destination, or when two dense slices of the output
    partly overlap (cropping past the input and wrapping on the same dim)."""
    outs = [s + l + r for s, (l, r) in zip(sizes, pairs)]

    def fits(dst, src):
        return all(a == b or b == 1 for a, b in zip(dst, src))

    dst = [_slice(o, max(l, 0), o - max(r, 0))[1] for o, (l, r) in zip(outs, pairs)]
    src = [_slice(s, max(-l, 0), s - max(-r, 0))[1] for s, (l, r) in zip(sizes, pairs)]
    if not fits(dst, src):
        return False
    for i, (o, (l, r)) in enumerate(zip(outs, pairs)):
        copies = []
        if l > 0:
            copies.append((_slice(o, 0, l), _slice(o, o - l - max(r, 0), o - max(r, 0))))
        if r > 0:
            copies.append((_slice(o, o - r, o), _slice(o, max(l, 0), max(l, 0) + r)))
        dense = lead * expr.product(outs[:i]) == 1 and expr.product(outs[i + 1:]) > 0
        for (d0, d), (s0, s) in copies:
            if not fits(outs[:i] + [d] + outs[i + 1:], outs[:i] + [s] + outs[i + 1:]):
                return False
            if dense and d and s and (d0, d) != (s0, s) and d0 < s0 + s and s0 < d0 + d:
                return False
    return True


class Pad(Layer):
    """All fifteen padding classes: the mode comes from the name, the dims from the padding."""

    checks_summary = "padding values and count, ranks per mode, reflect/circular limits, cropping"
    names = tuple(f"{prefix}{n}d" for prefix in MODES for n in (1, 2, 3))

    @classmethod
    def signature_of(cls, type_name):
        return "padding, value" if type_name.startswith("ConstantPad") else "padding"

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.mode = MODES[type_name[:-2]]
        n = int(type_name[-2])
        self.pads, self.bad = self._read(n)
        # Accepted ranks follow the padding actually given (torch keeps a tuple as written).
        self.batched_rank = n + 2
        own = (n + 1, n + 2)
        pairs = len(self.pads) // 2 if self.pads is not None and len(self.pads) % 2 == 0 else None
        kernel = (pairs + 1, pairs + 2) if pairs is not None and 1 <= pairs <= 3 else None
        if self.mode == "circular":
            self.ranks = tuple(r for r in own if kernel and r in kernel) or own
        elif self.mode == "constant":
            self.min_rank = pairs or 0
        elif kernel is not None and self.bad is None:
            self.ranks, self.batched_rank = kernel, kernel[1]

    def _read(self, n):
        """(padding values or None if unknown, the first value that is not an int)."""
        value = self.arg("padding")
        if value is UNKNOWN:
            return None, None
        # torch's _ntuple: an iterable (a str too) is kept as a tuple, a scalar repeated.
        values = tuple(value) if isinstance(value, (tuple, str)) else (value,) * (2 * n)
        bad = [v for v in values if not (_is_int(v) or isinstance(v, Expr) or v is UNKNOWN)]
        return values, (bad[0] if bad else None)

    def forward(self, x, ctx):
        if self.bad is not None:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"padding values must be ints, got {self.bad!r}", argument="padding")
        if self.pads is None:
            return x.with_shape((UNKNOWN,) * x.rank)
        count, rank = len(self.pads), x.rank
        if count % 2:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"padding needs an even number of values, got {count}", argument="padding")
        k = count // 2
        if k > rank:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"{count} padding values need at least a {k}D input, "
                             f"got {rank}D {ctx.render(x)}")
        if self.mode != "constant" and not (1 <= k <= 3 and rank in (k + 1, k + 2)):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"{self.mode} padding of {count} values is not supported for a {rank}D "
                             f"input {ctx.render(x)}", argument="padding")
        # (axis, size, left, right) for each padded dim, the last dim first.
        dims = [(rank - 1 - i, x.shape[rank - 1 - i], self.pads[2 * i], self.pads[2 * i + 1])
                for i in range(k)]
        outs = [expr.add(expr.add(size, l), r) for _, size, l, r in dims]
        getattr(self, "_check_" + self.mode)(x, ctx, dims, outs)
        shape = list(x.shape)
        for (axis, *_), out in zip(dims, outs):
            shape[axis] = out
        return x.with_shape(tuple(shape))

    # -- the checks of each mode --

    def _fail(self, x, ctx, out, why):
        return ShapeError(checks.NonPositiveSize, self.type_name, fmt(out), ctx.render(x), why,
                          argument="padding")

    def _check_constant(self, x, ctx, dims, outs):
        for axis, size, l, r in dims:
            cl, cr = _crop(l), _crop(r)
            if cl is None or cr is None:
                continue
            if _at_least(ctx, expr.add(expr.add(size, cl), cr), 0) is False:
                raise self._fail(x, ctx, expr.add(expr.add(size, l), r),
                                 f"padding ({fmt(l)}, {fmt(r)}) crops more than dimension {axis}")

    def _check_reflect(self, x, ctx, dims, outs):
        for axis, size, l, r in dims:
            for p in (l, r):
                if _at_least(ctx, expr.sub(size, 1), p) is False:
                    raise ShapeError(checks.InvalidInput, self.type_name,
                                     f"reflect padding ({fmt(l)}, {fmt(r)}) must be smaller than dimension "
                                     f"{axis} of input {ctx.render(x)}", argument="padding")
        self._check_replicate(x, ctx, dims, outs)

    def _check_replicate(self, x, ctx, dims, outs):
        """The checks of the reflection and replication kernels alike."""
        batched = x.rank == len(dims) + 2
        for axis, d in enumerate(x.shape):
            if (axis > 0 or not batched) and ctx.positive(d) is False:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"{self.mode} padding needs non-empty dims (but the batch), got input "
                                 f"{ctx.render(x)}")
        # reflection_pad2d returns an empty batch before it allocates a negative size.
        empty_batch = (self.mode == "reflect" and len(dims) == 2 and batched
                       and ctx.positive(x.shape[0]) is not True)
        for (axis, *_), out in zip(dims, outs):
            if (_at_least(ctx, out, 0) is False and not empty_batch) \
                    or (len(dims) == 1 and _at_least(ctx, out, 1) is False):
                raise self._fail(x, ctx, out, f"padding of dimension {axis}")
        # torch only requires one of the 2 or 3 output sizes to be >= 1.
        if len(dims) > 1 and all(_at_least(ctx, out, 1) is False for out in outs):
            raise self._fail(x, ctx, fmt(tuple(outs)), "every padded dimension is empty")

    def _check_circular(self, x, ctx, dims, outs):
        for (axis, size, l, r), out in zip(dims, outs):
            if _at_least(ctx, size, l) is False or _at_least(ctx, size, r) is False:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"circular padding ({fmt(l)}, {fmt(r)}) wraps around dimension {axis} "
                                 f"of input {ctx.render(x)} more than once", argument="padding")
            if _at_least(ctx, out, 0) is False:
                raise self._fail(x, ctx, out, f"padding of dimension {axis}")
        # Spatial dims in order; an unbatched input is treated as a batch of one.
        sizes = [ctx.resolve(size) for _, size, _, _ in reversed(dims)]
        pairs = [(l, r) for _, _, l, r in reversed(dims)]
        lead = ctx.resolve(expr.product(x.shape[:x.rank - len(dims)]))
        known = all(_is_int(v) for v in sizes + [lead] + [p for pair in pairs for p in pair])
        if known and not _circular_copies_fit(sizes, pairs, lead):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"negative circular padding {fmt(self.pads)} crops past the input "
                             f"{ctx.render(x)}", argument="padding")


EXAMPLES = [
    # zero and constant padding: the int form, tuples of any even length, negative cropping
    Example("nn.ZeroPad2d(1)", (1, 3, 4, 5)),
    Example("nn.ZeroPad2d(1)", (3, 4)),
    Example("nn.ZeroPad2d(1)", (2, 3, 4, 5, 6)),
    Example("nn.ZeroPad2d(1)", (3,)),
    Example("nn.ZeroPad1d(1)", (3,)),
    Example("nn.ZeroPad1d(1)", ()),
    Example("nn.ZeroPad3d(1)", (3, 4)),
    Example("nn.ZeroPad3d((1, 2, 0, 1, 2, 0))", (1, 2, 3, 4, 5)),
    Example("nn.ZeroPad2d((1, 2))", (3, 4)),
    Example("nn.ZeroPad1d((1, 2, 3, 4))", (3, 4)),
    Example("nn.ZeroPad1d((1, 2, 3))", (3, 4)),
    Example("nn.ZeroPad1d([1, 2])", (3, 4)),
    Example("nn.ZeroPad2d(())", (3, 4)),
    Example("nn.ZeroPad2d(-1)", (3, 4)),
    Example("nn.ZeroPad2d(-2)", (3, 4)),
    Example("nn.ZeroPad2d((-3, -1, 0, 0))", (3, 4)),
    Example("nn.ZeroPad2d((-5, 1, 0, 0))", (3, 4)),
    Example("nn.ZeroPad2d((-3, 1, 0, 0))", (3, 4)),
    Example("nn.ZeroPad1d(0)", (3, 0)),
    Example("nn.ZeroPad1d(1.5)", (3, 4)),
    Example("nn.ZeroPad1d(True)", (3, 4)),
    Example("nn.ConstantPad1d(2, 3.5)", (3, 4)),
    Example("nn.ConstantPad1d(2)", (3, 4)),
    Example("nn.ConstantPad2d(padding=1, value=2)", (2, 3, 4)),
    Example("nn.ConstantPad3d(1, value=2)", (1, 2, 3, 4)),
    Example("nn.ConstantPad2d((1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 0)", (3, 3, 3, 3)),
    Example("nn.ConstantPad2d((1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 0)", (3, 3, 3, 3, 3)),
    # reflection: smaller than the dim, ranks from the number of values, outputs >= 1
    Example("nn.ReflectionPad1d(2)", (3, 4)),
    Example("nn.ReflectionPad1d(3)", (1, 3, 4)),
    Example("nn.ReflectionPad1d(4)", (3, 4)),
    Example("nn.ReflectionPad1d(1)", (4,)),
    Example("nn.ReflectionPad1d(1)", (2, 3, 4, 5)),
    Example("nn.ReflectionPad1d(-1)", (3, 4)),
    Example("nn.ReflectionPad1d(-2)", (3, 4)),
    Example("nn.ReflectionPad1d((-5, 3))", (3, 4)),
    Example("nn.ReflectionPad1d((3, -2))", (3, 4)),
    Example("nn.ReflectionPad1d(())", (3, 4)),
    Example("nn.ReflectionPad1d((1, 2, 1, 1))", (2, 3, 4)),
    Example("nn.ReflectionPad1d((1, 2, 1, 1))", (3, 4)),
    Example("nn.ReflectionPad1d(padding=1.0)", (2, 3)),
    Example("nn.ReflectionPad2d(1)", (2, 3, 4)),
    Example("nn.ReflectionPad2d(1)", (3, 4)),
    Example("nn.ReflectionPad2d((1, 1))", (3, 4)),
    Example("nn.ReflectionPad2d((1, 1))", (1, 2, 3, 4)),
    Example("nn.ReflectionPad2d(2)", (1, 2, 2, 4)),
    Example("nn.ReflectionPad2d((3, 3, 1, 1))", (1, 2, 2, 4)),
    Example("nn.ReflectionPad2d((-1, -1, 1, 1))", (2, 3, 2)),
    Example("nn.ReflectionPad2d((-2, -2, -1, -1))", (1, 2, 2, 4)),
    Example("nn.ReflectionPad2d(1)", (0, 2, 3, 4)),
    Example("nn.ReflectionPad2d(1)", (0, 3, 4)),
    Example("nn.ReflectionPad3d(1)", (1, 2, 3, 4, 5)),
    Example("nn.ReflectionPad3d(1)", (2, 3, 4, 5)),
    Example("nn.ReflectionPad3d(1)", (1, 1, 2, 3, 4, 5)),
    Example("nn.ReflectionPad3d((1, 1, 1, 1, 2, 2))", (1, 2, 2, 4, 5)),
    # replication: any padding size, outputs >= 1
    Example("nn.ReplicationPad1d(5)", (3, 1)),
    Example("nn.ReplicationPad1d((-8, 6))", (3, 4)),
    Example("nn.ReplicationPad1d((-3, -1))", (3, 4)),
    Example("nn.ReplicationPad1d(1)", (2, 0, 4)),
    Example("nn.ReplicationPad2d(1)", (4, 3)),
    Example("nn.ReplicationPad2d((-1, -1, 1, 1))", (2, 3, 2)),
    Example("nn.ReplicationPad2d((-1, -2, 1, 1))", (2, 3, 2)),
    Example("nn.ReplicationPad3d(1)", (1, 2, 3, 4)),
    Example("nn.ReplicationPad3d(2)", (1, 2, 3, 4, 5)),
    Example("nn.ReplicationPad3d(1)", (1, 2, 3, 4, 5, 6)),
    # circular: the class's ranks, at most one wrap, cropping past the input
    Example("nn.CircularPad1d(4)", (3, 4)),
    Example("nn.CircularPad1d(5)", (3, 4)),
    Example("nn.CircularPad1d(-2)", (3, 4)),
    Example("nn.CircularPad1d((-4, 1))", (3, 4)),
    Example("nn.CircularPad1d((-5, 0))", (3, 4)),
    Example("nn.CircularPad1d((-5, 2))", (3, 4)),
    Example("nn.CircularPad1d((-5, 3))", (3, 4)),
    Example("nn.CircularPad1d(1)", (4,)),
    Example("nn.CircularPad1d(1)", (2, 3, 4, 5)),
    Example("nn.CircularPad1d((1, 1, 1, 1))", (2, 3, 4)),
    Example("nn.CircularPad1d((1, 1, 1, 1))", (3, 4)),
    Example("nn.CircularPad2d((1, 1))", (2, 3, 4)),
    Example("nn.CircularPad2d((1, 1))", (1, 2, 3, 4)),
    Example("nn.CircularPad2d(1)", (1, 2, 3, 4)),
    Example("nn.CircularPad3d((3, 3, 1, 1, 1, 1))", (3, 3, 3, 3)),
    Example("nn.CircularPad3d((1, 1, 1, 1, 4, 1))", (3, 3, 3, 3)),
    Example("nn.CircularPad3d(1)", (1, 2, 3, 4, 5)),
    # in a chain, and with no input
    Example("nn.ReflectionPad2d(1), nn.Flatten(), nn.Linear(3 * 6 * 6, 10)", (1, 3, 4, 4)),
    Example("nn.ReflectionPad2d(1), nn.Flatten(), nn.Linear(3 * 4 * 4, 10)", (1, 3, 4, 4)),
    Example("nn.ReplicationPad2d((1, 0, 2, 0)), nn.Linear(6, 2)", (2, 3, 5)),
    Example("nn.ReflectionPad1d(1), nn.ReflectionPad3d(1)", None, error=True),
    Example("nn.CircularPad2d(1), nn.Flatten(0), nn.ZeroPad2d(1)", None, error=True),
    Example("nn.ZeroPad2d(2), nn.Linear(8, 4)", None, error=False),
]
