"""Tensor methods a ``forward`` calls that no torch.nn layer is: ``x.chunk(2, dim=-1)``,
``x.split(...)``, ``x.unbind(1)``, ``x.unfold(2, p, p)``.

``extract.classes`` reads each call as a one-layer model of one of these rules (as it reads
``F.max_pool2d`` as ``nn.MaxPool2d``), so the operation runs where the forward runs it and
an error is reported at the call.  Their names start with ``Tensor.``, which no class
written in a model resolves to, and they are in neither catalogue of layers.
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Layer, ShapeError
from seqlint.shapes import expr
from seqlint.shapes.values import UNKNOWN_TENSOR, Tensor, TupleValue

MAX_PIECES = 64  # a tuple longer than this is left unknown


def _error(what: str, why: str) -> ShapeError:
    return ShapeError(checks.InvalidInput, what, why)


def _axis(dim, rank: int, what: str) -> int:
    """``dim`` normalised as torch does, or the IndexError torch raises."""
    low, high = -max(rank, 1), max(rank, 1) - 1
    if not low <= dim <= high:
        raise _error(what, f"dimension out of range (expected to be in range of [{low}, {high}], but got {dim})")
    return dim % max(rank, 1)


def _pieces(x: Tensor, axis: int, sizes: list) -> TupleValue:
    """x cut along ``axis`` into pieces of those sizes."""
    shape = x.shape
    return TupleValue(tuple(x.with_shape(shape[:axis] + (s,) + shape[axis + 1:]) for s in sizes), "split")


class _Operation(Layer):
    """A tensor method: one tensor in, ints as arguments (whatever else is not read)."""

    def ints(self, *names) -> tuple | None:
        values = tuple(self.args[n] for n in names)
        return values if all(isinstance(v, int) and not isinstance(v, bool) for v in values) else None


class Chunk(_Operation):
    names = ("Tensor.chunk",)
    signature = "chunks, dim=0"

    def forward(self, x, ctx):
        known = self.ints("chunks", "dim")
        if known is None or x.shape is None:
            return UNKNOWN_TENSOR
        chunks, dim = known
        if not x.shape:
            raise _error("chunk", "expects at least a 1-dimensional tensor")
        if chunks <= 0:
            raise _error("chunk", f"expects `chunks` to be greater than 0, got: {chunks}")
        axis = _axis(dim, len(x.shape), "chunk")
        size = ctx.resolve(x.shape[axis])
        if chunks == 1:
            return TupleValue((x,), "chunk")
        if not isinstance(size, int):
            return UNKNOWN_TENSOR  # how many pieces depends on the size
        if size == 0:  # torch gives `chunks` empty pieces
            return _pieces(x, axis, [0] * chunks) if chunks <= MAX_PIECES else UNKNOWN_TENSOR
        step = -(-size // chunks)
        return _split(x, axis, step, size)


class Split(_Operation):
    names = ("Tensor.split",)
    signature = "split_size_or_sections, dim=0"

    def forward(self, x, ctx):
        given, dim = self.args["split_size_or_sections"], self.args["dim"]
        if x.shape is None or not isinstance(dim, int) or isinstance(dim, bool):
            return UNKNOWN_TENSOR
        if not x.shape:
            raise _error("split", "expects at least a 1-dimensional tensor")
        axis = _axis(dim, len(x.shape), "split")
        size = ctx.resolve(x.shape[axis])
        if isinstance(given, (tuple, list)):
            return self.sections(x, axis, size, list(given), ctx)
        if not isinstance(given, int) or isinstance(given, bool):
            return UNKNOWN_TENSOR
        if given < 0:
            raise _error("split", f"expects split_size be non-negative, but got split_size={given}")
        if not isinstance(size, int):
            return UNKNOWN_TENSOR
        if given == 0:
            if size:
                raise _error("split", f"split_size can only be 0 if dimension size is 0, but got dimension "
                                      f"size of {size}")
            return TupleValue((x,), "split")
        return _split(x, axis, given, size) if size else TupleValue((x,), "split")

    def sections(self, x, axis, size, given: list, ctx):
        if not all(isinstance(s, int) and not isinstance(s, bool) for s in given) or len(given) > MAX_PIECES:
            return UNKNOWN_TENSOR
        if any(s < 0 for s in given):
            raise _error("split_with_sizes", f"expects split_sizes have only non-negative entries, but got "
                                             f"split_sizes={given}")
        if ctx.same(size, sum(given)) is False:
            raise _error("split_with_sizes", f"expects split_sizes to sum exactly to {expr.render(size)} "
                                             f"(input tensor's size at dimension {axis}), but got "
                                             f"split_sizes={given}")
        return _pieces(x, axis, given)


def _split(x: Tensor, axis: int, step: int, size: int):
    """Pieces of ``step`` along ``axis`` (the last one smaller), as split and chunk cut."""
    count = -(-size // step)
    if count > MAX_PIECES:
        return UNKNOWN_TENSOR
    return _pieces(x, axis, [min(step, size - i * step) for i in range(count)])


class Unbind(_Operation):
    names = ("Tensor.unbind",)
    signature = "dim=0"

    def forward(self, x, ctx):
        known = self.ints("dim")
        if known is None or x.shape is None:
            return UNKNOWN_TENSOR
        if not x.shape:
            raise _error("unbind", "dimension specified as 0 but tensor has no dimensions")
        axis = _axis(known[0], len(x.shape), "unbind")
        size = ctx.resolve(x.shape[axis])
        if not isinstance(size, int) or size > MAX_PIECES:
            return UNKNOWN_TENSOR
        rest = x.with_shape(x.shape[:axis] + x.shape[axis + 1:])
        return TupleValue((rest,) * size, "unbind")


class Unfold(_Operation):
    """``x.unfold(dimension, size, step)``: windows of ``size`` every ``step`` along a dim,
    as a new last dim (not nn.Unfold)."""

    names = ("Tensor.unfold",)
    signature = "dimension, size, step"

    def forward(self, x, ctx):
        known = self.ints("dimension", "size", "step")
        if known is None or x.shape is None:
            return UNKNOWN_TENSOR
        dim, size, step = known
        if size < 0:
            raise _error("unfold", f"size is {size} but must be >= 0")
        if step <= 0:
            raise _error("unfold", f"step is {step} but must be > 0")
        if not x.shape:  # a 0-dim tensor is one element along dim 0
            if dim not in (0, -1):
                _axis(dim, 0, "unfold")
            if size > 1:
                raise _error("unfold", f"maximum size for tensor at dimension 0 is 1 but size is {size}")
            return x.with_shape((size,))
        axis = _axis(dim, len(x.shape), "unfold")
        length = ctx.resolve(x.shape[axis])
        if isinstance(length, int) and size > length:
            raise _error("unfold", f"maximum size for tensor at dimension {axis} is {length} but size is {size}")
        if not isinstance(length, int) and expr.compare(length, size) is not True and \
                expr.sign(expr.sub(length, size)) not in (0, 1):
            return UNKNOWN_TENSOR  # the window may not fit: what torch does is not known
        windows = expr.add(expr.floordiv(expr.sub(length, size), step), 1)
        return x.with_shape(x.shape[:axis] + (windows,) + x.shape[axis + 1:] + (size,))
