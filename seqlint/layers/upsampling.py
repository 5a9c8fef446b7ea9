"""Upsample (and its Nearest2d/Bilinear2d forms), PixelShuffle, PixelUnshuffle, ChannelShuffle,
Fold and Unfold.

Upsample checks almost nothing when built (only that ``scale_factor`` converts to float); its
``F.interpolate`` raises when called: exactly one of size and scale_factor, one value per
spatial dim, a rank the mode has a kernel for, ``align_corners`` only for the interpolating
modes.  An output size is ``int(size * scale)`` in double precision; with a non-integral
scale and a symbolic size it is unknown.
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, conv_out, fmt
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Expr

# The input ranks each mode has a kernel for (batch, channels, then 1 to 3 spatial dims).
MODE_RANKS = {
    "nearest": (3, 4, 5),
    "nearest-exact": (3, 4, 5),
    "area": (3, 4, 5),
    "linear": (3,),
    "bilinear": (4,),
    "bicubic": (4,),
    "trilinear": (5,),
}
NOT_INTERPOLATING = ("nearest", "area", "nearest-exact")


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _int_like(v) -> bool:
    """An int as torch's int arguments take it: a Python int (not a bool) or a symbolic size."""
    return _is_int(v) or isinstance(v, Expr)


def _to_float(v):
    """Python's ``float(v)``: the value, UNKNOWN if it cannot be known, or None if it raises."""
    if v is UNKNOWN or isinstance(v, Expr):
        return v
    if isinstance(v, (bool, int, float)):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v)
        except ValueError:
            return None
    return None


def _scaled(ctx, size, scale):
    """The output size for ``scale``: ``int(size * scale)`` computed in double, as torch does."""
    if isinstance(scale, Expr):
        return expr.mul(size, scale)
    if not isinstance(scale, float):
        return UNKNOWN
    if scale.is_integer():
        return expr.mul(size, int(scale))
    size = ctx.resolve(size)
    return int(size * scale) if _is_int(size) else UNKNOWN


class Upsample(Layer):
    checks_summary = "size or scale_factor per spatial dim, ranks per mode, align_corners, empty dims"
    names = ("Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d")
    batched_rank = 4

    @classmethod
    def signature_of(cls, type_name):
        if type_name == "Upsample":
            return ("size=None, scale_factor=None, mode='nearest', align_corners=None, "
                    "recompute_scale_factor=None")
        return "size=None, scale_factor=None"

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        if type_name == "Upsample":
            self.mode, self.align_corners = args["mode"], args["align_corners"]
            self.recompute = args["recompute_scale_factor"]
        else:
            self.mode = "nearest" if type_name == "UpsamplingNearest2d" else "bilinear"
            self.align_corners = None if type_name == "UpsamplingNearest2d" else True
            self.recompute = None
        self.ranks = MODE_RANKS.get(self.mode, (3, 4, 5))
        self.batched_rank = self.ranks[-1] if len(self.ranks) == 1 else 4

    def _scale(self):
        """scale_factor as the constructor stores it: a tuple of floats, a float, or None."""
        value = self.arg("scale_factor")
        if isinstance(value, tuple):
            return tuple(_to_float(v) for v in value)
        if value is UNKNOWN or isinstance(value, Expr):
            return value
        return _to_float(value) if value else None

    def validate(self):
        scale = self._scale()
        if (scale is None and self.arg("scale_factor")) or (isinstance(scale, tuple) and None in scale):
            raise self.invalid("scale_factor",
                               f"scale_factor {self.arg('scale_factor')!r} does not convert to float")

    def forward(self, x, ctx):
        self.expect_floating(x, ctx)
        mode, size, scale = self.mode, self.arg("size"), self._scale()
        if mode is not UNKNOWN and mode not in MODE_RANKS:
            raise self.invalid("mode", f"mode {mode!r} is not supported by Upsample")
        if mode in NOT_INTERPOLATING and self.align_corners not in (None, UNKNOWN):
            raise self.invalid("align_corners", f"align_corners can only be set for the interpolating "
                                                f"modes, not {mode!r}")
        if size is UNKNOWN or scale is UNKNOWN:
            return x.with_shape(x.shape[:2] + (UNKNOWN,) * (x.rank - 2))
        if size is None and scale is None:
            raise self.invalid("scale_factor", "either size or scale_factor must be given")
        if size is not None and scale is not None:
            raise self.invalid("size", "only one of size or scale_factor may be given")
        recompute = self.recompute
        if size is not None and isinstance(recompute, (bool, int, float, str)) and recompute:
            raise self.invalid("recompute_scale_factor",
                               "recompute_scale_factor is not meaningful with a size")
        spatial = x.shape[2:]
        given, name = (size, "size") if size is not None else (scale, "scale_factor")
        if isinstance(given, tuple):
            if len(given) != len(spatial):
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"{name} {fmt(given)} has {len(given)} values for the {len(spatial)} "
                                 f"spatial dims of input {ctx.render(x)}", argument=name)
            values = given
        else:
            values = (given,) * len(spatial)
        if size is not None:
            # A tuple takes ints (bools too); a single size must be a real int.
            ok = (lambda v: _int_like(v) or isinstance(v, bool) or v is UNKNOWN) if isinstance(size, tuple) \
                else (lambda v: _int_like(v))
            if not all(ok(v) for v in values):
                raise self.invalid("size", f"size must be ints, got {size!r}")
            outs = tuple(int(v) if isinstance(v, bool) else v for v in values)
        else:
            outs = tuple(_scaled(ctx, d, s) for d, s in zip(spatial, values))
        self._check_sizes(x, ctx, outs, name)
        return x.with_shape(x.shape[:2] + outs)

    def _check_sizes(self, x, ctx, outs, name):
        area = self.mode == "area"
        # area is adaptive_avg_pool: empty outputs are fine; the 3D pool also needs channels.
        nonempty = x.shape[1:] if not area or x.rank == 5 else x.shape[2:]
        if any(ctx.positive(d) is False for d in nonempty):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"needs non-empty dims (but the batch), got input {ctx.render(x)}")
        low = 0 if area else 1
        for out in outs:
            if ctx.positive(expr.add(expr.sub(out, low), 1)) is False:
                raise ShapeError(checks.NonPositiveSize, self.type_name, fmt(out), ctx.render(x),
                                 f"{name} gives output size {fmt(tuple(outs))}", argument=name)


def _factor(layer, name):
    """A positive int factor of a shuffle layer, checked as torch does when it is called."""
    value = layer.arg(name)
    if value is UNKNOWN or isinstance(value, Expr):
        return UNKNOWN
    if not _is_int(value):
        raise layer.invalid(name, f"{name} must be an int, got {value!r}")
    if value <= 0:
        raise layer.invalid(name, f"{name} must be positive, got {value}")
    return value


def _divisible(layer, ctx, x, d, by, what):
    d = ctx.resolve(d)
    if _is_int(d) and _is_int(by) and d % by:
        raise ShapeError(checks.InvalidInput, layer.type_name,
                         f"{what} of input {ctx.render(x)} is {d}, which is not divisible by {by}")


class PixelShuffle(Layer):
    """(*, C * r^2, H, W) -> (*, C, H * r, W * r)."""

    checks_summary = "rank, channels divisible by upscale_factor squared"
    names = ("PixelShuffle",)
    signature = "upscale_factor"
    min_rank = 3
    batched_rank = 4

    def forward(self, x, ctx):
        r = _factor(self, "upscale_factor")
        c, h, w = x.shape[-3:]
        if r is UNKNOWN:
            return x.with_shape(x.shape[:-3] + (UNKNOWN,) * 3)
        _divisible(self, ctx, x, c, r * r, "the channel dim (-3)")
        return x.with_shape(x.shape[:-3] + (expr.floordiv(c, r * r), expr.mul(h, r), expr.mul(w, r)))


class PixelUnshuffle(Layer):
    """(*, C, H * r, W * r) -> (*, C * r^2, H, W); torch returns an empty input unchanged."""

    checks_summary = "rank, height and width divisible by downscale_factor"
    names = ("PixelUnshuffle",)
    signature = "downscale_factor"
    min_rank = 3
    batched_rank = 4

    def forward(self, x, ctx):
        r = _factor(self, "downscale_factor")
        c, h, w = x.shape[-3:]
        if r is UNKNOWN:
            return x.with_shape(x.shape[:-3] + (UNKNOWN,) * 3)
        _divisible(self, ctx, x, h, r, "the height (-2)")
        _divisible(self, ctx, x, w, r, "the width (-1)")
        if any(ctx.positive(d) is False for d in x.shape):
            return x
        return x.with_shape(x.shape[:-3] + (expr.mul(c, r * r), expr.floordiv(h, r), expr.floordiv(w, r)))


class ChannelShuffle(Layer):
    """Permutes the channels (dim 1) in groups: the shape is unchanged."""

    checks_summary = "rank, channels divisible by groups"
    names = ("ChannelShuffle",)
    signature = "groups"
    min_rank = 3
    batched_rank = 4

    def forward(self, x, ctx):
        groups = _factor(self, "groups")
        _divisible(self, ctx, x, x.shape[1], groups, "the channel dim (1)")
        return x


def _pair(layer, name):
    """torch's ``_pair`` followed by im2col/col2im's checks: exactly two ints."""
    value = layer.arg(name)
    if value is UNKNOWN:
        return (UNKNOWN, UNKNOWN)
    pair = value if isinstance(value, tuple) else (value, value)
    if len(pair) != 2:
        raise layer.invalid(name, f"{name} must have 2 values, got {fmt(pair)}")
    if not all(_int_like(v) or v is UNKNOWN for v in pair):
        raise layer.invalid(name, f"{name} must be ints, got {value!r}")
    return pair


class _SlidingBlocks(Layer):
    """What Fold and Unfold share: the window arguments and their checks."""

    def windows(self):
        names = ("kernel_size", "dilation", "padding", "stride")
        kernel, dilation, padding, stride = (_pair(self, n) for n in names)
        for name, values, low in (("kernel_size", kernel, 1), ("stride", stride, 1),
                                  ("dilation", dilation, 1), ("padding", padding, 0)):
            for v in values:
                if _is_int(v) and v < low:
                    need = "positive" if low else "non-negative"
                    raise self.invalid(name, f"{name} must be {need}, got {fmt(values)}")
        return kernel, dilation, padding, stride

    def blocks(self, x, ctx, sizes, windows, what):
        """The number of window positions along each of the two dims; raise when one is < 1."""
        kernel, dilation, padding, stride = windows
        blocks = tuple(conv_out(*args) for args in zip(sizes, kernel, stride, padding, dilation))
        if any(ctx.positive(b) is False for b in blocks):
            raise ShapeError(checks.NonPositiveSize, self.type_name, fmt(blocks), ctx.render(x),
                             f"{what} {fmt(tuple(sizes))} is too small for kernel_size {fmt(kernel)}")
        return blocks

    def check_nonempty(self, x, ctx, batched_rank):
        rest = x.shape[1:] if x.rank == batched_rank else x.shape
        if any(ctx.positive(d) is False for d in rest):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"needs non-empty dims (but the batch), got input {ctx.render(x)}")


class Unfold(_SlidingBlocks):
    """(N, C, H, W) -> (N, C * kh * kw, L), L the number of window positions; unbatched too."""

    checks_summary = "rank, window arguments, at least one block"
    names = ("Unfold",)
    signature = "kernel_size, dilation=1, padding=0, stride=1"
    ranks = (3, 4)
    batched_rank = 4

    def forward(self, x, ctx):
        windows = self.windows()
        self.check_nonempty(x, ctx, 4)
        blocks = self.blocks(x, ctx, x.shape[-2:], windows, "input size")
        c = expr.mul(x.shape[-3], expr.product(windows[0]))
        return x.with_shape(x.shape[:-3] + (c, expr.product(blocks)))


class Fold(_SlidingBlocks):
    """(N, C * kh * kw, L) -> (N, C, *output_size): the inverse of Unfold; unbatched too."""

    checks_summary = "rank, window arguments, channels and blocks against output_size"
    names = ("Fold",)
    signature = "output_size, kernel_size, dilation=1, padding=0, stride=1"
    ranks = (2, 3)
    batched_rank = 3

    def forward(self, x, ctx):
        windows = self.windows()
        output = _pair(self, "output_size")
        self.check_nonempty(x, ctx, 3)
        c, length = x.shape[-2:]
        per_block = expr.product(windows[0])
        _divisible(self, ctx, x, c, per_block, "the channel dim (-2)")
        blocks = self.blocks(x, ctx, output, windows, "output_size")
        expected = expr.product(blocks)
        if ctx.same(length, expected) is False:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"output_size {fmt(output)} takes {fmt(expected)} blocks, but input "
                             f"{ctx.render(x)} has {fmt(ctx.resolve(length))}", argument="output_size")
        return x.with_shape(x.shape[:-2] + (expr.floordiv(c, per_block),) + output)


EXAMPLES = [
    # Upsample: size or scale_factor, per mode
    Example("nn.Upsample(scale_factor=2)", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=2)", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2)", (1, 2, 3, 4, 5)),
    Example("nn.Upsample(scale_factor=2)", (2, 3)),
    Example("nn.Upsample(scale_factor=2)", (1, 1, 2, 3, 4, 5)),
    Example("nn.Upsample()", (1, 2, 3)),
    Example("nn.Upsample(size=4, scale_factor=2)", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=0)", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=0.1)", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=-2)", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=1.5)", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=1.1)", (1, 2, 10)),
    Example("nn.Upsample(scale_factor=0.7)", (1, 2, 10)),
    Example("nn.Upsample(scale_factor=2.5)", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=(2, 3))", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=(2, 3))", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=(2,))", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=(2, 0))", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=(2, None))", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=())", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor='2')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor='x')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=True)", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=0.5)", (1, 2, 1, 4)),
    Example("nn.Upsample(scale_factor=(0.5, 2))", (1, 2, 2, 1)),
    Example("nn.Upsample(size=5)", (1, 2, 3, 4)),
    Example("nn.Upsample(5)", (1, 2, 3, 4)),
    Example("nn.Upsample(size=(5, 6))", (1, 2, 3, 4)),
    Example("nn.Upsample(size=[5, 6])", (1, 2, 3, 4)),
    Example("nn.Upsample(size=(5, 6))", (1, 2, 3)),
    Example("nn.Upsample(size=(5, 6.0))", (1, 2, 3, 4)),
    Example("nn.Upsample(size=(5, True))", (1, 2, 3, 4)),
    Example("nn.Upsample(size=5.0)", (1, 2, 3, 4)),
    Example("nn.Upsample(size=True)", (1, 2, 3, 4)),
    Example("nn.Upsample(size=0)", (1, 2, 3, 4)),
    Example("nn.Upsample(size=())", (1, 2, 3)),
    Example("nn.Upsample(None, 2, 'bilinear')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='bilinear')", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=2, mode='bilinear')", (1, 2, 3, 4, 5)),
    Example("nn.Upsample(scale_factor=2, mode='linear')", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=2, mode='linear')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=(1.5, 0.5), mode='bicubic')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='bicubic')", (1, 2, 3)),
    Example("nn.Upsample(scale_factor=2, mode='trilinear')", (1, 2, 3, 4, 5)),
    Example("nn.Upsample(size=(3, 4, 5), mode='trilinear')", (2, 3, 4, 5)),
    Example("nn.Upsample(size=(3, 4, 5), mode='nearest-exact')", (1, 2, 3, 4, 5)),
    Example("nn.Upsample(scale_factor=0.4, mode='area')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=0.1, mode='area')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=-0.1, mode='area')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=-1, mode='area')", (1, 2, 3, 4)),
    Example("nn.Upsample(size=(2, 0), mode='area')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='area')", (2, 0, 3)),
    Example("nn.Upsample(scale_factor=2, mode='area')", (2, 0, 3, 3, 3)),
    Example("nn.Upsample(scale_factor=2)", (0, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2)", (1, 0, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='lanczos')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='foo')", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='nearest', align_corners=False)", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)", (1, 2, 3, 4)),
    Example("nn.Upsample(size=3, recompute_scale_factor=True)", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=1.5, recompute_scale_factor=True)", (1, 2, 3, 4)),
    Example("nn.UpsamplingNearest2d(scale_factor=2)", (1, 2, 3)),
    Example("nn.UpsamplingNearest2d(2)", (1, 2, 3, 4)),
    Example("nn.UpsamplingBilinear2d(scale_factor=2)", (1, 2, 3, 4)),
    Example("nn.UpsamplingBilinear2d(scale_factor=2)", (1, 2, 3)),
    Example("nn.UpsamplingBilinear2d(size=(7, 9))", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2), nn.Flatten(), nn.Linear(2 * 6 * 8, 4)", (1, 2, 3, 4)),
    Example("nn.Upsample(scale_factor=2, mode='bilinear'), nn.Linear(8, 4)", None, error=False),
    Example("nn.Upsample(scale_factor=2, mode='bilinear'), nn.Upsample(scale_factor=2, mode='trilinear')",
            None, error=True),
    Example("nn.Flatten(0), nn.Upsample(scale_factor=2)", None, error=True),
    # PixelShuffle, PixelUnshuffle, ChannelShuffle
    Example("nn.PixelShuffle(2)", (1, 8, 3, 4)),
    Example("nn.PixelShuffle(2)", (8, 3, 4)),
    Example("nn.PixelShuffle(2)", (2, 1, 8, 3, 4)),
    Example("nn.PixelShuffle(2)", (8, 3)),
    Example("nn.PixelShuffle(2)", (1, 6, 3, 4)),
    Example("nn.PixelShuffle(0)", (1, 8, 3, 4)),
    Example("nn.PixelShuffle(1)", (1, 7, 3, 4)),
    Example("nn.PixelShuffle(2.0)", (1, 8, 3, 4)),
    Example("nn.PixelShuffle(True)", (1, 8, 3, 4)),
    Example("nn.PixelShuffle(upscale_factor=3)", (2, 18, 2, 2)),
    Example("nn.PixelShuffle(2)", (1, 0, 3, 4)),
    Example("nn.PixelUnshuffle(2)", (1, 2, 4, 6)),
    Example("nn.PixelUnshuffle(2)", (2, 4, 6)),
    Example("nn.PixelUnshuffle(2)", (1, 2, 5, 6)),
    Example("nn.PixelUnshuffle(2)", (1, 2, 4, 5)),
    Example("nn.PixelUnshuffle(2)", (4, 6)),
    Example("nn.PixelUnshuffle(-1)", (1, 2, 4, 6)),
    Example("nn.PixelUnshuffle(2)", (3, 1, 2, 4, 6)),
    Example("nn.PixelUnshuffle(2), nn.PixelShuffle(2)", (1, 3, 4, 6)),
    Example("nn.PixelUnshuffle(2)", (1, 2, 0, 6)),
    Example("nn.PixelUnshuffle(2)", (1, 2, 0, 5)),
    Example("nn.ChannelShuffle(2)", (1, 4, 3, 3)),
    Example("nn.ChannelShuffle(2)", (1, 5, 3, 3)),
    Example("nn.ChannelShuffle(2)", (1, 4)),
    Example("nn.ChannelShuffle(2)", (1, 4, 3)),
    Example("nn.ChannelShuffle(2)", (1, 4, 3, 3, 3, 3)),
    Example("nn.ChannelShuffle(0)", (1, 4, 3, 3)),
    Example("nn.ChannelShuffle(8)", (1, 4, 3, 3)),
    Example("nn.ChannelShuffle(2.0)", (1, 4, 3, 3)),
    Example("nn.ChannelShuffle(groups=2)", (1, 0, 3, 3)),
    # Unfold and Fold
    Example("nn.Unfold(2)", (1, 3, 4, 5)),
    Example("nn.Unfold(2)", (3, 4, 5)),
    Example("nn.Unfold(2)", (4, 5)),
    Example("nn.Unfold(2)", (2, 1, 3, 4, 5)),
    Example("nn.Unfold((2, 3))", (1, 3, 4, 5)),
    Example("nn.Unfold(kernel_size=3, padding=1, stride=2)", (1, 3, 4, 5)),
    Example("nn.Unfold(kernel_size=3, dilation=2)", (1, 3, 4, 5)),
    Example("nn.Unfold(kernel_size=3, dilation=2)", (1, 3, 5, 5)),
    Example("nn.Unfold(5)", (1, 3, 4, 5)),
    Example("nn.Unfold(0)", (1, 3, 4, 5)),
    Example("nn.Unfold(2, stride=0)", (1, 3, 4, 5)),
    Example("nn.Unfold(2, padding=-1)", (1, 3, 4, 5)),
    Example("nn.Unfold((2, 3, 4))", (1, 3, 4, 5)),
    Example("nn.Unfold((2,))", (1, 3, 4, 5)),
    Example("nn.Unfold(2.0)", (1, 3, 4, 5)),
    Example("nn.Unfold(2)", (0, 3, 4, 5)),
    Example("nn.Unfold(2)", (0, 4, 5)),
    Example("nn.Unfold(2, 1, 0, 3)", (1, 3, 7, 7)),
    Example("nn.Unfold(2, padding=(1, 0))", (1, 3, 1, 5)),
    Example("nn.Fold((4, 5), 2)", (1, 12, 12)),
    Example("nn.Fold((4, 5), 2)", (12, 12)),
    Example("nn.Fold((4, 5), 2)", (1, 12, 11)),
    Example("nn.Fold((4, 5), 2)", (1, 11, 12)),
    Example("nn.Fold((4, 5), 2)", (12,)),
    Example("nn.Fold((4, 5), 2)", (1, 1, 12, 12)),
    Example("nn.Fold(4, 2)", (1, 12, 9)),
    Example("nn.Fold((4, 5), (2, 3))", (1, 18, 9)),
    Example("nn.Fold((4, 5), 2, stride=2)", (1, 8, 4)),
    Example("nn.Fold((4, 5), 2, stride=2, padding=1)", (1, 8, 9)),
    Example("nn.Fold((1, 1), 2)", (1, 8, 1)),
    Example("nn.Fold((1, 1), 2, padding=1)", (1, 8, 4)),
    Example("nn.Fold((4, 5), 0)", (1, 12, 12)),
    Example("nn.Fold((4, 5), 2)", (0, 12, 12)),
    Example("nn.Fold((4, 5), 2)", (2, 0, 12)),
    Example("nn.Fold(output_size=(4, 5), kernel_size=2, dilation=2)", (1, 4, 6)),
    Example("nn.Fold((4, 5, 6), 2)", (1, 12, 12)),
    Example("nn.Fold(-1, 1)", (1, 4, 1)),
    Example("nn.Unfold(3, padding=1), nn.Fold((6, 7), 3, padding=1)", (2, 3, 6, 7)),
    Example("nn.Unfold(3), nn.Fold((6, 7), 3, padding=1)", (2, 3, 6, 7)),
    Example("nn.Fold((4, 5), 2), nn.Flatten(), nn.Linear(60, 2)", None, error=False),
    Example("nn.Unfold(2), nn.Fold((4, 5), 2)", None, error=False),
    Example("nn.Fold((4, 5), 3), nn.Unfold(6)", None, error=True),
    # dtypes: interpolation needs floating point (int64 raises).
    Example("nn.Upsample(scale_factor=2)", (1, 3, 4, 4), dtype="int64"),
    Example("nn.Upsample(scale_factor=2, mode='bilinear')", (1, 3, 4, 4), dtype="float64"),
]
