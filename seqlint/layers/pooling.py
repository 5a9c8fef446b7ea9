"""Pooling: MaxPool, AvgPool and LPPool (sliding windows), the adaptive pools, and
FractionalMaxPool, each in 1d/2d/3d where torch has it.

A rule serves a whole family; the number of spatial dims is read from the class name.
Every pool takes an unbatched ``(C, *spatial)`` or a batched ``(N, C, *spatial)`` input.
A max pool with ``return_indices=True`` returns ``(output, indices)``.

What torch checks, and when (torch 2.13): the sliding-window pools check nothing when built
but at the first call: kernel, stride and dilation > 0, 0 <= padding <= kernel // 2, no empty
non-batch dim, and an output size >= 1 ("Output size is too small"); AvgPool3d (and LPPool3d,
which calls it) also needs every spatial dim >= the kernel, padding notwithstanding.  With
``ceil_mode`` the last window may hang over the end, but must start inside the input or the
left padding.  The adaptive pools need output sizes >= 0 and non-empty dims, except that an
average down to size 1 is a ``mean()`` that takes any size but no integer input.
FractionalMaxPool needs ``output_size + kernel_size - 1 <= input size`` (``<`` in 3d).
Integer inputs: MaxPool1d (without indices), the adaptive pools and FractionalMaxPool raise.
"""

from __future__ import annotations

from fractions import Fraction

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, conv_out, fmt
from seqlint.layers.convolution import integral, known_flag, non_positive_size, spatial_arg
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Expr
from seqlint.shapes.values import Tensor, TupleValue

WINDOW = {
    "MaxPool": "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False",
    "AvgPool1d": "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True",
    "AvgPool": "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, "
               "divisor_override=None",
    "LPPool": "norm_type, kernel_size, stride=None, ceil_mode=False",
}


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


class _Pool(Layer):
    """What every pool shares: the spatial rank from the class name, the accepted input ranks,
    and how the result is returned."""

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.n = int(type_name[-2])
        self.ranks = (self.n + 1, self.n + 2)
        self.batched_rank = self.n + 2

    def check_not_empty(self, x, ctx, first: int | None = None):
        """Torch rejects empty dims from ``first`` on: by default every dim but the batch."""
        if first is None:
            first = 1 if x.rank == self.n + 2 else 0
        for axis in range(first, x.rank):
            if ctx.same(x.shape[axis], 0) is True:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"dimension {axis} of input {ctx.render(x)} is empty")

    def check_dtype(self, x, ctx):
        if integral(x.dtype):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"is not implemented for {x.dtype} inputs {ctx.render(x)}")

    def result(self, x, spatial, indices_flag: str | None = None):
        out = x.with_shape(x.shape[:x.rank - self.n] + tuple(spatial))
        if indices_flag is None:
            return out
        flag = known_flag(self, indices_flag)
        if flag is None:
            return x.with_shape(None)  # a tensor or a tuple: cannot tell
        if flag:
            return TupleValue(items=(out, Tensor(out.shape, "int64")), producer=self.type_name)
        return out


class WindowPool(_Pool):
    """MaxPool, AvgPool and LPPool: a window slid over the input."""

    checks_summary = "rank, window fits the padded input, kernel/stride/padding values, return_indices tuple"
    names = tuple(f"{kind}Pool{n}d" for kind in ("Max", "Avg", "LP") for n in (1, 2, 3))

    @classmethod
    def signature_of(cls, type_name):
        return WINDOW.get(type_name) or WINDOW[type_name[:-2]]

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.kind = type_name[:-len("Pool1d")]

    def forward(self, x, ctx):
        n, kind = self.n, self.kind
        norm = self.arg("norm_type") if kind == "LP" else None
        # LPPool with an infinite norm is a max pool of |x|; otherwise an average pool of x**p.
        as_max = kind == "Max" or (isinstance(norm, float) and norm in (float("inf"), float("-inf")))
        if kind == "Max" and n == 1 and known_flag(self, "return_indices") is False:
            self.check_dtype(x, ctx)
        if kind == "LP" and isinstance(norm, (int, float)) and not isinstance(norm, bool) and norm == 0:
            raise self.invalid("norm_type", "norm_type 0 divides by zero (torch takes the 1/p-th power)")
        # LPPool unpacks its kernel into n sizes (and LPPool1d multiplies by it): no short tuples.
        kernel = spatial_arg(self, "kernel_size", n, lengths=() if kind == "LP" else (1,))
        if kind == "LP" and n == 1 and isinstance(self.arg("kernel_size"), tuple):
            raise self.invalid("kernel_size", "LPPool1d needs an int kernel_size")
        stride = spatial_arg(self, "stride", n, lengths=(0, 1)) if self.arg("stride") is not None else None
        stride = stride or kernel
        padding = spatial_arg(self, "padding", n) if kind != "LP" else (0,) * n
        dilation = spatial_arg(self, "dilation", n) if kind == "Max" else (1,) * n
        for name, values in (("kernel_size", kernel), ("stride", stride), ("dilation", dilation)):
            if any(_is_int(v) and v <= 0 for v in values):
                raise self.invalid(name, f"{name} must be greater than zero, got {fmt(values)}")
        for p, k in zip(padding, kernel):
            if _is_int(p) and p < 0:
                raise self.invalid("padding", f"padding must be non-negative, got {fmt(padding)}")
            if _is_int(p) and _is_int(k) and 2 * p > k:
                raise self.invalid("padding", f"padding should be at most half of kernel_size, "
                                              f"got padding={fmt(padding)} and kernel_size={fmt(kernel)}")
        if kind == "Avg" and n > 1:
            divisor = self.arg("divisor_override")
            if divisor == 0 or isinstance(divisor, float):
                raise self.invalid("divisor_override", f"divisor_override must be a non-zero int, got {divisor!r}")
        self.check_not_empty(x, ctx)
        spatial = x.shape[-n:]
        if n == 3 and kind in ("Avg", "LP") and not (as_max or norm is UNKNOWN):
            for i, (size, k) in enumerate(zip(spatial, kernel)):
                if ctx.positive(expr.add(expr.sub(size, k), 1)) is False:
                    raise ShapeError(checks.InvalidInput, self.type_name,
                                     f"spatial dimension {i} of input {ctx.render(x)} is smaller than the kernel "
                                     f"({fmt(k)}); avg_pool3d needs it at least as large, padding notwithstanding")
        out = tuple(self._out_size(s, k, st, p, d) for s, k, st, p, d in zip(spatial, kernel, stride, padding, dilation))
        for i, (size, low) in enumerate(out):
            if ctx.positive(low) is False:
                raise non_positive_size(self, [o[0] for o in out], x, ctx,
                                        f"the window ({fmt(kernel[i])}, dilation {fmt(dilation[i])}) does not fit "
                                        f"in the padded spatial dimension {i}")
        return self.result(x, [o[0] for o in out], "return_indices" if kind == "Max" else None)

    def _out_size(self, size, kernel, stride, padding, dilation):
        """(output size, its smallest possible value): ceil_mode may be unknown."""
        ceil = known_flag(self, "ceil_mode")
        if ceil is not None:
            out = conv_out(size, kernel, stride, padding, dilation, ceil)
            return out, out
        floor = conv_out(size, kernel, stride, padding, dilation, False)
        high = conv_out(size, kernel, stride, padding, dilation, True)
        return (floor if expr.compare(floor, high) is True else UNKNOWN), high


class AdaptivePool(_Pool):
    """AdaptiveAvgPool and AdaptiveMaxPool: any input size down (or up) to ``output_size``."""

    checks_summary = "rank, output_size, empty dims, integer input, return_indices tuple"
    names = tuple(f"Adaptive{kind}Pool{n}d" for kind in ("Avg", "Max") for n in (1, 2, 3))

    @classmethod
    def signature_of(cls, type_name):
        return "output_size, return_indices=False" if "Max" in type_name else "output_size"

    def accepted_ranks(self):
        # AdaptiveAvgPool2d/3d average down to size 1 with mean(), which takes any rank >= n
        # (>= n + 1 for a tuple output_size): the rank is checked in forward.
        if "Max" in self.type_name or self.n == 1:
            return self.ranks, 0
        return None, self.n + isinstance(self.arg("output_size"), tuple)

    def forward(self, x, ctx):
        n = self.n
        is_max = "Max" in self.type_name
        spatial = x.shape[-n:]
        out = self._output_size(spatial)
        ones = [expr.compare(ctx.resolve(o), 1) for o in out]
        if not is_max and all(ones):
            # An average down to size 1 is a mean(): any sizes pass, but integers do not.
            self.check_dtype(x, ctx)
            return self.result(x, (1,) * n)
        if x.rank not in self.ranks:
            if False not in ones and not is_max:
                return x.with_shape(None)  # a mean() for some output_size, else an error
            raise ShapeError(checks.RankMismatch, self.type_name, f"a {n + 1}D (unbatched) or {n + 2}D (batched)",
                             x.rank, ctx.render(x))
        # Torch checks every dim but the first (batched or not); AdaptiveAvgPool1d/2d only the
        # spatial ones, and they run no kernel (so check no dtype) for an empty output.
        self.check_not_empty(x, ctx, x.rank - n if not is_max and n < 3 else 1)
        if is_max or n == 3 or all(ctx.positive(d) for d in x.shape[:-n] + tuple(out)):
            self.check_dtype(x, ctx)
        return self.result(x, out, "return_indices" if is_max else None)

    def _output_size(self, spatial):
        value = self.arg("output_size")
        if value is UNKNOWN:
            return (UNKNOWN,) * self.n
        items = value if isinstance(value, tuple) else (value,) * self.n
        if value is None or len(items) != self.n:
            raise self.invalid("output_size", f"output_size must be an int or a tuple of {self.n}, got {value!r}")
        out = []
        for item, size in zip(items, spatial):
            if item is None and self.n > 1:
                out.append(size)  # None keeps the input size
            elif (_is_int(item) and item < 0) or not (_is_int(item) or isinstance(item, Expr) or item is UNKNOWN):
                raise self.invalid("output_size", f"output_size must hold ints >= 0, got {fmt(items)}")
            else:
                out.append(item)
        return out


class FractionalMaxPool(_Pool):
    checks_summary = "rank, output_size or output_ratio, kernel fits the input, integer input"
    names = ("FractionalMaxPool2d", "FractionalMaxPool3d")
    signature = "kernel_size, output_size=None, output_ratio=None, return_indices=False, _random_samples=None"

    def validate(self):
        size, ratio = self.arg("output_size"), self.arg("output_ratio")
        if size is None and ratio is None:
            raise self.invalid("output_size", "requires specifying either an output size, or a pooling ratio")
        if size is not None and ratio is not None:
            raise self.invalid("output_ratio", "only one of output_size and output_ratio may be specified")
        if isinstance(ratio, tuple) and len(ratio) < self.n:
            raise self.invalid("output_ratio", f"output_ratio needs {self.n} values, got {fmt(ratio)}")
        ratios = ratio[:self.n] if isinstance(ratio, tuple) else (ratio,)
        if any(isinstance(r, (int, float)) and not 0 < r < 1 for r in ratios):
            raise self.invalid("output_ratio", f"output_ratio must be between 0 and 1, got {ratio!r}")
        kernel = self.arg("kernel_size")
        if self.n == 3 and any(_is_int(k) and k <= 0 for k in (kernel if isinstance(kernel, tuple) else (kernel,))):
            raise self.invalid("kernel_size", f"kernel_size must be greater than 0, got {fmt(kernel)}")

    def forward(self, x, ctx):
        n = self.n
        self.check_dtype(x, ctx)
        spatial = x.shape[-n:]
        kernel = spatial_arg(self, "kernel_size", n, lengths=())
        if self.arg("output_size") is not None:
            out = spatial_arg(self, "output_size", n, lengths=())
            if any(_is_int(o) and o < 0 for o in out):
                raise self.invalid("output_size", f"output_size must be >= 0, got {fmt(out)}")
        else:
            out = self._from_ratio(tuple(ctx.resolve(d) for d in spatial))
        self.check_not_empty(x, ctx, 1)
        # output + kernel - 1 must be <= the input size in 2d, and < it in 3d.
        slack = 1 if n == 2 else 0
        for i, (size, k, o) in enumerate(zip(spatial, kernel, out)):
            room = expr.sub(expr.add(size, 1), expr.add(o, k))
            if ctx.positive(expr.add(room, slack)) is False:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"kernel_size {fmt(k)} is too large for output size {fmt(ctx.resolve(o))} in "
                                 f"spatial dimension {i} of size {fmt(ctx.resolve(size))} (needs output + kernel - 1 "
                                 f"{'<=' if n == 2 else '<'} input)")
        return self.result(x, out, "return_indices")

    def _from_ratio(self, spatial):
        """``int(size * ratio)``, as torch computes it, per spatial dim."""
        ratio = self.arg("output_ratio")
        if isinstance(ratio, tuple) and len(ratio) > self.n == 2:  # FractionalMaxPool3d ignores the rest
            raise self.invalid("output_ratio", f"output_ratio needs 2 values, got {fmt(ratio)}")
        ratios = ratio[:self.n] if isinstance(ratio, tuple) else (ratio,) * self.n
        out = []
        for size, r in zip(spatial, ratios):
            if not isinstance(r, (int, float)) or isinstance(r, bool) or size is UNKNOWN:
                out.append(UNKNOWN)
            elif _is_int(size):
                out.append(int(size * r))
            else:
                exact = Fraction(r)
                small = exact.denominator <= 1 << 20
                out.append(expr.floordiv(expr.mul(size, exact.numerator), exact.denominator) if small else UNKNOWN)
        return tuple(out)


EXAMPLES = [
    # MaxPool
    Example("nn.MaxPool2d(2)", (1, 3, 5, 5)),
    Example("nn.MaxPool2d(2)", (3, 5, 5)),
    Example("nn.MaxPool2d(2)", (5, 5)),
    Example("nn.MaxPool2d(2, stride=1)", (1, 3, 5, 5)),
    Example("nn.MaxPool2d(kernel_size=(3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2))", (2, 3, 9, 8)),
    Example("nn.MaxPool2d(2)", (1, 3, 1, 5)),
    Example("nn.MaxPool2d(2, padding=1)", (1, 3, 1, 5)),
    Example("nn.MaxPool2d(2, padding=2)", (1, 3, 8, 8)),
    Example("nn.MaxPool2d(3, dilation=2, padding=2)", (1, 3, 8, 8)),
    Example("nn.MaxPool2d(3, padding=-1)", (1, 3, 8, 8)),
    Example("nn.MaxPool2d(3, stride=0)", (1, 3, 8, 8)),
    Example("nn.MaxPool2d(0)", (1, 3, 8, 8)),
    Example("nn.MaxPool2d(3, dilation=0)", (1, 3, 8, 8)),
    Example("nn.MaxPool2d(2, ceil_mode=True)", (1, 3, 5, 5)),
    Example("nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)", (1, 3, 6, 6)),
    Example("nn.MaxPool2d(3, ceil_mode=True)", (1, 3, 2, 2)),
    Example("nn.MaxPool2d(2, return_indices=True)", (1, 3, 5, 5)),
    Example("nn.MaxPool2d(2, return_indices=True), nn.ReLU()", (1, 3, 5, 5)),
    Example("nn.MaxPool2d(2)", (0, 3, 4, 4)),
    Example("nn.MaxPool2d(2)", (1, 0, 4, 4)),
    Example("nn.MaxPool2d(2)", (0, 4, 4)),
    Example("nn.MaxPool2d(2, stride=(1, 2, 3))", (1, 3, 5, 5)),
    Example("nn.MaxPool2d((2,), stride=(1,))", (1, 3, 5, 5)),
    Example("nn.MaxPool2d(2, stride=[])", (1, 3, 5, 5)),
    Example("nn.MaxPool2d(2)", (1, 3, 5, 5), dtype="int64"),
    Example("nn.MaxPool1d(3, stride=2)", (2, 4, 9)),
    Example("nn.MaxPool1d(3)", (4, 9)),
    Example("nn.MaxPool1d(3)", (9,)),
    Example("nn.MaxPool1d(2)", (1, 3, 1)),
    Example("nn.MaxPool1d(3, stride=2, ceil_mode=True)", (1, 3, 2)),
    Example("nn.MaxPool1d(3, padding=2)", (1, 3, 9)),
    Example("nn.MaxPool1d((2, 2))", (1, 3, 9)),
    Example("nn.MaxPool1d(2)", (1, 3, 8), dtype="int64"),
    Example("nn.MaxPool1d(2, return_indices=True)", (1, 3, 8), dtype="int64"),
    Example("nn.MaxPool3d(2)", (1, 3, 4, 4, 4)),
    Example("nn.MaxPool3d(2, return_indices=True)", (3, 4, 4, 4)),
    Example("nn.MaxPool3d(3)", (1, 3, 2, 5, 5)),
    Example("nn.MaxPool3d(3, dilation=2, padding=2)", (1, 3, 9, 9, 9)),
    Example("nn.MaxPool3d(3, ceil_mode=True)", (3, 2, 5, 5)),
    # AvgPool
    Example("nn.AvgPool2d(2)", (1, 3, 5, 5)),
    Example("nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)", (1, 3, 4, 4)),
    Example("nn.AvgPool2d(3)", (1, 3, 2, 5)),
    Example("nn.AvgPool2d(3, padding=1)", (1, 3, 1, 5)),
    Example("nn.AvgPool2d(2, padding=2)", (1, 3, 5, 5)),
    Example("nn.AvgPool2d(2, divisor_override=0)", (1, 3, 4, 4)),
    Example("nn.AvgPool2d(2, divisor_override=3)", (3, 4, 4)),
    Example("nn.AvgPool2d(2)", (3, 4)),
    Example("nn.AvgPool2d(2)", (1, 3, 4, 0)),
    Example("nn.AvgPool2d(2)", (1, 3, 4, 4), dtype="int64"),
    Example("nn.AvgPool1d(3, stride=2, padding=1)", (2, 3, 8)),
    Example("nn.AvgPool1d(3)", (3, 2)),
    Example("nn.AvgPool1d(2, stride=(1, 1))", (1, 3, 5)),
    Example("nn.AvgPool1d(2, divisor_override=2)", (1, 3, 5)),
    Example("nn.AvgPool3d(2)", (1, 3, 4, 4, 4)),
    Example("nn.AvgPool3d(3, padding=1)", (1, 3, 1, 1, 1)),
    Example("nn.AvgPool3d(3, padding=1)", (1, 3, 3, 4, 5)),
    Example("nn.AvgPool3d(3, ceil_mode=True)", (3, 2, 5, 5)),
    Example("nn.AvgPool3d(2, stride=(2, 2))", (1, 3, 4, 4, 4)),
    # LPPool
    Example("nn.LPPool1d(2, 3)", (1, 3, 5)),
    Example("nn.LPPool1d(2, 3, stride=2, ceil_mode=True)", (3, 6)),
    Example("nn.LPPool1d(2, 6)", (3, 5)),
    Example("nn.LPPool1d(2, (3,))", (3, 5)),
    Example("nn.LPPool2d(2, (3, 2))", (1, 3, 5, 5)),
    Example("nn.LPPool2d(1.5, 3, stride=1)", (3, 5, 5)),
    Example("nn.LPPool2d(2, 6)", (1, 3, 5, 5)),
    Example("nn.LPPool2d(0, 2)", (3, 5, 5)),
    Example("nn.LPPool2d(2, 2)", (1, 0, 4, 4)),
    Example("nn.LPPool3d(2, 3)", (3, 5, 5, 5)),
    Example("nn.LPPool3d(2, 3, ceil_mode=True)", (3, 2, 5, 5)),
    # adaptive
    Example("nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(3, 2)", (4, 3, 7, 7)),
    Example("nn.AdaptiveAvgPool2d((2, 3))", (3, 5, 5)),
    Example("nn.AdaptiveAvgPool2d((None, 3))", (3, 5, 5)),
    Example("nn.AdaptiveAvgPool2d([None, None])", (2, 3, 5, 6)),
    Example("nn.AdaptiveAvgPool2d(7)", (1, 3, 5, 5)),
    Example("nn.AdaptiveAvgPool2d(0)", (1, 3, 5, 5)),
    Example("nn.AdaptiveAvgPool2d(-1)", (1, 3, 5, 5)),
    Example("nn.AdaptiveAvgPool2d((2, 3, 4))", (1, 3, 5, 5)),
    Example("nn.AdaptiveAvgPool2d(None)", (1, 3, 5, 5)),
    Example("nn.AdaptiveAvgPool2d(2)", (5, 5)),
    Example("nn.AdaptiveAvgPool2d(2)", (1, 0, 5, 5)),
    Example("nn.AdaptiveAvgPool2d(2)", (3, 0, 5)),
    Example("nn.AdaptiveAvgPool2d(2)", (1, 3, 5, 5), dtype="int64"),
    Example("nn.AdaptiveAvgPool2d(2)", (0, 3, 5, 5), dtype="int64"),
    Example("nn.AdaptiveAvgPool2d(1)", (1, 3, 5, 5), dtype="int64"),
    Example("nn.AdaptiveAvgPool2d(1)", (1, 3, 0, 5)),
    Example("nn.AdaptiveAvgPool2d((1, None))", (1, 3, 0, 5)),
    Example("nn.AdaptiveAvgPool3d(1)", (1, 0, 2, 5, 5)),
    Example("nn.AdaptiveAvgPool3d(2)", (0, 3, 4, 4, 4), dtype="int64"),
    Example("nn.AdaptiveMaxPool1d(0)", (1, 3, 4), dtype="int64"),
    Example("nn.AdaptiveAvgPool1d(2)", (3, 5)),
    Example("nn.AdaptiveAvgPool1d((4,))", (2, 3, 5)),
    Example("nn.AdaptiveAvgPool1d((None,))", (2, 3, 5)),
    Example("nn.AdaptiveAvgPool1d(2)", (2, 0, 5)),
    Example("nn.AdaptiveAvgPool3d((2, None, 1))", (1, 3, 4, 5, 5)),
    Example("nn.AdaptiveAvgPool3d(2)", (1, 0, 4, 5, 5)),
    Example("nn.AdaptiveAvgPool3d(2)", (0, 4, 5, 5)),
    Example("nn.AdaptiveAvgPool3d(1)", (12, 2, 12)),
    Example("nn.AdaptiveAvgPool3d(1)", (2, 12)),
    Example("nn.AdaptiveAvgPool3d((1, 1, 1))", (2, 2, 3, 4, 5, 6)),
    Example("nn.AdaptiveAvgPool3d((1, 1, 1))", (2, 3, 4)),
    Example("nn.AdaptiveAvgPool2d(1)", (12, 2)),
    Example("nn.AdaptiveAvgPool2d((1, None))", (2, 3, 4, 1, 5)),
    Example("nn.AdaptiveAvgPool2d((1, None))", (2, 3, 4, 5, 1)),
    Example("nn.AdaptiveAvgPool1d(1)", (1, 2, 3, 12)),
    Example("nn.AdaptiveMaxPool1d(2, return_indices=True)", (3, 5)),
    Example("nn.AdaptiveMaxPool1d(2)", (2, 0, 5)),
    Example("nn.AdaptiveMaxPool1d((2, 3))", (2, 3, 5)),
    Example("nn.AdaptiveMaxPool2d((None, 2))", (3, 5, 5)),
    Example("nn.AdaptiveMaxPool2d(2)", (1, 0, 5, 5)),
    Example("nn.AdaptiveMaxPool2d(2)", (0, 3, 5, 5)),
    Example("nn.AdaptiveMaxPool2d((-1, 2))", (3, 5, 5)),
    Example("nn.AdaptiveMaxPool3d((2, None, 1), return_indices=True)", (1, 3, 4, 5, 5)),
    Example("nn.AdaptiveMaxPool3d(2)", (4, 5, 5)),
    # fractional
    Example("nn.FractionalMaxPool2d(2, output_size=3)", (1, 3, 5, 5)),
    Example("nn.FractionalMaxPool2d(2, output_size=(4, 2))", (3, 5, 5)),
    Example("nn.FractionalMaxPool2d(2, output_size=5)", (1, 3, 5, 5)),
    Example("nn.FractionalMaxPool2d(3, output_ratio=0.5)", (1, 3, 10, 7)),
    Example("nn.FractionalMaxPool2d(3, output_ratio=(0.5, 0.7))", (1, 3, 10, 7)),
    Example("nn.FractionalMaxPool2d(3, output_ratio=1.0)", (1, 3, 10, 7)),
    Example("nn.FractionalMaxPool2d(3)", (1, 3, 10, 7)),
    Example("nn.FractionalMaxPool2d(3, output_size=2, output_ratio=0.5)", (1, 3, 10, 7)),
    Example("nn.FractionalMaxPool2d(2, output_ratio=(0.5,))", (1, 3, 10, 7)),
    Example("nn.FractionalMaxPool2d(2, output_ratio=(0.5, 0.5, 0.5))", (1, 3, 10, 7)),
    Example("nn.FractionalMaxPool2d((2,), output_size=3)", (1, 3, 5, 5)),
    Example("nn.FractionalMaxPool2d(2, output_size=2, return_indices=True)", (1, 3, 5, 5)),
    Example("nn.FractionalMaxPool2d(2, output_size=2)", (1, 0, 5, 5)),
    Example("nn.FractionalMaxPool2d(2, output_size=2)", (0, 5, 5)),
    Example("nn.FractionalMaxPool2d(2, output_size=2)", (1, 3, 5, 5), dtype="int64"),
    Example("nn.FractionalMaxPool3d(2, output_size=3)", (3, 5, 5, 5)),
    Example("nn.FractionalMaxPool3d(2, output_size=(4, 3, 3))", (3, 5, 5, 5)),
    Example("nn.FractionalMaxPool2d(2, output_size=(4, 3))", (3, 5, 5)),
    Example("nn.FractionalMaxPool3d(2, output_ratio=(0.5, 0.6, 0.9))", (3, 6, 5, 4)),
    Example("nn.FractionalMaxPool3d(2, output_ratio=0.5)", (3, 6, 5, 4)),
    Example("nn.FractionalMaxPool3d(0, output_size=2)", (1, 3, 5, 5, 5)),
    Example("nn.FractionalMaxPool3d(2, output_size=(3, 3))", (1, 3, 5, 5, 5)),
    # no input: symbolic sizes
    Example("nn.Conv2d(3, 8, 3), nn.MaxPool2d(2), nn.MaxPool2d(2), nn.Flatten()", None, error=False),
    Example("nn.MaxPool2d(2, stride=0)", None, error=True),
    Example("nn.MaxPool2d(2, return_indices=True), nn.ReLU()", None, error=True),
    Example("nn.AdaptiveAvgPool2d((4, 4)), nn.Flatten(), nn.Linear(16, 2)", None, error=False),
    Example("nn.AdaptiveAvgPool2d(4), nn.LPPool3d(2, 5)", None, error=True),
    Example("nn.FractionalMaxPool2d(2, output_ratio=0.5), nn.MaxPool1d(2)", None, error=False),
]
