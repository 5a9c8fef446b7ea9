"""torchvision.ops layers (torchvision 0.28): Conv2dNormActivation, Conv3dNormActivation,
SqueezeExcitation, MLP, StochasticDepth, Permute, FrozenBatchNorm2d, DropBlock2d/3d.

Signatures are torchvision's own.  A default that is a class (``norm_layer=
torch.nn.BatchNorm2d``) is written ``...`` in a signature: the argument left out means
torchvision's class, whose rule then runs.  A factory the source passes (``norm_layer=
nn.BatchNorm2d``, ``partial(...)``, a parameter) is not known to the rule: its layer is taken
to keep the shape -- what a norm or an activation layer does -- and nothing it would check
is claimed.  ``None`` is known: no norm (and, for a ConvNormActivation, a conv with bias).

The blocks built of torch.nn layers (ConvNormActivation, SqueezeExcitation, MLP) run those
layers' own rules, built with the arguments torchvision gives them, so every check of a
Conv2d, BatchNorm2d, Linear, Dropout, AdaptiveAvgPool2d holds here too; an error inside
names the inner layer ("Conv2dNormActivation's BatchNorm2d ...") unless it is the block's
first layer, whose arguments are the block's.  The others follow torchvision's functions:
``stochastic_depth`` and ``drop_block2d/3d`` check ``p`` (and ``mode``, the rank) on every
call, training or not; ``Permute`` is ``torch.permute``; FrozenBatchNorm2d broadcasts the
input against ``(1, C, 1, 1)`` buffers.
"""

from __future__ import annotations

from dataclasses import replace
from numbers import Number

from seqlint import checks
from seqlint.layers.activation import Elementwise
from seqlint.layers.base import Example, Layer, ShapeError, as_dim, bind, fmt, parse_signature
from seqlint.layers.convolution import Convolution
from seqlint.layers.dropout import Dropout
from seqlint.layers.linear import Linear
from seqlint.layers.normalization import BatchNorm
from seqlint.layers.pooling import AdaptivePool
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Expr
from seqlint.shapes.values import Tensor

DEFAULT = ...  # a signature's "...": torchvision's default class


def _names(module: str, *classes: str) -> tuple[str, ...]:
    return tuple(f"torchvision.ops.{module}.{c}" for c in classes)


def _aliases(names: tuple[str, ...]) -> dict[str, str]:
    """torchvision.ops exports each class of its submodules: ``torchvision.ops.MLP``."""
    return {"torchvision.ops." + name.rsplit(".", 1)[-1]: name for name in names}


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _unknown(value) -> bool:
    """A value seqlint cannot see: a factory from the source, a parameter."""
    return value is UNKNOWN or isinstance(value, Expr)


def _integral(dtype) -> bool:
    return isinstance(dtype, str) and dtype.startswith(("int", "uint", "bool"))


def _rule(cls: type[Layer], type_name: str, positional: list, keywords: dict) -> Layer:
    """A torch.nn layer as torchvision builds it, bound like a call in the source."""
    return cls(type_name, bind(cls.signature_of(type_name), positional, keywords))


def _step(rule: Layer, x, ctx):
    """Run a torch.nn rule as propagate does: the rank first, then its forward."""
    if x.shape is None:
        return x
    ranks, low = rule.accepted_ranks()
    if (ranks is not None and x.rank not in ranks) or x.rank < low:
        raise ShapeError(checks.RankMismatch, rule.type_name, rule.rank_text(), x.rank, ctx.render(x))
    return rule.forward(x, ctx)


class _Part:
    """A torch.nn layer inside a block: its rule, and which of its arguments are the block's."""

    def __init__(self, rule: Layer | None, first: bool = False, renames: dict | None = None):
        self.rule = rule
        self.first = first  # the block's first layer: errors are the block's own
        self.renames = renames or {}  # the inner argument -> the block's argument


class _Block(Layer):
    """A torchvision block made of torch.nn layers: ``parts`` in order, None for a layer
    from a factory seqlint does not know (it keeps the shape, and checks nothing)."""

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.qualified_name = type_name
        self.parts: list[_Part | None] = []
        self.problem: ShapeError | None = None
        try:
            self.build()
        except ShapeError as exc:
            self.problem = exc

    def build(self) -> None:
        raise NotImplementedError

    def not_callable(self, name: str) -> ShapeError:
        return self.invalid(name, f"{name} must be a class or a function building a module, got {self.arg(name)!r}")

    def own(self, exc: ShapeError, part: _Part) -> ShapeError:
        """The error of a part, as the block's: its name, its arguments."""
        inner = exc.args_[0] if exc.args_ else ""
        label = self.type_name if part.first else f"{self.type_name}'s {inner}"
        exc.args_ = (label,) + tuple(exc.args_[1:])
        mine = {p.name for p in parse_signature(self.signature_of(self.qualified_name))}
        argument = part.renames.get(exc.argument, exc.argument) if part.first or exc.argument in part.renames else None
        exc.argument = argument if argument in mine else None
        repair = getattr(exc, "repair", None)
        if repair is not None:
            name = part.renames.get(repair.argument, repair.argument)
            exc.repair = replace(repair, argument=name) if (part.first or repair.argument in part.renames) \
                and name in mine else None
        return exc

    def validate(self):
        if self.problem is not None:
            raise self.problem
        for part in self.parts:
            if part is not None and part.rule is not None:
                try:
                    part.rule.validate()
                except ShapeError as exc:
                    raise self.own(exc, part) from None

    def run(self, x, ctx):
        for part in self.parts:
            if part is None:
                continue  # a factory's layer: taken to keep the shape
            try:
                x = _step(part.rule, x, ctx)
            except ShapeError as exc:
                raise self.own(exc, part) from None
        return x


class ConvNormActivation(_Block):
    """Conv2dNormActivation and Conv3dNormActivation: a Conv, a norm, an activation."""

    checks_summary = ("the Conv2d/3d with torchvision's default padding and bias; the default BatchNorm "
                      "(channels, one value per channel in training) and ReLU; norm_layer=None")
    names = _names("misc", "Conv2dNormActivation", "Conv3dNormActivation")
    aliases = _aliases(names)
    signature = ("in_channels, out_channels, kernel_size=3, stride=1, padding=None, groups=1, "
                 "norm_layer=..., activation_layer=..., dilation=1, inplace=True, bias=None")

    def build(self):
        n = 3 if self.type_name.startswith("Conv3d") else 2
        self.ranks, self.batched_rank = (n + 1, n + 2), n + 2
        kernel, dilation, padding = self.arg("kernel_size"), self.arg("dilation"), self.arg("padding")
        if padding is None:
            kernel, dilation, padding = self._default_padding(kernel, dilation)
        norm = self.arg("norm_layer")
        bias = self.arg("bias")
        if bias is None:
            bias = UNKNOWN if _unknown(norm) else norm is None
        conv = _rule(Convolution, f"Conv{n}d",
                     [self.arg("in_channels"), self.arg("out_channels"), kernel, self.arg("stride"), padding],
                     {"dilation": dilation, "groups": self.arg("groups"), "bias": bias})
        self.parts.append(_Part(conv, first=True))
        if norm is DEFAULT:
            self.parts.append(_Part(_rule(BatchNorm, f"BatchNorm{n}d", [self.arg("out_channels")], {})))
        elif _unknown(norm):
            self.parts.append(None)
        elif norm is not None:
            raise self.not_callable("norm_layer")
        activation = self.arg("activation_layer")
        inplace = self.arg("inplace")
        if activation is DEFAULT:
            self.parts.append(_Part(_rule(Elementwise, "ReLU", [], {} if inplace is None else {"inplace": inplace})))
        elif _unknown(activation):
            self.parts.append(None)
        elif activation is not None:
            raise self.not_callable("activation_layer")

    def _default_padding(self, kernel, dilation):
        """torchvision's ``(kernel_size - 1) // 2 * dilation``, per dim for tuples."""
        if isinstance(kernel, (int, Expr)) and isinstance(dilation, (int, Expr)):
            return kernel, dilation, self._half(kernel, dilation)
        if kernel is UNKNOWN or dilation is UNKNOWN:
            return kernel, dilation, UNKNOWN
        if isinstance(kernel, tuple):
            n = len(kernel)
        elif isinstance(dilation, tuple):
            n = len(dilation)
        else:
            raise self.invalid("kernel_size", f"kernel_size must be an int or a tuple, got {kernel!r}")
        kernel = tuple(kernel) if isinstance(kernel, tuple) else (kernel,) * n
        dilation = tuple(dilation) if isinstance(dilation, tuple) else (dilation,) * n
        if len(kernel) < n or len(dilation) < n:
            raise self.invalid("dilation", f"dilation {fmt(dilation)} has fewer values than kernel_size {fmt(kernel)}")
        return kernel, dilation, tuple(self._half(kernel[i], dilation[i]) for i in range(n))

    @staticmethod
    def _half(kernel, dilation):
        if isinstance(kernel, (int, Expr)) and isinstance(dilation, (int, Expr)):
            return expr.mul(expr.floordiv(expr.sub(as_dim(kernel), 1), 2), as_dim(dilation))
        return UNKNOWN

    def forward(self, x, ctx):
        return self.run(x, ctx)


class SqueezeExcitation(_Block):
    """scale = sigmoid(fc2(relu(fc1(avgpool(x))))); returns scale * x: x's shape."""

    checks_summary = "channels against input_channels (fc1), AdaptiveAvgPool2d and 1x1 Conv2d checks, dtype"
    names = _names("misc", "SqueezeExcitation")
    aliases = _aliases(names)
    signature = "input_channels, squeeze_channels, activation=..., scale_activation=..."
    ranks = (3, 4)
    batched_rank = 4

    def build(self):
        channels, squeeze = self.arg("input_channels"), self.arg("squeeze_channels")
        self.parts.append(_Part(_rule(AdaptivePool, "AdaptiveAvgPool2d", [1], {})))
        self.parts.append(_Part(_rule(Convolution, "Conv2d", [channels, squeeze, 1], {}),
                                renames={"in_channels": "input_channels", "out_channels": "squeeze_channels"}))
        fc2 = _Part(_rule(Convolution, "Conv2d", [squeeze, channels, 1], {}),
                    renames={"in_channels": "squeeze_channels", "out_channels": "input_channels"})
        activations = []
        for name, default in (("activation", "ReLU"), ("scale_activation", "Sigmoid")):
            value = self.arg(name)
            if value is DEFAULT:
                activations.append(_Part(_rule(Elementwise, default, [], {})))
            elif _unknown(value):
                activations.append(None)
            else:
                raise self.not_callable(name)
        self.parts += [activations[0], fc2, activations[1]]

    def forward(self, x, ctx):
        self.run(x, ctx)  # the scale, (N, C, 1, 1)
        return x  # scale * x: fc1 took x's channels, so x's shape


class MLP(_Block):
    """Linear, [norm], activation, Dropout per hidden size; then Linear, Dropout."""

    checks_summary = ("the input's last dim against in_channels; hidden_channels a non-empty list; "
                      "each Linear and Dropout (p, dtype); activation_layer=None with hidden layers")
    names = _names("misc", "MLP")
    aliases = _aliases(names)
    signature = ("in_channels, hidden_channels, norm_layer=None, activation_layer=..., inplace=None, "
                 "bias=True, dropout=0.0")
    min_rank = 1
    batched_rank = 2

    def build(self):
        hidden = self.arg("hidden_channels")
        inplace, bias, dropout = self.arg("inplace"), self.arg("bias"), self.arg("dropout")
        params = {} if inplace is None else {"inplace": inplace}
        if _unknown(hidden):
            self.parts.append(_Part(_rule(Linear, "Linear", [self.arg("in_channels"), UNKNOWN], {"bias": bias}),
                                    first=True, renames={"in_features": "in_channels"}))
            return  # how many layers follow is not known: the first one is
        if not isinstance(hidden, (tuple, list)):
            raise self.invalid("hidden_channels", f"hidden_channels must be a list of ints, got {hidden!r}")
        if not hidden:
            raise self.invalid("hidden_channels", "hidden_channels must not be empty (MLP takes hidden_channels[-1])")
        for size in hidden:
            if isinstance(size, (float, str, tuple, type(None))):
                raise self.invalid("hidden_channels", f"hidden_channels must hold ints, got {size!r}")
        norm, activation = self.arg("norm_layer"), self.arg("activation_layer")
        width = self.arg("in_channels")
        for i, size in enumerate(hidden):
            renames = {"in_features": "in_channels"} if i == 0 else {}
            self.parts.append(_Part(_rule(Linear, "Linear", [width, size], {"bias": bias}), first=i == 0,
                                    renames=renames))
            if i < len(hidden) - 1:
                if _unknown(norm):
                    self.parts.append(None)
                elif norm is not None:
                    raise self.not_callable("norm_layer")
                if activation is DEFAULT:
                    self.parts.append(_Part(_rule(Elementwise, "ReLU", [], params)))
                elif _unknown(activation):
                    self.parts.append(None)
                else:
                    raise self.not_callable("activation_layer")
            self.parts.append(_Part(_rule(Dropout, "Dropout", [dropout], params), renames={"p": "dropout"}))
            width = size

    def forward(self, x, ctx):
        return self.run(x, ctx)


class StochasticDepth(Layer):
    """torchvision.ops.stochastic_depth: p and mode are checked on every call."""

    checks_summary = "p in [0, 1] and mode 'batch' or 'row' (at the call, in eval too); row mode needs a batch dim"
    names = _names("stochastic_depth", "StochasticDepth")
    aliases = _aliases(names)
    signature = "p, mode"

    def forward(self, x, ctx):
        p, mode = self.arg("p"), self.arg("mode")
        if isinstance(p, (Number, str, type(None), tuple)) and not isinstance(p, bool):
            if not isinstance(p, Number):
                raise self.invalid("p", f"p must be a number, got {p!r}")
            if p < 0.0 or p > 1.0:
                raise self.invalid("p", f"drop probability has to be between 0 and 1, but got {p}")
        if isinstance(mode, (str, Number, tuple, type(None))) and mode not in ("batch", "row"):
            raise self.invalid("mode", f"mode has to be either 'batch' or 'row', but got {mode}")
        applied = ctx.training and isinstance(p, Number) and not isinstance(p, bool) and p != 0
        if applied and mode == "row" and x.rank == 0:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             "mode='row' draws one value per row of dim 0, but the input is a 0D tensor")
        if applied and p < 1 and _integral(x.dtype):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"in training it divides its {x.dtype} noise by the survival rate in place: "
                             f"integer input {ctx.render(x)} fails")
        return x


class Permute(Layer):
    """torch.permute(x, dims)."""

    checks_summary = "dims: as many as the input's dims, each once, in range"
    names = _names("misc", "Permute")
    aliases = _aliases(names)
    signature = "dims"

    def accepted_ranks(self):
        dims = self.arg("dims")
        if isinstance(dims, (tuple, list)):
            return (len(dims),), 0
        return None, 0

    def rank_text(self):
        return f"a {len(self.arg('dims'))}D (one dim per entry of dims)"

    def forward(self, x, ctx):
        dims = self.arg("dims")
        if _unknown(dims):
            return x.with_shape(None)
        if not isinstance(dims, (tuple, list)):
            raise self.invalid("dims", f"dims must be a list of ints, got {dims!r}")
        rank = x.rank
        size = max(rank, 1)
        wrapped = []
        for d in dims:
            if not _is_int(d):
                if isinstance(d, (str, float, tuple, type(None))):
                    raise self.invalid("dims", f"dims must hold ints, got {d!r}")
                wrapped.append(None)
                continue
            if not -size <= d < size:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"dimension {d} is out of range for a {rank}D input {ctx.render(x)}")
            wrapped.append(d % size)
        known = [d for d in wrapped if d is not None]
        if len(set(known)) != len(known):
            raise ShapeError(checks.InvalidInput, self.type_name, f"dims {fmt(tuple(dims))} repeat a dimension")
        return x.with_shape(tuple(x.shape[d] if d is not None else UNKNOWN for d in wrapped))


class FrozenBatchNorm2d(Layer):
    """x * scale + bias, with (1, C, 1, 1) buffers: the input broadcasts against them."""

    checks_summary = "num_features; the input broadcasts against (1, num_features, 1, 1) buffers"
    names = _names("misc", "FrozenBatchNorm2d")
    aliases = _aliases(names)
    signature = "num_features, eps=1e-05"

    def validate(self):
        count = self.arg("num_features")
        if (isinstance(count, Number) and not isinstance(count, bool) and not _is_int(count)) or \
                isinstance(count, (str, tuple, type(None))) or (_is_int(count) and count < 0):
            raise self.invalid("num_features", f"num_features must be a non-negative int, got {count!r}")

    def forward(self, x, ctx):
        channels = as_dim(self.arg("num_features"))
        rank = max(x.rank, 4)  # broadcasting against (1, C, 1, 1)
        shape = (1,) * (rank - x.rank) + tuple(ctx.resolve(d) for d in x.shape)
        out = list(shape)
        i = rank - 3  # the dim the buffers' channels meet
        size = shape[i]
        is_one, is_channels = expr.compare(size, 1), expr.compare(size, channels)
        if channels == 1:
            out[i] = size
        elif is_one or is_channels:
            out[i] = channels
        elif is_one is False and is_channels is False:
            raise ShapeError(checks.FeatureMismatch, self.type_name, f"{fmt(channels)} (or 1)",
                             f"channels at dim {i - (rank - x.rank)}",
                             f"{fmt(size)} (input {ctx.render(x)})", argument="num_features")
        else:  # it runs only if size is 1 or C: the output has C, unless C may be 1
            out[i] = channels if expr.compare(channels, 1) is False else UNKNOWN
        return Tensor(tuple(out), self._dtype(x, ctx))

    @staticmethod
    def _dtype(x, ctx):
        buffer = "float32" if ctx.cast is None else (None if ctx.cast == "?" else ctx.cast)
        if x.dtype is None or buffer is None:
            return None
        if x.dtype == buffer or _integral(x.dtype) or x.rank == 0:
            return buffer if _integral(x.dtype) or x.rank == 0 else x.dtype
        if {x.dtype, buffer} == {"float32", "float64"}:
            return "float64"
        if x.dtype in ("float16", "bfloat16") and buffer in ("float32", "float64"):
            return buffer
        return None


class DropBlock(Layer):
    """torchvision.ops.drop_block2d/3d: p and the rank are checked on every call; in
    training an odd block size is needed (clipped to the input's size)."""

    checks_summary = "p in [0, 1] and the rank (4D/5D) at every call; in training an odd block size"
    names = _names("drop_block", "DropBlock2d", "DropBlock3d")
    aliases = _aliases(names)
    signature = "p, block_size, inplace=False, eps=1e-06"

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.n = 3 if self.type_name.endswith("3d") else 2
        self.ranks = (self.n + 2,)
        self.batched_rank = self.n + 2

    def forward(self, x, ctx):
        p = self.arg("p")
        if isinstance(p, (str, type(None), tuple)):
            raise self.invalid("p", f"p must be a number, got {p!r}")
        if isinstance(p, Number) and not isinstance(p, bool) and (p < 0.0 or p > 1.0):
            raise self.invalid("p", f"drop probability has to be between 0 and 1, but got {p}.")
        block = self.arg("block_size")
        if not (ctx.training and isinstance(p, Number) and not isinstance(p, bool) and p != 0
                and _is_int(block) and block > 0):
            return x
        # torchvision clips the block to the input's spatial sizes: min(block_size, W, H).
        sizes = [ctx.resolve(d) for d in x.shape[2:]]
        clipped = min([block] + [s for s in sizes if isinstance(s, int)])
        at_least = all(isinstance(s, int) or ctx.positive(expr.add(expr.sub(s, clipped), 1)) for s in sizes)
        if at_least and clipped % 2 == 0:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"block size should be odd: block_size {block} clipped to the input "
                             f"{ctx.render(x)} is {clipped}")
        if ctx.same(x.shape[1], 0) is True:  # max_pool2d/3d of the noise takes no empty channel dim
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"in training its max pooling needs channels, but the input {ctx.render(x)} has none")
        if _integral(x.dtype):  # the input is scaled by a float: the result is float32
            if self.flag("inplace"):
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"inplace=True scales the {x.dtype} input {ctx.render(x)} by a float in place")
            return Tensor(x.shape, None if self.flag("inplace") is None else "float32")
        return x


IMPORTS = "\n".join([
    "import torchvision.ops",
    "from torchvision.ops import Conv2dNormActivation, Conv3dNormActivation, SqueezeExcitation, MLP",
    "from torchvision.ops import StochasticDepth, Permute, FrozenBatchNorm2d, DropBlock2d, DropBlock3d",
    "from torchvision.ops import misc",
])

EXAMPLES = [
    # Conv2dNormActivation: Conv2d (padding (k - 1) // 2 * d, no bias), BatchNorm2d, ReLU
    Example("Conv2dNormActivation(3, 16), nn.Conv2d(16, 8, 3)", (2, 3, 8, 8)),
    Example("Conv2dNormActivation(3, 16), Conv2dNormActivation(8, 8)", (2, 3, 8, 8)),
    Example("Conv2dNormActivation(3, 16)", (2, 4, 8, 8)),
    Example("Conv2dNormActivation(3, 16, kernel_size=5, stride=2)", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, kernel_size=3, dilation=2)", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, kernel_size=(3, 5), dilation=(1, 2))", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, kernel_size=(3, 5))", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, kernel_size=3, dilation=(1, 2))", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, kernel_size=(3, 3), dilation=(1,))", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, kernel_size=4)", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, padding=0, kernel_size=5)", (2, 3, 4, 9)),
    Example("Conv2dNormActivation(3, 16, padding='same', stride=2)", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16, groups=2)", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(4, 16, groups=4)", (2, 4, 9, 9)),
    Example("Conv2dNormActivation(3, -1)", (2, 3, 9, 9)),
    Example("Conv2dNormActivation(3, 16)", (1, 3, 1, 1)),
    Example("Conv2dNormActivation(3, 16)", (1, 3, 1, 1), eval=True),
    Example("Conv2dNormActivation(3, 16, norm_layer=None)", (1, 3, 1, 1)),
    Example("Conv2dNormActivation(3, 16, norm_layer=nn.BatchNorm2d)", (2, 3, 8, 8)),
    Example("Conv2dNormActivation(3, 16, norm_layer=None, activation_layer=None)", (3, 8, 8)),
    Example("Conv2dNormActivation(3, 16)", (3, 8, 8)),
    Example("Conv2dNormActivation(3, 16)", (2, 3, 8)),
    Example("Conv2dNormActivation(3, 16, activation_layer=nn.Hardswish, inplace=None)", (2, 3, 8, 8)),
    Example("Conv2dNormActivation(3, 16, norm_layer=3)", (2, 3, 8, 8)),
    Example("Conv2dNormActivation(3, 16, bias=True, inplace=False)", (2, 3, 8, 8)),
    Example("Conv2dNormActivation(3, 16)", (2, 3, 8, 8), dtype="float64"),
    Example("Conv2dNormActivation(3, 16)", (2, 3, 8, 8), dtype="int64"),
    Example("Conv2dNormActivation(3, 16, 3, 2), Conv2dNormActivation(16, 32, 3, 2), nn.Flatten(), "
            "nn.Linear(32 * 4 * 4, 10)", (2, 3, 16, 16)),
    Example("Conv2dNormActivation(3, 16, 3, 2), Conv2dNormActivation(16, 32, 3, 2), nn.Flatten(), "
            "nn.Linear(32 * 8 * 8, 10)", (2, 3, 16, 16)),
    Example("Conv2dNormActivation(3, 16), Conv2dNormActivation(32, 8)", None, error=True),
    Example("Conv2dNormActivation(3, 16), Conv2dNormActivation(16, 8)", None, error=False),
    Example("torchvision.ops.Conv2dNormActivation(3, 16), misc.Conv2dNormActivation(16, 8)", (2, 3, 8, 8)),
    Example("misc.Conv2dNormActivation(3, 16), torchvision.ops.Conv2dNormActivation(15, 8)", (2, 3, 8, 8)),
    Example("Conv3dNormActivation(3, 8), nn.Conv3d(8, 4, 3)", (2, 3, 5, 5, 5)),
    Example("Conv3dNormActivation(3, 8, kernel_size=(1, 3, 3), stride=(1, 2, 2))", (2, 3, 4, 9, 9)),
    Example("Conv3dNormActivation(3, 8)", (2, 4, 5, 5, 5)),
    Example("Conv3dNormActivation(3, 8)", (2, 3, 5, 5)),
    # SqueezeExcitation: channels against input_channels, shape kept
    Example("SqueezeExcitation(16, 4), nn.Conv2d(16, 8, 1)", (2, 16, 5, 5)),
    Example("SqueezeExcitation(16, 4)", (2, 8, 5, 5)),
    Example("SqueezeExcitation(16, 4)", (16, 5, 5)),
    Example("SqueezeExcitation(16, 4)", (2, 16, 5)),
    Example("SqueezeExcitation(16, 4)", (2, 16, 0, 5)),
    Example("SqueezeExcitation(16, 4)", (2, 16, 5, 5), dtype="float64"),
    Example("SqueezeExcitation(16, 4, activation=nn.SiLU, scale_activation=nn.Hardsigmoid)", (2, 16, 5, 5)),
    Example("SqueezeExcitation(16, 4, activation=None)", (2, 16, 5, 5)),
    Example("SqueezeExcitation(16, -4)", (2, 16, 5, 5)),
    Example("Conv2dNormActivation(3, 16), SqueezeExcitation(32, 8)", None, error=True),
    # MLP: Linear per hidden size
    Example("MLP(8, [16, 4])", (2, 8)),
    Example("MLP(8, [16, 4]), nn.Linear(4, 2)", (2, 3, 8)),
    Example("MLP(8, [16, 4]), nn.Linear(16, 2)", (2, 8)),
    Example("MLP(8, [16, 4])", (2, 7)),
    Example("MLP(8, (16,))", (8,)),
    Example("MLP(8, [])", (2, 8)),
    Example("MLP(8, [16, 4], activation_layer=None)", (2, 8)),
    Example("MLP(8, [4], activation_layer=None)", (2, 8)),
    Example("MLP(8, [16, 4], dropout=1.5)", (2, 8)),
    Example("MLP(8, [16, 4], dropout=0.5, inplace=False)", (2, 8)),
    Example("MLP(8, [16, 4], norm_layer=nn.LayerNorm, activation_layer=nn.GELU)", (2, 8)),
    Example("MLP(8, [16, 4])", (2, 8), dtype="float64"),
    Example("MLP(8, [16, 4])", (2, 8), dtype="int64"),
    Example("MLP(8, [16, -4])", (2, 8)),
    Example("MLP(8, [16, 4.0])", (2, 8)),
    Example("MLP(8, 16)", (2, 8)),
    Example("MLP(in_channels=8, hidden_channels=[16, 4], bias=False)", (2, 8)),
    Example("nn.Flatten(), MLP(48, [16, 4])", (2, 3, 4, 4)),
    Example("nn.Flatten(), MLP(50, [16, 4])", (2, 3, 4, 4)),
    Example("nn.Linear(10, 8), MLP(8, [16, 4]), MLP(8, [2])", None, error=True),
    Example("nn.Linear(10, 8), MLP(8, [16, 4]), MLP(4, [2])", None, error=False),
    # StochasticDepth: p and mode checked at every call
    Example("StochasticDepth(0.2, 'row')", (2, 3, 4)),
    Example("StochasticDepth(0.2, 'batch')", (2, 3, 4)),
    Example("StochasticDepth(1.5, 'row')", (2, 3, 4)),
    Example("StochasticDepth(1.5, 'row')", (2, 3, 4), eval=True),
    Example("StochasticDepth(0.2, 'column')", (2, 3, 4), eval=True),
    Example("StochasticDepth(0.2, None)", (2, 3, 4)),
    Example("StochasticDepth('0.2', 'row')", (2, 3, 4)),
    Example("StochasticDepth(0.2, 'row')", ()),
    Example("StochasticDepth(0.2, 'batch')", ()),
    Example("StochasticDepth(0.2, 'row')", (), eval=True),
    Example("StochasticDepth(0.0, 'row')", ()),
    Example("StochasticDepth(0.2, 'row')", (2, 3), dtype="int64"),
    Example("StochasticDepth(1.0, 'row')", (2, 3), dtype="int64"),
    Example("StochasticDepth(0.2, 'row')", (2, 3), dtype="int64", eval=True),
    Example("StochasticDepth(p=0.1, mode='row'), nn.Linear(3, 2)", (2, 3)),
    # Permute
    Example("Permute([0, 2, 3, 1]), nn.LayerNorm(3)", (2, 3, 4, 5)),
    Example("Permute([0, 2, 3, 1]), nn.LayerNorm(5)", (2, 3, 4, 5)),
    Example("Permute([0, 2, 3, 1])", (2, 3, 4)),
    Example("Permute([0, 2, 2, 1])", (2, 3, 4, 5)),
    Example("Permute([0, 2, 4, 1])", (2, 3, 4, 5)),
    Example("Permute([0, -1, 1, -2])", (2, 3, 4, 5)),
    Example("Permute([])", ()),
    Example("Permute((1, 0))", (2, 3)),
    Example("Conv2dNormActivation(3, 16), Permute([0, 2, 3, 1]), nn.LayerNorm(16), Permute([0, 3, 1, 2])",
            (2, 3, 8, 8)),
    Example("Conv2dNormActivation(3, 16), Permute([0, 2, 3, 1]), nn.LayerNorm(8)", None, error=True),
    # FrozenBatchNorm2d: x * (1, C, 1, 1) + (1, C, 1, 1)
    Example("FrozenBatchNorm2d(3)", (2, 3, 4, 5)),
    Example("FrozenBatchNorm2d(3)", (2, 4, 4, 5)),
    Example("FrozenBatchNorm2d(3)", (2, 1, 4, 5)),
    Example("FrozenBatchNorm2d(3)", (3, 4, 5)),
    Example("FrozenBatchNorm2d(3)", (4, 5)),
    Example("FrozenBatchNorm2d(3)", (2, 3, 4, 5, 6)),
    Example("FrozenBatchNorm2d(1)", (2, 4, 4, 5)),
    Example("FrozenBatchNorm2d(-1)", (2, 3, 4, 5)),
    Example("FrozenBatchNorm2d(3.0)", (2, 3, 4, 5)),
    Example("FrozenBatchNorm2d(3), nn.Conv2d(3, 4, 1)", (2, 3, 4, 5), dtype="float64"),
    Example("FrozenBatchNorm2d(3), nn.Conv2d(3, 4, 1)", (2, 3, 4, 5), dtype="int64"),
    Example("Conv2dNormActivation(3, 16), FrozenBatchNorm2d(8)", None, error=True),
    # DropBlock2d / DropBlock3d
    Example("DropBlock2d(0.1, 3)", (2, 3, 8, 8)),
    Example("DropBlock2d(0.1, 4)", (2, 3, 8, 8)),
    Example("DropBlock2d(0.1, 4)", (2, 3, 8, 8), eval=True),
    Example("DropBlock2d(0.0, 4)", (2, 3, 8, 8)),
    Example("DropBlock2d(0.1, 7)", (2, 3, 8, 4)),
    Example("DropBlock2d(0.1, 7)", (2, 3, 8, 5)),
    Example("DropBlock2d(0.1, 3)", (2, 3, 8, 0)),
    Example("DropBlock2d(0.1, 3)", (2, 0, 8, 8)),
    Example("DropBlock2d(0.1, 3)", (2, 0, 8, 8), eval=True),
    Example("DropBlock2d(0.1, 3)", (0, 3, 8, 8)),
    Example("DropBlock2d(1.5, 3)", (2, 3, 8, 8), eval=True),
    Example("DropBlock2d(0.1, 3)", (3, 8, 8)),
    Example("DropBlock2d(0.1, 3)", (3, 8, 8), eval=True),
    Example("DropBlock2d(0.1, 3)", (2, 3, 8, 8), dtype="int64"),
    Example("DropBlock2d(0.1, 3), nn.Conv2d(3, 4, 3)", (2, 3, 8, 8), dtype="int64"),
    Example("DropBlock2d(0.1, 3), nn.Conv2d(3, 4, 3)", (2, 3, 8, 8), dtype="int64", eval=True),
    Example("DropBlock2d(0.1, 3, inplace=True)", (2, 3, 8, 8), dtype="int64"),
    Example("DropBlock2d(0.1, 3)", (2, 3, 8, 8), dtype="float16"),
    Example("DropBlock2d(0.1, 3)", (2, 3, 8, 8), dtype="float64"),
    Example("DropBlock2d(p=0.1, block_size=3, inplace=True), nn.Conv2d(3, 4, 3)", (2, 3, 8, 8)),
    Example("DropBlock3d(0.1, 3)", (2, 3, 4, 5, 6)),
    Example("DropBlock3d(0.1, 5)", (2, 3, 4, 5, 6)),
    Example("DropBlock3d(0.1, 3)", (2, 3, 4, 5)),
    Example("Conv2dNormActivation(3, 16), DropBlock2d(0.1, 4)", None, error=False),
]
