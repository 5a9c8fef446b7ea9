"""Activations: the element-wise ones, PReLU, GLU, and the softmax family."""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import INTEGER_DTYPES, Example, Layer, ShapeError
from seqlint.shapes import expr
from seqlint.shapes.values import Tensor

# torch.nn class -> its constructor signature, copied from torch.  Shape in = shape out.
ELEMENTWISE = {
    "ReLU": "inplace=False",
    "ReLU6": "inplace=False",
    "LeakyReLU": "negative_slope=0.01, inplace=False",
    "RReLU": "lower=0.125, upper=0.3333333333333333, inplace=False",
    "ELU": "alpha=1.0, inplace=False",
    "CELU": "alpha=1.0, inplace=False",
    "SELU": "inplace=False",
    "GELU": "approximate='none'",
    "SiLU": "inplace=False",
    "Mish": "inplace=False",
    "Sigmoid": "*args, **kwargs",
    "Tanh": "*args, **kwargs",
    "Hardtanh": "min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None",
    "Hardsigmoid": "inplace=False",
    "Hardswish": "inplace=False",
    "Hardshrink": "lambd=0.5",
    "Softshrink": "lambd=0.5",
    "Tanhshrink": "*args, **kwargs",
    "Softplus": "beta=1.0, threshold=20.0",
    "Softsign": "*args, **kwargs",
    "LogSigmoid": "*args, **kwargs",
    "Threshold": "threshold, value, inplace=False",
}


# What element-wise activations do with int64/int32 input (checked against torch in EXAMPLES).
KEEPS_INTEGERS = {"ReLU", "ReLU6", "Hardtanh"}
MAKES_FLOAT = {"Tanh", "Sigmoid", "Softsign"}  # torch promotes the integers to float32
NEEDS_FLOAT = {"GELU", "SiLU", "LeakyReLU", "ELU", "CELU", "SELU", "Softplus", "Mish",
               "Hardswish", "Hardsigmoid", "LogSigmoid"}


class Elementwise(Layer):
    """Applied to each element: any shape passes through unchanged."""

    checks_summary = "integer input where torch needs float; GELU's approximate"
    names = tuple(ELEMENTWISE)

    @classmethod
    def signature_of(cls, type_name):
        return ELEMENTWISE[type_name]

    def validate(self):
        if self.type_name == "GELU" and self.arg("approximate") not in ("none", "tanh") \
                and isinstance(self.arg("approximate"), str):
            raise self.invalid("approximate", f"approximate must be 'none' or 'tanh', got {self.arg('approximate')!r}")

    def forward(self, x, ctx):
        if x.dtype is None or x.dtype.startswith(("float", "bfloat", "complex")):
            return x
        if x.dtype in INTEGER_DTYPES:
            if self.type_name in NEEDS_FLOAT:
                self.expect_floating(x, ctx)
            if self.type_name in KEEPS_INTEGERS:
                return x
            if self.type_name in MAKES_FLOAT:
                return Tensor(x.shape, "float32", x.factors)
        return Tensor(x.shape, None, x.factors)  # not checked against torch: dtype unknown


class PReLU(Layer):
    """One learnt slope, or one per channel (dim 1; dim 0 for a 1D input)."""

    checks_summary = "channels against num_parameters; dtype of the weight"
    names = ("PReLU",)
    signature = "num_parameters=1, init=0.25, device=None, dtype=None"

    def forward(self, x, ctx):
        self.expect_weight_dtype(x, ctx)
        count = self.dim("num_parameters")
        if count == 1:
            return x
        # torch counts the channels of a 0D or 1D input as 1.
        channels = x.shape[1] if x.rank >= 2 else 1
        ctx.expect(channels, count, self, "channels", x, "num_parameters")
        return x


class GLU(Layer):
    """Halves ``dim``, which must have an even size."""

    checks_summary = "dim in range, of even size"
    names = ("GLU",)
    signature = "dim=-1"

    def forward(self, x, ctx):
        dim = self.arg("dim")
        if not isinstance(dim, int):
            return x.with_shape(None)
        if x.rank == 0 or not -x.rank <= dim < x.rank:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"dimension {dim} is out of range for a {x.rank}D input {ctx.render(x)}")
        axis = dim % x.rank
        size = ctx.resolve(x.shape[axis])
        if isinstance(size, int) and size % 2:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"halves dimension {dim}, which must be even, but it is {size}")
        return x.with_shape(x.shape[:axis] + (expr.floordiv(size, 2),) + x.shape[axis + 1:])


class Softmax(Layer):
    """Softmax, LogSoftmax, Softmin: shape unchanged; ``dim`` must be in range."""

    checks_summary = "dim in range; a missing dim (warning); integer input"
    names = ("Softmax", "LogSoftmax", "Softmin")
    signature = "dim=None"

    def forward(self, x, ctx):
        self.expect_floating(x, ctx)
        dim = self.arg("dim")
        if dim is None:
            implicit = 0 if x.rank in (0, 1, 3) else 1  # torch's _get_softmax_dim
            ctx.warn(checks.ImplicitSoftmaxDim, self.type_name, implicit, ctx.render(x))
            return x
        if not isinstance(dim, int) or isinstance(dim, bool):
            return x
        size = max(x.rank, 1)
        if not -size <= dim < size:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"dimension {dim} is out of range for a {x.rank}D input {ctx.render(x)}")
        return x


class Softmax2d(Layer):
    checks_summary = "rank (3D or 4D)"
    names = ("Softmax2d",)
    signature = "*args, **kwargs"
    ranks = (3, 4)
    batched_rank = 4

    def forward(self, x, ctx):
        return x


EXAMPLES = [
    Example("nn.ReLU(), nn.Linear(4, 2)", (3, 4)),
    Example("nn.Tanh(), nn.Sigmoid(), nn.GELU(), nn.SiLU(), nn.Mish()", (2, 3, 4)),
    Example("nn.LeakyReLU(0.2, inplace=True), nn.ELU(alpha=0.5), nn.Hardswish()", (5,)),
    Example("nn.Threshold(0.1, 20)", (2, 3)),
    Example("nn.Hardtanh(-2.0, 2.0), nn.ReLU6(), nn.Softplus(beta=2)", ()),
    Example("nn.PReLU()", (2, 3, 4)),
    Example("nn.PReLU(3)", (2, 3, 4)),
    Example("nn.PReLU(4)", (2, 3, 4)),
    Example("nn.PReLU(3)", (3,)),
    Example("nn.PReLU(3)", ()),
    Example("nn.GLU()", (2, 6)),
    Example("nn.GLU()", (2, 5)),
    Example("nn.GLU(dim=1)", (2, 6, 3)),
    Example("nn.GLU(dim=2)", (2, 6)),
    Example("nn.Softmax(dim=1)", (1, 10)),
    Example("nn.Softmax(dim=2)", (1, 10)),
    Example("nn.LogSoftmax(dim=-1)", (4, 3, 10)),
    Example("nn.Softmin(dim=0)", ()),
    Example("nn.Softmax()", (2, 3)),
    Example("nn.Softmax2d()", (2, 3, 4, 5)),
    Example("nn.Softmax2d()", (3, 4, 5)),
    Example("nn.Softmax2d()", (4, 5)),
    Example("nn.GELU(approximate='tanh')", (4, 5)),
    Example("nn.Tanh(), nn.Linear(5, 2)", (4, 5), dtype="int64"),
    Example("nn.Sigmoid(), nn.Linear(5, 2)", (4, 5), dtype="int64"),
    Example("nn.Softsign(), nn.Linear(5, 2)", (4, 5), dtype="int64"),
    Example("nn.ReLU(), nn.Linear(5, 2)", (4, 5), dtype="int64"),
    Example("nn.ReLU6(), nn.Hardtanh(), nn.Flatten()", (4, 5), dtype="int64"),
    *[Example(f"nn.{name}()", (4, 5), dtype="int64") for name in sorted(NEEDS_FLOAT)],
    Example("nn.Softmax(dim=1)", (4, 5), dtype="int64"),
    Example("nn.LogSoftmax(dim=1)", (4, 5), dtype="float64"),
    Example("nn.PReLU()", (4, 5), dtype="float64"),
    Example("nn.PReLU(5)", (4, 5), dtype="float16"),
    Example("nn.PReLU()", (4, 5), dtype="int64"),
    Example("nn.GELU(), nn.Linear(5, 2)", (4, 5), dtype="int64"),
    Example("nn.GELU(approximate='fast')", (4, 5)),
]
