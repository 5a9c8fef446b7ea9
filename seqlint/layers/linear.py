"""Linear, LazyLinear and Identity."""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, fmt
from seqlint.shapes import expr


class Linear(Layer):
    checks_summary = "in_features (with the factors of a Flatten before it); dtype of the weights"
    names = ("Linear",)
    signature = "in_features, out_features, bias=True, device=None, dtype=None"
    min_rank = 1
    batched_rank = 2

    def validate(self):
        for name in ("in_features", "out_features"):
            value = self.arg(name)
            if isinstance(value, int) and not isinstance(value, bool) and value < 0:
                raise self.invalid(name, f"{name} must be non-negative, got {value}")

    def forward(self, x, ctx):
        self.expect_weight_dtype(x, ctx)
        expected = self.dim("in_features")
        actual = x.shape[-1]
        if ctx.same(actual, expected) is False:
            if x.factors is not None and len(x.factors) > 1:
                factors = " × ".join(expr.render(ctx.resolve(f)) for f in x.factors)
                raise ShapeError(checks.FlattenLinearMismatch, self.type_name, fmt(ctx.resolve(expected)),
                                 fmt(ctx.resolve(actual)), factors, argument="in_features",
                                 repair=ctx.repair("in_features", actual, x.factors))
            raise ShapeError(checks.FeatureMismatch, self.type_name, fmt(ctx.resolve(expected)), "input features",
                             f"{fmt(ctx.resolve(actual))} (input {ctx.render(x)})", argument="in_features",
                             repair=ctx.repair("in_features", actual))
        return x.with_shape(x.shape[:-1] + (self.dim("out_features"),))


class LazyLinear(Layer):
    """Infers in_features from its first input: any last dim is accepted."""

    checks_summary = "dtype of the weights (in_features is taken from the input)"
    names = ("LazyLinear",)
    signature = "out_features, bias=True, device=None, dtype=None"
    min_rank = 1
    batched_rank = 2

    def forward(self, x, ctx):
        self.expect_weight_dtype(x, ctx)
        return x.with_shape(x.shape[:-1] + (self.dim("out_features"),))


class Identity(Layer):
    checks_summary = "nothing: anything passes through, a tuple too"
    names = ("Identity",)
    signature = "*args, **kwargs"

    def forward(self, x, ctx):
        return x


EXAMPLES = [
    Example("nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)", (1, 784)),
    Example("nn.Linear(784, 128), nn.Linear(64, 10)", (1, 784)),
    Example("nn.Linear(784, 128), nn.Linear(64, 10)", None, error=True),
    Example("nn.Linear(8, 4)", (8,)),
    Example("nn.Linear(8, 4)", (2, 3, 5, 8)),
    Example("nn.Linear(8, 4)", (2, 7)),
    Example("nn.Linear(8, 4)", ()),
    Example("nn.Linear(in_features=8, out_features=3, bias=False)", (5, 8)),
    Example("nn.LazyLinear(6), nn.Linear(6, 2)", (3, 11)),
    Example("nn.LazyLinear(6), nn.Linear(5, 2)", (3, 11)),
    Example("nn.Identity(), nn.Linear(4, 2)", (3, 4)),
    Example("nn.Identity(54, unused='x'), nn.Linear(4, 2)", (3, 4)),
    Example("nn.Flatten(), nn.Linear(32 * 8 * 8, 10)", (1, 32, 7, 7)),
    Example("nn.Flatten(), nn.Linear(32 * 7 * 7, 10)", (1, 32, 7, 7)),
    Example("nn.Linear(784, 128), nn.BatchNorm1d(5)", None, error=False),
    Example("nn.Linear(8, 4)", (2, 8), dtype="float64"),
    Example("nn.Linear(8, 4)", (2, 8), dtype="float16"),
    Example("nn.Linear(8, 4)", (2, 8), dtype="int64"),
    Example("nn.Linear(8, 4, dtype=torch.float64)", (2, 8), dtype="float64"),
    Example("nn.Linear(8, 4, dtype=torch.float64)", (2, 8)),
    Example("nn.ReLU(), nn.LazyLinear(3)", (2, 8), dtype="float64"),
    Example("nn.Embedding(10, 8), nn.Linear(8, 2)", (2, 5), dtype="int64"),
]
