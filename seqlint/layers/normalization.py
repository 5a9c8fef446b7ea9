"""Normalization layers: BatchNorm, InstanceNorm (and their Lazy forms), SyncBatchNorm,
LayerNorm, RMSNorm, GroupNorm, LocalResponseNorm and CrossMapLRN2d.

All keep the input's shape.  What they check is the channel count they were built for and,
in training, that their statistics have more than one value to work with.
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, fmt
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN

_BN = "eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True"
_IN = "eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None, *, bias=True"


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_one(ctx, d) -> bool:
    """Is ``d`` 1 for every input?  Never pins a free symbol: a symbolic batch may be > 1."""
    return expr.compare(ctx.resolve(d), 1) is True


class _Norm(Layer):
    """What BatchNorm and InstanceNorm share: the channel check against ``num_features``."""

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.lazy = type_name.startswith("Lazy")  # num_features comes from the first input

    def truthy(self, name: str):
        """torch tests these flags with ``if``: True, False, or None when unknown."""
        value = self.arg(name)
        return None if value is UNKNOWN or isinstance(value, expr.Expr) else bool(value)

    def has_weights(self):
        """Does the layer own per-channel tensors (weight or running stats)?  None: unknown."""
        affine, stats = self.truthy("affine"), self.truthy("track_running_stats")
        if affine or stats:
            return True
        return None if None in (affine, stats) else False

    def uses_batch_stats(self, ctx):
        """torch normalizes with the input's own statistics in training, or without running stats."""
        stats = self.truthy("track_running_stats")
        return True if ctx.training or stats is False else (None if stats is None else False)

    def validate(self):
        if self.lazy:
            return
        count = self.arg("num_features")
        # torch only uses num_features to build the per-channel tensors.
        bad = isinstance(count, float) or (_is_int(count) and count < 0)
        if bad and self.has_weights():
            raise self.invalid("num_features", f"num_features must be a non-negative int, got {count!r}")

    def check_channels(self, channels, expected, x, ctx):
        if self.has_weights():
            ctx.expect(channels, expected, self, "channels", x, "num_features")


class BatchNorm(_Norm):
    """BatchNorm1d/2d/3d, their Lazy forms and SyncBatchNorm: channels are dim 1."""

    checks_summary = "rank, channels against num_features, one value per channel in training, dtype"
    names = ("BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "LazyBatchNorm1d", "LazyBatchNorm2d",
             "LazyBatchNorm3d", "SyncBatchNorm")
    RANKS = {"1d": ((2, 3), None), "2d": ((4,), 4), "3d": ((5,), 5)}

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        if type_name == "SyncBatchNorm":
            self.min_rank = 2  # any rank from 2D: it normalizes over every dim but the channels
        else:
            self.ranks, self.batched_rank = self.RANKS[type_name[-2:]]

    @classmethod
    def signature_of(cls, type_name):
        if type_name == "SyncBatchNorm":
            return "num_features, " + _BN.replace("device=None", "process_group=None, device=None")
        return _BN if type_name.startswith("Lazy") else "num_features, " + _BN

    def forward(self, x, ctx):
        self.expect_norm_dtype(x, ctx, self.has_weights())
        if not self.lazy:
            self.check_channels(x.shape[1], self.dim("num_features"), x, ctx)
        values = expr.product((x.shape[0],) + x.shape[2:])  # values per channel
        batch_stats = self.uses_batch_stats(ctx)
        if batch_stats and _is_one(ctx, values):
            raise ShapeError(checks.BatchNormSingleValue, self.type_name, 1, ctx.render(x))
        # F.batch_norm: eps must be > 0 when it uses the batch's statistics, else >= 0.
        eps = self.arg("eps")
        if isinstance(eps, (int, float)) and (eps < 0 or (eps == 0 and batch_stats)):
            when = " when it normalizes with the batch's statistics (training)" if eps == 0 else ""
            raise self.invalid("eps", f"eps must be {'positive' if eps == 0 else 'non-negative'}{when}, got {eps!r}")
        return x


class InstanceNorm(_Norm):
    """InstanceNorm1d/2d/3d and their Lazy forms: unbatched inputs have channels at dim 0.

    A ``num_features`` that differs from the channels only warns, unless the layer owns
    per-channel tensors (``affine`` or ``track_running_stats``).
    """

    checks_summary = "rank, channels against num_features, one value per channel in training, dtype"
    names = ("InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d",
             "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d")

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.spatial = int(type_name[-2])
        self.ranks = (self.spatial + 1, self.spatial + 2)
        self.batched_rank = self.spatial + 2

    @classmethod
    def signature_of(cls, type_name):
        if type_name.startswith("Lazy"):  # torch's Lazy forms default to affine and running stats
            return _IN.replace("affine=False, track_running_stats=False", "affine=True, track_running_stats=True")
        return "num_features, " + _IN

    def forward(self, x, ctx):
        self.expect_norm_dtype(x, ctx, self.truthy("affine"))
        axis = x.rank - self.spatial - 1  # the channel dim: 0 unbatched, 1 batched
        # A Lazy layer takes num_features from dim 1 even for an unbatched input.
        expected = x.shape[1] if self.lazy else self.dim("num_features")
        self.check_channels(x.shape[axis], expected, x, ctx)
        if self.uses_batch_stats(ctx) and _is_one(ctx, expr.product(x.shape[axis + 1:])):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"in training mode (or without running stats) it needs more than 1 "
                             f"spatial element per channel, but input {ctx.render(x)} has 1")
        return x


def _shape_arg(value):
    """``normalized_shape`` as a tuple (an int means a 1-tuple), or None when unknown."""
    if isinstance(value, (tuple, list)):
        return tuple(value)
    if _is_int(value) or isinstance(value, expr.Expr):
        return (value,)
    return None


class TrailingNorm(Layer):
    """LayerNorm and RMSNorm: the last dims of the input must equal ``normalized_shape``."""

    checks_summary = "trailing dims against normalized_shape, dtype"
    names = ("LayerNorm", "RMSNorm")

    @classmethod
    def signature_of(cls, type_name):
        if type_name == "LayerNorm":
            return "normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None"
        return "normalized_shape, eps=None, elementwise_affine=True, device=None, dtype=None"

    def shape(self):
        return _shape_arg(self.arg("normalized_shape"))

    def bad_entry(self):
        """The first entry torch rejects as a size (a float or a negative int), if any."""
        shape = self.shape() or ()
        return next((v for v in shape if isinstance(v, float) or (_is_int(v) and v < 0)), None)

    def validate(self):
        value = self.arg("normalized_shape")
        if isinstance(value, (float, str)):
            raise self.invalid("normalized_shape", f"normalized_shape must be an int or a tuple of ints, got {value!r}")
        # The weight is built from normalized_shape: only then does a bad size fail here.
        if self.flag("elementwise_affine") and self.bad_entry() is not None:
            raise self.invalid("normalized_shape", f"normalized_shape has an invalid size {self.bad_entry()!r}")

    def accepted_ranks(self):
        shape = self.shape()
        return None, len(shape) if shape else 0

    def forward(self, x, ctx):
        # RMSNorm computes in the input's dtype; LayerNorm's parameters must match it.
        self.expect_norm_dtype(x, ctx, self.type_name == "LayerNorm" and self.flag("elementwise_affine"))
        shape = self.shape()
        if shape is None:
            return x
        if not shape:
            raise ShapeError(checks.InvalidInput, self.type_name, "normalized_shape must have at least one dim")
        if isinstance(self.bad_entry(), float):
            raise self.invalid("normalized_shape", f"normalized_shape has an invalid size {self.bad_entry()!r}")
        expected = tuple(v if _is_int(v) or isinstance(v, expr.Expr) else UNKNOWN for v in shape)
        actual = x.shape[len(x.shape) - len(expected):]
        if any(ctx.same(a, e) is False for a, e in zip(actual, expected)):
            raise ShapeError(checks.FeatureMismatch, self.type_name, fmt(expected), "trailing dims",
                             f"{fmt(ctx.resolve_shape(actual))} (input {ctx.render(x)})",
                             argument="normalized_shape", repair=ctx.repair("normalized_shape", tuple(actual)))
        return x


class GroupNorm(Layer):
    checks_summary = "channels against num_channels, divisible by num_groups, one value per group, dtype"
    names = ("GroupNorm",)
    signature = "num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None, *, bias=True"
    min_rank = 2

    def validate(self):
        groups, channels = self.arg("num_groups"), self.arg("num_channels")
        if not (_is_int(groups) and _is_int(channels)):
            return
        if groups == 0:
            raise self.invalid("num_groups", "num_groups must not be 0")
        if channels % groups:  # Python's %, as torch's check uses
            raise self.invalid("num_groups", f"num_channels ({channels}) must be divisible by num_groups ({groups})")
        if channels < 0 and self.flag("affine"):
            raise self.invalid("num_channels", f"num_channels must be non-negative, got {channels}")

    def forward(self, x, ctx):
        self.expect_norm_dtype(x, ctx, self.flag("affine"))
        groups = self.arg("num_groups")
        channels = x.shape[1]
        if self.flag("affine"):
            ctx.expect(channels, self.dim("num_channels"), self, "channels", x, "num_channels")
        if not _is_int(groups):
            return x
        if groups < 0:
            raise ShapeError(checks.InvalidInput, self.type_name, f"num_groups must be positive, got {groups}")
        size = ctx.resolve(channels)
        if isinstance(size, int) and size % groups:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"input channels ({size}) must be divisible by num_groups ({groups})")
        # torch checks this in eval mode too.
        per_group = expr.product((expr.floordiv(expr.mul(x.shape[0], channels), groups),) + x.shape[2:])
        if _is_one(ctx, per_group):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"needs more than 1 value per group, but input {ctx.render(x)} has 1")
        return x


def _nonempty(x, ctx) -> bool:
    return all(ctx.positive(d) for d in x.shape)


class LocalResponseNorm(Layer):
    checks_summary = "rank (at least 3D), size"
    names = ("LocalResponseNorm",)
    signature = "size, alpha=0.0001, beta=0.75, k=1.0"
    min_rank = 3

    def forward(self, x, ctx):
        size = self.arg("size")
        bad = isinstance(size, float) or (_is_int(size) and size <= 0)
        if bad and _nonempty(x, ctx):  # torch returns an empty input untouched
            raise ShapeError(checks.InvalidInput, self.type_name, f"size must be a positive int, got {size!r}")
        return x


class CrossMapLRN2d(Layer):
    checks_summary = "rank (4D), size, at least one channel"
    names = ("CrossMapLRN2d",)
    signature = "size, alpha=0.0001, beta=0.75, k=1"
    ranks = (4,)
    batched_rank = 4

    def forward(self, x, ctx):
        if self.arg("size") == 0 and not isinstance(self.arg("size"), bool):
            raise ShapeError(checks.InvalidInput, self.type_name, "size must not be 0 (torch divides by it)")
        if ctx.resolve(x.shape[1]) == 0:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"needs at least one channel, got input {ctx.render(x)}")
        return x


EXAMPLES = [
    # BatchNorm: channels at dim 1, more than one value per channel in training.
    Example("nn.Linear(784, 256), nn.BatchNorm1d(256)", (1, 784)),
    Example("nn.Linear(784, 256), nn.BatchNorm1d(256)", (1, 784), eval=True),
    Example("nn.Linear(784, 256), nn.BatchNorm1d(256)", (8, 784)),
    Example("nn.Linear(784, 256), nn.BatchNorm1d(128)", (8, 784)),
    Example("nn.Linear(784, 256), nn.BatchNorm1d(128)", (8, 784), eval=True),
    Example("nn.BatchNorm1d(3)", (1, 3, 1)),
    Example("nn.BatchNorm1d(3)", (1, 3, 2)),
    Example("nn.BatchNorm1d(3)", (2, 3, 1)),
    Example("nn.BatchNorm1d(3)", (0, 3)),
    Example("nn.BatchNorm1d(3)", (3,)),
    Example("nn.BatchNorm1d(3)", (2, 3, 4, 5)),
    Example("nn.BatchNorm1d(num_features=3, affine=False)", (2, 4)),
    Example("nn.BatchNorm1d(3, affine=False, track_running_stats=False)", (2, 4)),
    Example("nn.BatchNorm1d(3, affine=True, track_running_stats=False)", (2, 4), eval=True),
    Example("nn.BatchNorm1d(3, track_running_stats=False)", (1, 3), eval=True),
    Example("nn.BatchNorm1d(3, affine=False, track_running_stats=True)", (1, 3), eval=True),
    Example("nn.BatchNorm1d(3, momentum=None, bias=False)", (2, 3)),
    Example("nn.BatchNorm1d(-1)", (2, 3)),
    Example("nn.BatchNorm1d(-1, affine=False, track_running_stats=False)", (2, 3)),
    Example("nn.BatchNorm1d(3.0)", (2, 3)),
    # eps: > 0 when normalizing with the batch's statistics, >= 0 otherwise (module_db's error inputs).
    Example("nn.BatchNorm1d(10, eps=-1.0)", (2, 10)),
    Example("nn.BatchNorm1d(10, eps=0.0)", (2, 10)),
    Example("nn.BatchNorm1d(10, eps=0.0)", (2, 10), eval=True),
    Example("nn.BatchNorm2d(3, eps=-1.0)", (2, 3, 4, 4), eval=True),
    Example("nn.BatchNorm1d(3, eps=0, track_running_stats=False)", (2, 3), eval=True),
    Example("nn.LazyBatchNorm3d(eps=0.0)", (2, 3, 2, 2, 2)),
    Example("nn.BatchNorm1d(3, eps=0.0)", None, error=True),
    Example("nn.BatchNorm2d(3)", (2, 3, 4, 4)),
    Example("nn.BatchNorm2d(3)", (1, 3, 1, 1)),
    Example("nn.BatchNorm2d(3)", (1, 3, 1, 2)),
    Example("nn.BatchNorm2d(3)", (1, 3, 1, 1), eval=True),
    Example("nn.BatchNorm2d(3)", (3, 4, 4)),
    Example("nn.BatchNorm2d(3)", (2, 4, 4, 4)),
    Example("nn.BatchNorm3d(3)", (2, 3, 4, 4, 4)),
    Example("nn.BatchNorm3d(3)", (1, 3, 1, 1, 1)),
    Example("nn.LazyBatchNorm1d()", (1, 3)),
    Example("nn.LazyBatchNorm1d(), nn.Linear(5, 2)", (2, 5)),
    Example("nn.LazyBatchNorm2d()", (3, 4, 4)),
    Example("nn.LazyBatchNorm3d(eps=1e-3)", (2, 3, 4, 4, 4)),
    Example("nn.SyncBatchNorm(3)", (2, 3, 4, 5, 6, 7)),
    Example("nn.SyncBatchNorm(3)", (1, 3)),
    Example("nn.SyncBatchNorm(3)", (1, 3), eval=True),
    Example("nn.SyncBatchNorm(3)", (3,), eval=True),
    Example("nn.SyncBatchNorm(3)", (2, 4)),
    # With no input the batch may be larger than 1, and a channel mismatch is certain.
    Example("nn.Linear(784, 256), nn.BatchNorm1d(256)", None, error=False),
    Example("nn.Linear(784, 256), nn.BatchNorm1d(128)", None, error=False),  # (N, 128, 784) fits
    Example("nn.Flatten(), nn.Linear(784, 256), nn.BatchNorm1d(128)", None, error=True),
    Example("nn.BatchNorm2d(3), nn.BatchNorm2d(4)", None, error=True),
    Example("nn.Linear(4, 1), nn.Flatten(0), nn.BatchNorm1d(1)", None, error=True),
    # InstanceNorm: a num_features mismatch only warns unless affine or running stats.
    Example("nn.InstanceNorm1d(3)", (2, 3, 4)),
    Example("nn.InstanceNorm1d(3)", (3, 4)),
    Example("nn.InstanceNorm1d(3)", (2, 5, 4)),
    Example("nn.InstanceNorm1d(3)", (5, 4)),
    Example("nn.InstanceNorm1d(3, affine=True)", (2, 5, 4)),
    Example("nn.InstanceNorm1d(3, affine=True)", (5, 4)),
    Example("nn.InstanceNorm1d(3, track_running_stats=True)", (2, 5, 4), eval=True),
    Example("nn.InstanceNorm1d(3, track_running_stats=True)", (0, 5, 4)),
    Example("nn.InstanceNorm1d(3)", (2, 3, 1)),
    Example("nn.InstanceNorm1d(3)", (2, 3, 1), eval=True),
    Example("nn.InstanceNorm1d(3, track_running_stats=True)", (2, 3, 1), eval=True),
    Example("nn.InstanceNorm1d(3)", (3, 1)),
    Example("nn.InstanceNorm1d(3)", (3,)),
    Example("nn.InstanceNorm1d(-1)", (2, 3, 4)),
    Example("nn.InstanceNorm1d(-1, affine=True)", (2, 3, 4)),
    Example("nn.InstanceNorm2d(3)", (3, 4, 4)),
    Example("nn.InstanceNorm2d(3)", (1, 3, 1, 1)),
    Example("nn.InstanceNorm2d(3, affine=True)", (1, 5, 4, 4)),
    Example("nn.InstanceNorm3d(3)", (3, 2, 2, 2)),
    Example("nn.InstanceNorm3d(3)", (2, 2, 2)),
    Example("nn.LazyInstanceNorm1d()", (2, 3, 4)),
    Example("nn.LazyInstanceNorm1d()", (3, 4)),
    Example("nn.LazyInstanceNorm1d()", (4, 4)),
    Example("nn.LazyInstanceNorm1d(affine=False, track_running_stats=False)", (3, 4)),
    Example("nn.LazyInstanceNorm2d()", (2, 3, 1, 1)),
    Example("nn.LazyInstanceNorm2d()", (2, 3, 1, 1), eval=True),
    Example("nn.LazyInstanceNorm3d()", (3, 3, 4, 4)),
    # LayerNorm and RMSNorm: the trailing dims.
    Example("nn.LayerNorm(4)", (2, 3, 4)),
    Example("nn.LayerNorm(4)", (4,)),
    Example("nn.LayerNorm(4)", ()),
    Example("nn.LayerNorm(4)", (2, 3, 5)),
    Example("nn.LayerNorm((3, 4))", (2, 3, 4)),
    Example("nn.LayerNorm([3, 4])", (3, 4)),
    Example("nn.LayerNorm((3, 4))", (4,)),
    Example("nn.LayerNorm((3, 4))", (2, 4, 4)),
    Example("nn.LayerNorm(())", (2, 4)),
    Example("nn.LayerNorm(-1)", (2, 4)),
    Example("nn.LayerNorm(-1, elementwise_affine=False)", (2, 4)),
    Example("nn.LayerNorm(4.0)", (2, 4)),
    Example("nn.LayerNorm((4.0,), elementwise_affine=False)", (2, 4)),
    Example("nn.LayerNorm(normalized_shape=4, elementwise_affine=False, bias=False)", (1, 4)),
    Example("nn.Linear(8, 16), nn.LayerNorm(16)", None, error=False),
    Example("nn.Linear(8, 16), nn.LayerNorm(8)", None, error=True),
    Example("nn.RMSNorm(4)", (2, 4)),
    Example("nn.RMSNorm(4)", (2, 5)),
    Example("nn.RMSNorm((3, 4), eps=1e-6)", (2, 3, 4)),
    Example("nn.RMSNorm((3, 4))", (4,)),
    Example("nn.RMSNorm(4)", ()),
    Example("nn.RMSNorm(-1)", (2, 4)),
    # GroupNorm: channels divisible by groups; more than one value per group, even in eval.
    Example("nn.GroupNorm(2, 4)", (2, 4, 5)),
    Example("nn.GroupNorm(2, 4)", (2, 6, 5)),
    Example("nn.GroupNorm(2, 4)", (4,)),
    Example("nn.GroupNorm(2, 4)", (4, 5)),
    Example("nn.GroupNorm(2, 4)", (2, 4, 5, 6, 7, 8)),
    Example("nn.GroupNorm(2, 4)", (1, 4, 1)),
    Example("nn.GroupNorm(4, 4)", (1, 4)),
    Example("nn.GroupNorm(4, 4)", (1, 4), eval=True),
    Example("nn.GroupNorm(4, 4)", (2, 4, 1)),
    Example("nn.GroupNorm(3, 4)", (2, 4)),
    Example("nn.GroupNorm(0, 4)", (2, 4)),
    Example("nn.GroupNorm(-2, 4)", (2, 4)),
    Example("nn.GroupNorm(2, -2)", (2, 4)),
    Example("nn.GroupNorm(2, 4, affine=False)", (2, 6, 5)),
    Example("nn.GroupNorm(2, 4, affine=False)", (2, 5, 5)),
    Example("nn.GroupNorm(num_groups=1, num_channels=4)", (0, 4, 5)),
    # Local response normalization.
    Example("nn.LocalResponseNorm(2)", (2, 3, 4)),
    Example("nn.LocalResponseNorm(2)", (2, 3)),
    Example("nn.LocalResponseNorm(2)", (2, 3, 4, 5, 6, 7)),
    Example("nn.LocalResponseNorm(0)", (2, 3, 4, 5)),
    Example("nn.LocalResponseNorm(0)", (2, 3, 0)),
    Example("nn.LocalResponseNorm(2.5)", (2, 3, 4)),
    Example("nn.LocalResponseNorm(10, alpha=1e-3, beta=0.5, k=2.0)", (2, 3, 4)),
    Example("nn.CrossMapLRN2d(3)", (2, 3, 4, 4)),
    Example("nn.CrossMapLRN2d(3)", (3, 4, 4)),
    Example("nn.CrossMapLRN2d(0)", (2, 3, 4, 4)),
    Example("nn.CrossMapLRN2d(3)", (2, 0, 4, 4)),
    Example("nn.CrossMapLRN2d(3)", (2, 3, 4, 4), eval=True),
    # dtypes: float32 parameters take float16 input, not float64; integers never.
    Example("nn.BatchNorm1d(4)", (3, 4), dtype="float64"),
    Example("nn.BatchNorm1d(4)", (3, 4), dtype="float16"),
    Example("nn.BatchNorm1d(4)", (3, 4), dtype="int64"),
    Example("nn.BatchNorm2d(3, affine=False)", (2, 3, 4, 4), dtype="float64"),
    Example("nn.BatchNorm1d(4, affine=False, track_running_stats=False)", (3, 4), dtype="float64"),
    Example("nn.BatchNorm1d(4, dtype=torch.float64)", (3, 4), dtype="float64"),
    Example("nn.BatchNorm2d(3)", (2, 3, 4, 4), dtype="float64", eval=True),
    Example("nn.LayerNorm(4)", (3, 4), dtype="float64"),
    Example("nn.LayerNorm(4)", (3, 4), dtype="float16"),
    Example("nn.LayerNorm(4, elementwise_affine=False)", (3, 4), dtype="float64"),
    Example("nn.LayerNorm(4)", (3, 4), dtype="int64"),
    Example("nn.RMSNorm(4)", (3, 4), dtype="float64"),
    Example("nn.RMSNorm(4)", (3, 4), dtype="int64"),
    Example("nn.GroupNorm(2, 4)", (3, 4, 5), dtype="float64"),
    Example("nn.GroupNorm(2, 4, affine=False)", (3, 4, 5), dtype="float64"),
    Example("nn.GroupNorm(2, 4)", (3, 4, 5), dtype="int64"),
    Example("nn.InstanceNorm1d(4)", (3, 4, 5), dtype="float64"),
    Example("nn.InstanceNorm1d(4, affine=True)", (3, 4, 5), dtype="float64"),
    Example("nn.InstanceNorm1d(4)", (3, 4, 5), dtype="int64"),
]
