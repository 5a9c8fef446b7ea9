"""What a layer rule is, and the few helpers every rule uses.

A rule is a subclass of ``Layer`` that names the torch.nn classes it serves, copies their
constructor signature from torch, and says how a tensor's shape changes through the layer:

    class Linear(Layer):
        names = ("Linear",)
        signature = "in_features, out_features, bias=True, device=None, dtype=None"
        min_rank = 1
        batched_rank = 2

        def forward(self, x, ctx):
            ctx.expect(x.shape[-1], self.dim("in_features"), self, "in_features", x)
            return x.with_shape(x.shape[:-1] + (self.dim("out_features"),))

``forward`` raises ``ShapeError`` with the check that fails (``seqlint.checks``); the
propagator turns it into a diagnostic at this layer.  ``validate`` holds the checks torch
runs when the layer is built.  Each rule module lists ``EXAMPLES``: layer chains and inputs
that the test suite runs under torch and through seqlint, and requires them to agree.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from typing import ClassVar

from seqlint import checks
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Dim, Expr
from seqlint.shapes.values import Tensor, Value, render_shape


class _Required:
    __repr__ = lambda self: "<required>"  # noqa: E731


REQUIRED = _Required()

# What torch.randint, torch.arange and .long()/.int() give; other integer dtypes are left alone.
INTEGER_DTYPES = ("int64", "int32")


@dataclass(frozen=True)
class Repair:
    """The one value a constructor argument must take for the layer to accept its input:
    what ``--fix`` writes (``seqlint.fixes``)."""

    argument: str  # the parameter, as in the rule's signature ("in_features")
    value: int | tuple  # what it must be; a tuple for a shape argument (normalized_shape)
    factors: tuple | None = None  # the flattened dims whose product ``value`` is


class ShapeError(Exception):
    """Raised by a rule: torch would raise here.  ``check`` is a ``checks.Diagnostic`` class."""

    def __init__(self, check: type[checks.Diagnostic], *args, argument: str | None = None,
                 repair: Repair | None = None):
        super().__init__(check.template.format(*args))
        self.check = check
        self.args_ = args
        self.argument = argument  # the constructor argument at fault, if any
        self.repair = repair


# --- signatures -----------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    default: object = REQUIRED
    keyword_only: bool = False
    variadic: bool = False  # *args
    var_keyword: bool = False  # **kwargs


@functools.lru_cache(maxsize=None)
def parse_signature(signature: str) -> tuple[Param, ...]:
    """Parse a signature written as in torch's source, e.g. ``"in_features, bias=True"``."""
    fn = ast.parse(f"def f({signature}): pass").body[0]
    params: list[Param] = []
    a = fn.args
    positional = a.posonlyargs + a.args
    defaults = [REQUIRED] * (len(positional) - len(a.defaults)) + [
        ast.literal_eval(d) for d in a.defaults
    ]
    params += [Param(p.arg, d) for p, d in zip(positional, defaults)]
    if a.vararg:
        params.append(Param(a.vararg.arg, (), variadic=True))
    for p, d in zip(a.kwonlyargs, a.kw_defaults):
        params.append(Param(p.arg, REQUIRED if d is None else ast.literal_eval(d), keyword_only=True))
    if a.kwarg:
        params.append(Param(a.kwarg.arg, {}, var_keyword=True))
    return tuple(params)


class BindError(Exception):
    """The call does not fit the signature: torch raises TypeError when building the layer."""


def bind(signature: str, positional: list, keywords: dict) -> dict:
    """Bind call arguments to a signature the way Python does; defaults fill the rest."""
    params = parse_signature(signature)
    bound: dict = {}
    remaining = list(positional)
    for param in params:
        if param.keyword_only or param.var_keyword:
            continue
        if param.variadic:
            bound[param.name] = tuple(remaining)
            remaining = []
            break
        if remaining:
            bound[param.name] = remaining.pop(0)
    if remaining:
        raise BindError(f"takes at most {len(bound)} positional arguments but {len(positional)} were given")
    names = {p.name for p in params if not (p.variadic or p.var_keyword)}
    takes_any = any(p.var_keyword for p in params)
    extra: dict = {}  # what **kwargs receives
    for key, value in keywords.items():
        if key not in names:
            if takes_any:
                extra[key] = value
                continue
            raise BindError(f"got an unexpected keyword argument '{key}'")
        if key in bound:
            raise BindError(f"got multiple values for argument '{key}'")
        bound[key] = value
    for param in params:
        if param.var_keyword:
            bound[param.name] = extra
        elif param.name not in bound:
            if param.default is REQUIRED:
                raise BindError(f"missing required argument '{param.name}'")
            bound[param.name] = param.default
    return bound


# --- the analysis context ---------------------------------------------------------------


class Context:
    """What a walk through one model knows besides the tensor: training mode and the values
    it has learnt for the free sizes of a symbolic input (``C`` must be 3 for a Conv2d(3, ...))."""

    def __init__(self, training: bool = True, free: set[str] | None = None, cast: str | None = None):
        self.training = training
        self.cast = cast  # the dtype model.double()/.to(dtype) gave every weight; "?" unknown
        self.free = set(free or ())  # symbols of the input that a layer may pin down
        self.bindings: dict[str, Dim] = {}
        self.warnings: list[tuple] = []  # (check, args) raised by the layer being applied
        self.path = ""  # the file walked: module classes used as layers report in it
        self.inner_results: list = []  # walks of the submodules of module classes used as layers

    def warn(self, check: type[checks.Diagnostic], *args) -> None:
        """Record a warning: torch runs this layer, but the code is almost certainly wrong."""
        self.warnings.append((check, args))

    def resolve(self, d: Dim) -> Dim:
        return expr.substitute(d, self.bindings) if isinstance(d, Expr) and self.bindings else d

    def resolve_shape(self, shape):
        return None if shape is None else tuple(self.resolve(d) for d in shape)

    def same(self, actual: Dim, expected: Dim):
        """Is ``actual == expected``?  True, False (for every input) or None (cannot tell).

        A free input size meeting a definite requirement is pinned to it: the input is
        whatever the model accepts, so a later layer is checked against that.
        """
        actual, expected = self.resolve(actual), self.resolve(expected)
        verdict = expr.compare(actual, expected)
        if verdict is None:
            for this, other in ((actual, expected), (expected, actual)):
                name = expr.is_symbol(this)
                if name in self.free and name not in expr.symbols(other) and other is not UNKNOWN:
                    self.bindings[name] = other
                    self.free.discard(name)
                    return True
        return verdict

    def expect(self, actual: Dim, expected: Dim, layer: "Layer", what: str, x: Tensor,
               parameter: str | None = None) -> None:
        """Raise FeatureMismatch unless ``actual`` can equal ``expected``; ``parameter``, the
        constructor argument that says ``expected``, is repaired by writing ``actual``."""
        if self.same(actual, expected) is False:
            raise ShapeError(checks.FeatureMismatch, layer.type_name, fmt(self.resolve(expected)), what,
                             f"{fmt(actual)} (input {self.render(x)})",
                             repair=self.repair(parameter, actual))

    def repair(self, parameter: str | None, actual, factors=None) -> Repair | None:
        """A repair writing ``actual`` (a dim or a tuple of dims) -- only when it is known."""
        actual = tuple(self.resolve(d) for d in actual) if isinstance(actual, tuple) else self.resolve(actual)
        values = actual if isinstance(actual, tuple) else (actual,)
        if parameter is None or not all(_is_size(v) for v in values):
            return None
        if factors is not None:
            factors = tuple(self.resolve(f) for f in factors)
            if not all(_is_size(f) for f in factors):
                factors = None
        return Repair(parameter, actual, factors)

    def positive(self, d: Dim):
        """Is ``d`` > 0?  True, False (for every input) or None."""
        s = expr.sign(self.resolve(d))
        return None if s is None else s > 0

    def render(self, x: Value) -> str:
        if isinstance(x, Tensor):
            return render_shape(self.resolve_shape(x.shape))
        return x.render()


def _is_size(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def fmt(d) -> str:
    if isinstance(d, tuple):
        return "(" + ", ".join(fmt(v) for v in d) + ("," if len(d) == 1 else "") + ")"
    return expr.render(d) if isinstance(d, (int, Expr)) or d is UNKNOWN else str(d)


# --- rules -----------------------------------------------------------------------------


class Layer:
    """The shape rule of one or more torch.nn classes; an instance is one layer in a model.

    A rule for a class outside torch.nn names it fully qualified (``names``), with the other
    paths its library exports it under as ``aliases`` (alias -> name); see seqlint.layers.
    """

    names: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[dict[str, str]] = {}
    signature: ClassVar[str] = ""
    ranks: ClassVar[tuple[int, ...] | None] = None  # accepted input ranks; None: any
    min_rank: ClassVar[int] = 0
    batched_rank: ClassVar[int | None] = None  # the usual batched input rank, if the rule has one
    returns_tuple: ClassVar[bool] = False  # every layer but Identity needs a tensor input
    # What the rule checks, in a few words: README's coverage table (seqlint.layers.catalogue).
    checks_summary: ClassVar[str] = ""

    def __init__(self, type_name: str, args: dict):
        self.type_name = type_name.rsplit(".", 1)[-1]  # what messages call it: "Rearrange"
        self.args = args

    @classmethod
    def signature_of(cls, type_name: str) -> str:
        """The constructor signature of ``type_name`` (rules serving several classes override)."""
        return cls.signature

    # -- arguments --

    def arg(self, name: str):
        return self.args[name]

    def known(self, name: str) -> bool:
        return self.args[name] is not UNKNOWN

    def dim(self, name: str) -> Dim:
        """An int-valued argument as a dim (int, symbolic, or UNKNOWN)."""
        return as_dim(self.args[name])

    def dims(self, name: str, n: int) -> tuple[Dim, ...]:
        """An int-or-tuple argument expanded to ``n`` dims, as torch's ``_ntuple`` does."""
        value = self.args[name]
        if isinstance(value, (tuple, list)):
            if len(value) == n:
                return tuple(as_dim(v) for v in value)
            if len(value) == 1:
                return (as_dim(value[0]),) * n
            return (UNKNOWN,) * n
        return (as_dim(value),) * n

    def flag(self, name: str):
        """A bool argument: True, False, or None when unknown."""
        value = self.args[name]
        if isinstance(value, bool):
            return value
        return None if value is UNKNOWN or isinstance(value, Expr) else bool(value)

    # -- behaviour --

    def accepted_ranks(self) -> tuple[tuple[int, ...] | None, int]:
        """(ranks, min_rank): the input ranks this layer accepts."""
        return self.ranks, self.min_rank

    def rank_text(self) -> str:
        ranks, low = self.accepted_ranks()
        if ranks is None:
            return f"at least a {low}D"
        if self.batched_rank is not None and ranks == (self.batched_rank - 1, self.batched_rank):
            return f"a {ranks[0]}D (unbatched) or {ranks[1]}D (batched)"
        return "a " + " or ".join(f"{r}D" for r in ranks)

    def validate(self) -> None:
        """Checks torch runs in the constructor; raise ShapeError(InvalidArgument, ...)."""

    def forward(self, x: Tensor, ctx: Context) -> Value:
        raise NotImplementedError

    def params_dtype(self, ctx: Context) -> str | None:
        """The dtype of the layer's weights: float32, its ``dtype=``, or the model's cast."""
        if ctx.cast is not None:
            return None if ctx.cast == "?" else ctx.cast
        wanted = self.args.get("dtype")
        return "float32" if wanted is None else getattr(wanted, "name", None)

    def expect_floating(self, x: Tensor, ctx: Context) -> None:
        """Most kernels exist for floating-point tensors only: integer input raises."""
        if x.dtype in INTEGER_DTYPES:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"is not implemented for {x.dtype} input {ctx.render(x)}")

    def expect_norm_dtype(self, x: Tensor, ctx: Context, has_params) -> None:
        """Normalizations take float16 input beside float32 parameters, not float64."""
        self.expect_floating(x, ctx)
        if has_params and x.dtype == "float64" and self.params_dtype(ctx) == "float32":
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"its parameters are float32 but the input {ctx.render(x)} is float64")

    def expect_weight_dtype(self, x: Tensor, ctx: Context) -> None:
        """A layer with weights multiplies them with its input: torch needs both of one dtype
        (float32 unless the layer was built with ``dtype=``)."""
        wanted = self.params_dtype(ctx)
        if wanted is not None and x.dtype is not None and x.dtype != wanted:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"its weights are {wanted} but the input {ctx.render(x)} is {x.dtype}")

    def invalid(self, argument: str, reason: str) -> ShapeError:
        return ShapeError(checks.InvalidArgument, self.type_name, reason, argument=argument)


def as_dim(value) -> Dim:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, Expr)):
        return value
    return UNKNOWN


def conv_out(size: Dim, kernel: Dim, stride: Dim, padding: Dim, dilation: Dim = 1,
             ceil_mode: bool = False) -> Dim:
    """Output size of a convolution or pooling window, as torch computes it."""
    if not all(isinstance(v, int) for v in (kernel, stride, padding, dilation)):
        # Sizes from parameters (kernel_size=patch_size, stride=patch_size): symbolic, when
        # no ceil_mode makes the last window's rule matter.
        if ceil_mode or not all(isinstance(v, (int, Expr)) for v in (kernel, stride, padding, dilation)) or \
                (isinstance(stride, int) and stride <= 0):
            return UNKNOWN
        span = expr.sub(expr.add(size, expr.mul(2, padding)), expr.add(expr.mul(dilation, expr.sub(kernel, 1)), 1))
        return expr.add(expr.floordiv(span, stride), 1)
    if stride <= 0:
        return UNKNOWN
    span = expr.sub(expr.add(size, 2 * padding), dilation * (kernel - 1) + 1)
    if not ceil_mode:
        return expr.add(expr.floordiv(span, stride), 1)
    out = expr.add(expr.ceildiv(span, stride), 1)
    # torch: the last window must start inside the input or its left padding.
    if isinstance(out, int) and isinstance(size, int):
        if (out - 1) * stride >= size + padding:
            out -= 1
        return out
    # With a symbolic size: decided when the sign of how far past the input the last window
    # starts is the same for every size (stride 1: the sizes cancel out).
    past = expr.sub(expr.mul(expr.sub(out, 1), stride), expr.add(size, padding)) if out is not UNKNOWN else UNKNOWN
    side = expr.sign(past) if past is not UNKNOWN else None
    if side == -1:
        return out
    if side in (0, 1):
        return expr.sub(out, 1)
    return UNKNOWN if padding or stride > kernel else out


@dataclass(frozen=True)
class Example:
    """A case the test suite runs under torch and through seqlint, and that both must agree on.

    ``layers`` is the source of the Sequential's layers.  With ``input`` (a shape) torch
    decides what must happen; with ``input=None`` the model gets no input and ``error``
    says whether seqlint must report an error (for no input it ever may).
    """

    layers: str
    input: tuple | None = None
    dtype: str = "float32"
    eval: bool = False
    error: bool | None = None
