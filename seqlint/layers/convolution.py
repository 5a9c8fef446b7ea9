"""Convolutions: Conv1d/2d/3d, ConvTranspose1d/2d/3d and their Lazy variants.

One rule serves all twelve classes: the number of spatial dims, whether the convolution is
transposed and whether it is lazy are read from the class name.  Each accepts an unbatched
``(C, *spatial)`` or a batched ``(N, C, *spatial)`` input.

What torch checks, and when (torch 2.13):

* building the layer: ``groups`` > 0, ``in_channels`` and ``out_channels`` divisible by it
  (only ``out_channels`` is left unchecked by the Lazy classes), the padding string, no
  ``padding='same'`` with a stride, the ``padding_mode``; a transposed convolution takes
  only ``padding_mode='zeros'``; a negative or non-int size fails creating the weight;
* the first call: a kernel, stride or dilation < 1, a negative padding, an output padding
  not smaller than either the stride or the dilation, a padding string for a transposed
  convolution, argument tuples of the wrong length, an empty weight, integer inputs, the
  input channels, empty spatial dims (unless the batch or the channels are empty), and an
  output size < 1 ("Kernel size can't be greater than actual input size", "Output size is
  too small"; a transposed one's output of size 0 only raises on some backends);
* ``padding_mode`` 'reflect' needs each pad smaller than its dim, 'circular' at most the dim,
  'reflect' and 'replicate' non-empty dims.
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, conv_out, fmt
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Expr

CONV = ("padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None")
TRANSPOSED = ("padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', "
              "device=None, dtype=None")
PADDING_MODES = ("zeros", "reflect", "replicate", "circular")
INTEGRAL_PREFIXES = ("int", "uint", "bool")


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def known_int(d) -> int | None:
    """``d`` as an int if it is one, else None."""
    return d if _is_int(d) else None


def spatial_arg(layer: Layer, name: str, n: int, lengths: tuple[int, ...] = (1,)):
    """An int-or-tuple argument expanded to ``n`` dims, as torch's conv and pool functions read it.

    A tuple must have ``n`` items or a length in ``lengths`` (one item stands for every dim;
    for a stride, none means "the kernel size"); anything else, or an item that is not an int,
    makes torch raise when the layer is called.  Returns None for an empty tuple.
    """
    value = layer.arg(name)
    if value is UNKNOWN:
        return (UNKNOWN,) * n
    items = value if isinstance(value, tuple) else (value,) * n
    if len(items) != n and len(items) not in lengths:
        raise layer.invalid(name, f"{name} must be a single int or a tuple of {n} ints, got {fmt(items)}")
    if not items:
        return None
    for item in items:
        if not (_is_int(item) or isinstance(item, Expr) or item is UNKNOWN):
            raise layer.invalid(name, f"{name} must hold ints, got {item!r}")
    return tuple(items) * n if len(items) == 1 else tuple(items)


def known_flag(layer: Layer, name: str):
    """``layer.flag(name)``, but None for a symbolic value (``Layer.flag`` calls it True)."""
    return None if isinstance(layer.arg(name), Expr) else layer.flag(name)


def integral(dtype) -> bool:
    return isinstance(dtype, str) and dtype.startswith(INTEGRAL_PREFIXES)


def non_positive_size(layer: Layer, out, x, ctx, reason: str) -> ShapeError:
    return ShapeError(checks.NonPositiveSize, layer.type_name, fmt(tuple(ctx.resolve(d) for d in out)),
                      ctx.render(x), reason)


class Convolution(Layer):
    checks_summary = "rank, channels, spatial size, groups/padding/stride errors, padding modes, dtype"
    names = tuple(f"{lazy}Conv{kind}{n}d" for lazy in ("", "Lazy") for kind in ("", "Transpose")
                  for n in (1, 2, 3))

    @classmethod
    def signature_of(cls, type_name):
        head = "out_channels" if type_name.startswith("Lazy") else "in_channels, out_channels"
        body = TRANSPOSED if "Transpose" in type_name else CONV
        return f"{head}, kernel_size, stride=1, {body}"

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.n = int(type_name[-2])
        self.transposed = "Transpose" in type_name
        self.lazy = type_name.startswith("Lazy")
        self.ranks = (self.n + 1, self.n + 2)
        self.batched_rank = self.n + 2

    # -- construction --

    def validate(self):
        groups = self.arg("groups")
        mode = self.arg("padding_mode")
        if self.transposed and isinstance(mode, str) and mode != "zeros":
            raise self.invalid("padding_mode", f'only "zeros" padding mode is supported, got {mode!r}')
        if _is_int(groups) and groups <= 0:
            raise self.invalid("groups", f"groups must be a positive integer, got {groups}")
        # A Lazy layer is built with 0 channels: neither size is checked until the first call.
        for name in () if self.lazy else ("in_channels", "out_channels"):
            value = self.arg(name)
            if isinstance(value, float) or (_is_int(value) and value < 0):
                raise self.invalid(name, f"{name} must be a non-negative int, got {value!r}")
            if _is_int(value) and _is_int(groups) and groups > 0 and value % groups:
                raise self.invalid(name, f"{name} ({value}) must be divisible by groups ({groups})")
        kernel = self.arg("kernel_size")
        for k in kernel if isinstance(kernel, tuple) else (kernel,):
            if isinstance(k, float) or (_is_int(k) and k < 0):
                raise self.invalid("kernel_size", f"kernel_size must hold non-negative ints, got {fmt(kernel)}")
        padding = self.arg("padding")
        if isinstance(padding, str) and not self.transposed:
            if padding not in ("same", "valid"):
                raise self.invalid("padding", f"padding must be 'same', 'valid' or ints, got {padding!r}")
            stride = self.arg("stride")
            if padding == "same" and any(s != 1 for s in (stride if isinstance(stride, tuple) else (stride,))
                                         if _is_int(s)):
                raise self.invalid("padding", "padding='same' is not supported for strided convolutions")
        if isinstance(mode, str) and mode not in PADDING_MODES:
            raise self.invalid("padding_mode", f"padding_mode must be one of {', '.join(PADDING_MODES)}, got {mode!r}")

    # -- the call --

    def forward(self, x, ctx):
        n = self.n
        # torch skips a few checks for an empty batch: a zero dilation, the output padding, and
        # (for a transposed convolution) the input's dtype.
        filled = ctx.positive(x.shape[0]) if x.rank == n + 2 else True
        if integral(x.dtype) and (filled or not self.transposed):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"needs a floating-point input, got {x.dtype} {ctx.render(x)}")
        kernel = spatial_arg(self, "kernel_size", n, lengths=())
        stride = spatial_arg(self, "stride", n)
        dilation = spatial_arg(self, "dilation", n)
        for name, values in (("kernel_size", kernel), ("stride", stride)):
            if any(_is_int(v) and v < 1 for v in values):
                raise self.invalid(name, f"{name} must be greater than zero, got {fmt(values)}")
        if any(_is_int(d) and (d < 0 or (d == 0 and self._zero_dilation_raises(filled, k)))
               for d, k in zip(dilation, kernel)):
            raise self.invalid("dilation", f"dilation must be greater than zero, got {fmt(dilation)}")
        padding = self._padding()
        if self.transposed:
            extra = self._output_padding(stride, dilation, filled)
        if filled and not integral(x.dtype):
            self.expect_weight_dtype(x, ctx)
        channels_in = self._check_weight_and_channels(x, ctx)
        spatial = x.shape[-n:]
        self._check_empty(x, ctx, spatial, channels_in)
        if self.transposed:
            out = self._transposed_sizes(spatial, kernel, stride, padding, dilation, extra)
        else:
            spatial, padding = self._pad_by_mode(x, ctx, spatial, padding, kernel, dilation)
            if padding == "same":
                out = spatial
            else:
                out = tuple(conv_out(s, k, st, p, d) if p is not UNKNOWN else UNKNOWN
                            for s, k, st, p, d in zip(spatial, kernel, stride, padding, dilation))
        # A transposed convolution's output of size 0 raises on some CPU backends only (not with
        # groups > 1, nor for some 3d kernels): only a negative size is sure to raise.
        least = 0 if self.transposed else 1
        for i, size in enumerate(out):
            if ctx.positive(expr.add(size, 1 - least)) is False:
                raise non_positive_size(self, out, x, ctx, self._why_too_small(i, kernel, dilation))
        # torch returns an empty input with no channels as is: its output has no channels either.
        channels = 0 if ctx.same(channels_in, 0) is True else self._out_channels()
        lead = x.shape[:1] if x.rank == n + 2 else ()
        return x.with_shape(lead + (channels,) + tuple(out))

    def _zero_dilation_raises(self, filled, kernel) -> bool:
        """A zero dilation passes with an empty batch; in a transposed convolution with kernel
        size 1, where it changes nothing, some CPU backends let it pass, others raise."""
        if not filled:
            return False
        return not self.transposed or (_is_int(kernel) and kernel > 1)

    def _padding(self):
        """The padding per dim, or "same"; checks what torch checks of it at the first call."""
        padding = self.arg("padding")
        if isinstance(padding, str):
            if self.transposed:
                raise self.invalid("padding", f"a transposed convolution takes int padding, got {padding!r}")
            return "same" if padding == "same" else (0,) * self.n
        zeros = self.arg("padding_mode") == "zeros" or self.transposed
        pads = spatial_arg(self, "padding", self.n) if zeros else self._mode_padding(padding)
        if zeros and any(_is_int(p) and p < 0 for p in pads):
            raise self.invalid("padding", f"negative padding is not supported, got {fmt(pads)}")
        return pads

    def _output_padding(self, stride, dilation, filled):
        extra = spatial_arg(self, "output_padding", self.n)
        if any(_is_int(p) and p < 0 for p in extra):
            raise self.invalid("output_padding", f"negative output_padding is not supported, got {fmt(extra)}")
        for p, s, d in zip(extra, stride, dilation) if filled else ():
            if all(_is_int(v) for v in (p, s, d)) and p >= s and p >= d:
                raise self.invalid("output_padding",
                                   f"output padding must be smaller than either stride or dilation, but got "
                                   f"output_padding={fmt(extra)}, stride={fmt(stride)}, dilation={fmt(dilation)}")
        return extra

    def _mode_padding(self, padding):
        """Padding applied by F.pad for a non-'zeros' mode: torch pads the last len(padding)
        dims, so a tuple of another length than ``n`` is left unknown."""
        if isinstance(padding, tuple) and len(padding) != self.n:
            return (UNKNOWN,) * self.n
        return spatial_arg(self, "padding", self.n)

    def _check_weight_and_channels(self, x, ctx):
        """Torch's checks of the weight against the input; returns the input channels."""
        axis = 1 if x.rank == self.n + 2 else 0
        channels = x.shape[axis]
        groups = self.arg("groups")
        groups = groups if _is_int(groups) and groups > 0 else None
        out = self.dim("out_channels")
        if self.lazy:
            size = known_int(ctx.resolve(channels))
            if size is not None and groups and size % groups:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"in_channels (the {size} input channels) must be divisible by groups ({groups})")
            if _is_int(out) and out < 0:
                raise self.invalid("out_channels", f"out_channels must be non-negative, got {out}")
            if (not self.transposed or known_flag(self, "bias")) and _is_int(out) and groups and out % groups:
                raise self.invalid("out_channels", f"out_channels ({out}) must be divisible by groups ({groups})")
        else:
            ctx.expect(channels, self.dim("in_channels"), self, "input channels", x, "in_channels")
        # The weight is (out, in/groups, *k), or (in, out/groups, *k) when transposed: its first
        # dim must hold at least one group, and a transposed weight must be non-empty.
        first = channels if self.transposed else out
        if ctx.same(first, 0) is True or (self.transposed and ctx.same(out, 0) is True):
            which = "out_channels" if ctx.same(out, 0) is True else "in_channels"
            raise ShapeError(checks.InvalidInput, self.type_name, f"the weight is empty: {which} is 0")
        return channels

    def _check_empty(self, x, ctx, spatial, channels):
        """Torch takes empty spatial dims only if the batch or the channels are empty too."""
        batch = x.shape[0] if x.rank == self.n + 2 else 1
        if ctx.positive(batch) and ctx.positive(channels):
            for i, size in enumerate(spatial):
                if ctx.same(size, 0) is True:
                    raise ShapeError(checks.InvalidInput, self.type_name,
                                     f"spatial dimension {x.rank - self.n + i} of input {ctx.render(x)} is empty")

    def _pad_by_mode(self, x, ctx, spatial, padding, kernel, dilation):
        """For padding_mode other than 'zeros' torch pads with F.pad, then convolves unpadded:
        returns the padded sizes and the padding left for the convolution."""
        mode = self.arg("padding_mode")
        if mode == "zeros" or mode not in PADDING_MODES:
            return spatial, padding
        if padding == "same":  # the odd one out goes on the right
            totals = [d * (k - 1) if _is_int(k) and _is_int(d) else UNKNOWN for k, d in zip(kernel, dilation)]
            sides = [(t // 2, t - t // 2) if t is not UNKNOWN else (UNKNOWN, UNKNOWN) for t in totals]
        else:
            sides = [(p, p) for p in padding]
        if any(_is_int(v) and v < 0 for side in sides for v in side):
            return (UNKNOWN,) * self.n, (0,) * self.n  # F.pad crops: left unknown
        if mode in ("reflect", "replicate"):
            dims = spatial + (x.shape[1:2] if x.rank == self.n + 2 else ())
            if any(ctx.same(d, 0) is True for d in dims):
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"padding_mode={mode!r} needs non-empty dims, got input {ctx.render(x)}")
        for i, (size, (lo, hi)) in enumerate(zip(spatial, sides)):
            for pad in (lo, hi):
                room = expr.sub(size, pad) if mode == "reflect" else expr.add(expr.sub(size, pad), 1)
                if mode in ("reflect", "circular") and pad is not UNKNOWN and ctx.positive(room) is False:
                    rule = "smaller than" if mode == "reflect" else "at most"
                    raise ShapeError(checks.InvalidInput, self.type_name,
                                     f"padding_mode={mode!r} needs each pad {rule} its dim, but pads {fmt(pad)} "
                                     f"dimension {x.rank - self.n + i} of size {fmt(ctx.resolve(size))}")
        padded = tuple(expr.add(expr.add(s, lo), hi) for s, (lo, hi) in zip(spatial, sides))
        return padded, (0,) * self.n

    @staticmethod
    def _transposed_sizes(spatial, kernel, stride, padding, dilation, extra):
        """(in - 1) * stride - 2 * padding + dilation * (kernel - 1) + output_padding + 1."""
        out = []
        for s, k, st, p, d, op in zip(spatial, kernel, stride, padding, dilation, extra):
            if not all(_is_int(v) for v in (k, st, p, d, op)):
                out.append(UNKNOWN)
                continue
            out.append(expr.add(expr.mul(expr.sub(s, 1), st), -2 * p + d * (k - 1) + op + 1))
        return tuple(out)

    def _why_too_small(self, i, kernel, dilation) -> str:
        if self.transposed:
            return f"the padding takes away more than the transposed convolution adds in dimension {i}"
        effective = (dilation[i] * (kernel[i] - 1) + 1) if _is_int(kernel[i]) and _is_int(dilation[i]) else "?"
        return f"the kernel spans {effective} (kernel_size {fmt(kernel[i])}, dilation {fmt(dilation[i])}) " \
               f"but the padded input is smaller in spatial dimension {i}"

    def _out_channels(self):
        out = self.dim("out_channels")
        groups = self.arg("groups")
        if self.transposed and _is_int(out) and _is_int(groups) and groups > 0:
            return out // groups * groups  # the weight holds out // groups channels per group
        return out


EXAMPLES = [
    # Conv2d: the common forms
    Example("nn.Conv2d(3, 16, 3), nn.ReLU(), nn.Conv2d(16, 32, 3, stride=2, padding=1)", (1, 3, 32, 32)),
    Example("nn.Conv2d(3, 16, 3)", (3, 8, 8)),
    Example("nn.Conv2d(3, 16, 3)", (4, 8, 8)),
    Example("nn.Conv2d(3, 16, 3)", (2, 4, 8, 8)),
    Example("nn.Conv2d(3, 16, 3)", (8, 8)),
    Example("nn.Conv2d(3, 16, 3)", (1, 1, 3, 8, 8)),
    Example("nn.Conv2d(3, 16, kernel_size=(3, 5), stride=(2, 1), padding=(1, 2), dilation=(2, 1))", (2, 3, 17, 9)),
    Example("nn.Conv2d(in_channels=3, out_channels=8, kernel_size=[3, 3], bias=False)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 5)", (1, 3, 4, 9)),
    Example("nn.Conv2d(3, 8, 5, padding=1)", (1, 3, 3, 9)),
    Example("nn.Conv2d(3, 8, 3, dilation=3)", (1, 3, 6, 7)),
    Example("nn.Conv2d(3, 8, 3, dilation=3)", (1, 3, 7, 7)),
    Example("nn.Conv2d(3, 8, 3, stride=4)", (1, 3, 10, 11)),
    Example("nn.Conv2d(3, 8, 3)", (0, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=2)", (1, 3, 0, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=2)", (0, 3, 0, 5)),
    Example("nn.Conv2d(0, 8, 3)", (1, 0, 5, 5)),
    Example("nn.Conv2d(3, 0, 3)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, stride=(2,), padding=(1,))", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, stride=(1, 2, 3))", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, (3,))", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, (3, 0))", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, stride=0)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, dilation=0)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, dilation=0)", (0, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, dilation=-1)", (0, 3, 5, 5)),
    Example("nn.ConvTranspose2d(9, 6, 1, dilation=0, groups=3)", (9, 7, 11)),
    Example("nn.ConvTranspose2d(4, 2, (3, 1), dilation=(0, 1))", (2, 4, 1, 11)),
    Example("nn.Conv2d(3, 8, 3, padding=-1)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=1.5)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3)", (1, 3, 5, 5), dtype="int64"),
    Example("nn.Conv2d(3, 8, 3)", (0, 3, 5, 5), dtype="int64"),
    Example("nn.ConvTranspose2d(3, 8, 3)", (0, 3, 5, 5), dtype="int64"),
    Example("nn.ConvTranspose2d(3, 8, 3)", (3, 5, 5), dtype="int64"),
    # constructor errors
    Example("nn.Conv2d(3, 8, -1)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3.0)", (1, 3, 5, 5)),
    Example("nn.Conv2d(-3, 8, 3)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, groups=0)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, groups=2)", (1, 3, 5, 5)),
    Example("nn.Conv2d(6, 9, 3, groups=2)", (1, 6, 5, 5)),
    Example("nn.Conv2d(6, 8, 3, groups=2)", (1, 6, 5, 5)),
    Example("nn.Conv2d(6, 8, 3, groups=2)", (1, 4, 5, 5)),
    Example("nn.Conv2d(6, 6, 3, groups=6)", (6, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, padding='full')", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, padding_mode='mirror')", (1, 3, 5, 5)),
    # padding='same' / 'valid'
    Example("nn.Conv2d(3, 8, 3, padding='same')", (1, 3, 5, 7)),
    Example("nn.Conv2d(3, 8, 4, padding='same', dilation=3)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 4, padding='same')", (1, 3, 1, 1)),
    Example("nn.Conv2d(3, 8, 3, padding='same')", (1, 3, 0, 5)),
    Example("nn.Conv2d(3, 8, 3, padding='same', stride=2)", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 3, padding='same', stride=(1, 1))", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 4, padding='valid')", (1, 3, 5, 5)),
    Example("nn.Conv2d(3, 8, 4, padding='valid')", (1, 3, 3, 5)),
    # padding modes
    Example("nn.Conv2d(3, 8, 3, padding=1, padding_mode='reflect')", (1, 3, 2, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=1, padding_mode='reflect')", (1, 3, 1, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=(1, 2), padding_mode='reflect')", (3, 5, 2)),
    Example("nn.Conv2d(3, 8, 4, padding='same', padding_mode='reflect')", (1, 3, 2, 5)),
    Example("nn.Conv2d(3, 8, 4, padding='same', padding_mode='reflect')", (1, 3, 3, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=2, padding_mode='circular')", (1, 3, 2, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=3, padding_mode='circular')", (1, 3, 2, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=2, padding_mode='replicate')", (1, 3, 1, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=2, padding_mode='replicate')", (1, 3, 0, 5)),
    Example("nn.Conv2d(3, 8, 3, padding=1, padding_mode='reflect')", (0, 3, 2, 5)),
    # Conv1d / Conv3d
    Example("nn.Conv1d(16, 33, 3, stride=2)", (20, 16, 50)),
    Example("nn.Conv1d(16, 33, 3)", (16, 50)),
    Example("nn.Conv1d(16, 33, 3)", (50,)),
    Example("nn.Conv1d(4, 4, 3, padding=1, padding_mode='reflect')", (4, 2)),
    Example("nn.Conv1d(4, 4, 3, padding=1, padding_mode='circular')", (2, 4, 1)),
    Example("nn.Conv3d(3, 4, (1, 2, 3), stride=(1, 2, 1), padding=(0, 1, 2))", (2, 3, 5, 5, 5)),
    Example("nn.Conv3d(3, 4, 3)", (3, 5, 5, 2)),
    Example("nn.Conv3d(3, 4, 3, padding=1, padding_mode='reflect')", (3, 2, 2, 2)),
    Example("nn.Conv3d(3, 4, 3, padding=1, padding_mode='reflect')", (3, 1, 2, 2)),
    # transposed
    Example("nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=1)", (1, 16, 7, 7)),
    Example("nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=2)", (1, 16, 7, 7)),
    Example("nn.ConvTranspose2d(3, 4, 3, dilation=2, output_padding=1)", (1, 3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, output_padding=1)", (1, 3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, output_padding=1)", (0, 3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, stride=(2, 1), output_padding=(1, 0))", (3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, stride=(2, 1), output_padding=(0, 1))", (3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, output_padding=-1)", (3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, padding=1)", (1, 3, 1, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, padding=3)", (1, 3, 2, 5)),
    Example("nn.ConvTranspose2d(4, 2, 3, padding=(2, 1), groups=2)", (1, 4, 2, 5)),
    Example("nn.ConvTranspose3d(4, 2, 4, padding=(3, 1, 1))", (1, 4, 3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, padding=2, stride=2)", (1, 3, 2, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, padding=-1)", (1, 3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3)", (1, 3, 0, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3)", (0, 3, 0, 5)),
    Example("nn.ConvTranspose2d(3, 0, 3)", (1, 3, 5, 5)),
    Example("nn.ConvTranspose2d(0, 4, 3)", (1, 0, 5, 5)),
    Example("nn.ConvTranspose2d(6, 4, 3, groups=2)", (6, 5, 5)),
    Example("nn.ConvTranspose2d(6, 4, 3, groups=2)", (4, 5, 5)),
    Example("nn.ConvTranspose2d(6, 4, 3, groups=4)", (1, 6, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, padding='same')", (1, 3, 5, 5)),
    Example("nn.ConvTranspose2d(3, 4, 3, padding_mode='reflect')", (1, 3, 5, 5)),
    Example("nn.ConvTranspose1d(3, 4, 3, stride=2, padding=1, output_padding=1)", (2, 3, 5)),
    Example("nn.ConvTranspose1d(3, 4, 3)", (3, 5)),
    Example("nn.ConvTranspose3d(3, 4, 3, stride=2, padding=1, output_padding=1)", (3, 5, 5, 5)),
    Example("nn.ConvTranspose3d(3, 4, 3)", (5, 5, 5)),
    # lazy
    Example("nn.LazyConv2d(8, 3), nn.Conv2d(8, 4, 3)", (1, 5, 9, 9)),
    Example("nn.LazyConv2d(8, 3), nn.Conv2d(6, 4, 3)", (1, 5, 9, 9)),
    Example("nn.LazyConv2d(8, 3)", (6, 5, 5)),
    Example("nn.LazyConv2d(8, 3)", (5, 5)),
    Example("nn.LazyConv2d(4, 3, groups=2)", (1, 3, 5, 5)),
    Example("nn.LazyConv2d(4, 3, groups=2)", (1, 6, 5, 5)),
    Example("nn.LazyConv2d(3, 3, groups=2)", (1, 4, 5, 5)),
    Example("nn.LazyConv2d(4, 3, groups=0)", (1, 4, 5, 5)),
    Example("nn.LazyConv2d(4, 3, padding='same', stride=2)", (1, 4, 5, 5)),
    Example("nn.LazyConv1d(4, 3, padding=1, padding_mode='circular')", (2, 1)),
    Example("nn.LazyConv3d(4, 3)", (1, 2, 3, 4, 5)),
    Example("nn.LazyConvTranspose2d(4, 3, stride=2)", (6, 5, 5)),
    Example("nn.LazyConvTranspose2d(3, 3, groups=2, bias=False)", (1, 4, 5, 5)),
    Example("nn.LazyConvTranspose2d(3, 3, groups=2)", (1, 4, 5, 5)),
    Example("nn.LazyConvTranspose1d(4, 3, padding_mode='reflect')", (1, 4, 5)),
    Example("nn.LazyConvTranspose3d(4, 2, stride=2)", (1, 2, 3, 4, 5)),
    # no input: symbolic sizes
    Example("nn.Conv2d(3, 16, 3), nn.Conv2d(8, 4, 3)", None, error=True),
    Example("nn.Conv2d(3, 16, 3), nn.Conv2d(16, 4, 3), nn.Flatten()", None, error=False),
    Example("nn.Conv2d(3, 16, 3, stride=0)", None, error=True),
    Example("nn.ConvTranspose2d(3, 4, 3, stride=2, output_padding=2)", None, error=True),
    Example("nn.Conv1d(3, 16, 3), nn.Conv2d(16, 4, 3)", None, error=False),
    # dtypes: the weights are float32, and the input must be too.
    Example("nn.Conv2d(3, 8, 3)", (1, 3, 8, 8), dtype="float64"),
    Example("nn.Conv1d(3, 8, 3)", (1, 3, 8), dtype="float16"),
    Example("nn.ConvTranspose2d(3, 8, 3)", (1, 3, 8, 8), dtype="float64"),
    Example("nn.Conv2d(3, 8, 3, dtype=torch.float64)", (1, 3, 8, 8), dtype="float64"),
    Example("nn.Conv2d(3, 8, 3, dtype=torch.float64)", (1, 3, 8, 8)),
]
