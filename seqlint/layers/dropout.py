"""Dropout layers: the shape never changes.

torch checks ``p`` when the layer is built.  The channel-wise ("feature") dropouts need a
channel dim: Dropout1d takes only 2D or 3D inputs, while Dropout2d, Dropout3d and
FeatureAlphaDropout merely warn about odd ranks -- they raise only when dropout is really
applied (training, 0 < p < 1) to a tensor without a channel dim.
"""

from __future__ import annotations

from numbers import Number

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError
from seqlint.shapes.expr import UNKNOWN


class Dropout(Layer):
    checks_summary = "p in [0, 1]; in training no integer input"
    names = ("Dropout", "AlphaDropout")
    signature = "p=0.5, inplace=False"

    def validate(self):
        p = self.arg("p")
        if p is UNKNOWN or not isinstance(p, (Number, str, type(None))):
            return  # symbolic, or a value folded to something torch may accept
        if not isinstance(p, Number) or not 0 <= p <= 1:
            raise self.invalid("p", f"dropout probability has to be between 0 and 1, but got {p!r}")

    def forward(self, x, ctx):
        if self.applied(ctx):  # only a dropout that draws a mask needs floating point
            self.expect_floating(x, ctx)
        return x

    def applied(self, ctx) -> bool:
        p = self.arg("p")
        return ctx.training and isinstance(p, Number) and not isinstance(p, bool) and 0 < p < 1


class Dropout1d(Dropout):
    checks_summary = "rank (2D or 3D), p in [0, 1]; in training no integer input"
    names = ("Dropout1d",)
    ranks = (2, 3)
    batched_rank = 3


class FeatureDropout(Dropout):
    """Dropout2d, Dropout3d, FeatureAlphaDropout: any rank, but dropping whole channels
    needs at least 2 dims (Dropout3d adds a batch dim to every input that is not 5D)."""

    checks_summary = "p in [0, 1]; in training a channel dim and no integer input"
    names = ("Dropout2d", "Dropout3d", "FeatureAlphaDropout")
    BATCHED = {"Dropout2d": 4, "Dropout3d": 5, "FeatureAlphaDropout": None}

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.batched_rank = self.BATCHED[type_name]

    def forward(self, x, ctx):
        applied = self.applied(ctx)
        low = 1 if self.type_name == "Dropout3d" else 2
        if applied and x.rank < low:
            raise ShapeError(checks.RankMismatch, self.type_name,
                             f"in training at least a {low}D", x.rank, ctx.render(x))
        if applied:
            self.expect_floating(x, ctx)
        return x


EXAMPLES = [
    Example("nn.Dropout(), nn.Linear(4, 2)", (3, 4)),
    Example("nn.Dropout(0.2)", ()),
    Example("nn.Dropout(p=0.1, inplace=True)", (2, 3, 4, 5, 6, 7)),
    Example("nn.Dropout(1)", (2, 3)),
    Example("nn.Dropout(p=0)", (2, 3)),
    Example("nn.Dropout(True)", (2, 3)),
    Example("nn.Dropout(1.5)", (2, 3)),
    Example("nn.Dropout(-0.1)", (2, 3)),
    Example("nn.Dropout(p=1.0000001)", (2, 3)),
    Example("nn.Dropout('a')", (2, 3)),
    Example("nn.Dropout(None)", (2, 3)),
    Example("nn.AlphaDropout(0.3)", (5,)),
    Example("nn.AlphaDropout(2)", (5,)),
    Example("nn.Dropout1d()", (2, 3)),
    Example("nn.Dropout1d()", (2, 3, 4)),
    Example("nn.Dropout1d()", (3,)),
    Example("nn.Dropout1d()", (2, 3, 4, 5)),
    Example("nn.Dropout1d()", (2, 3, 4, 5), eval=True),
    Example("nn.Dropout1d(p=-1)", (2, 3)),
    Example("nn.Dropout2d()", (2, 3, 4, 5)),
    Example("nn.Dropout2d()", (3, 4, 5)),
    Example("nn.Dropout2d()", (2, 3)),
    Example("nn.Dropout2d()", (2, 3, 4, 5, 6, 7)),
    Example("nn.Dropout2d()", (3,)),
    Example("nn.Dropout2d()", (3,), eval=True),
    Example("nn.Dropout2d(p=0)", (3,)),
    Example("nn.Dropout2d(p=1)", (3,)),
    Example("nn.Dropout2d(1.5)", (2, 3, 4, 5)),
    Example("nn.Dropout3d()", (2, 3, 4, 5, 6)),
    Example("nn.Dropout3d()", (3, 4, 5, 6)),
    Example("nn.Dropout3d()", (3,)),
    Example("nn.Dropout3d()", ()),
    Example("nn.Dropout3d()", (), eval=True),
    Example("nn.FeatureAlphaDropout(0.2)", (2, 3)),
    Example("nn.FeatureAlphaDropout(0.2)", (3,)),
    Example("nn.FeatureAlphaDropout(0.2)", (3,), eval=True),
    Example("nn.FeatureAlphaDropout(-0.2)", (2, 3)),
    Example("nn.Linear(4, 4), nn.Dropout1d()", None, error=False),
    Example("nn.Flatten(0), nn.Dropout1d()", None, error=True),
    Example("nn.Flatten(0), nn.Dropout2d(0.5)", None, error=True),
    Example("nn.Flatten(0), nn.Dropout3d(0.5)", None, error=False),
    # dtypes: drawing a mask needs floating point; in eval (or p=0) nothing is drawn.
    Example("nn.Dropout(0.5)", (3, 4), dtype="int64"),
    Example("nn.Dropout(0.5)", (3, 4), dtype="int64", eval=True),
    Example("nn.Dropout(0.5)", (3, 4), dtype="float64"),
    Example("nn.Dropout2d(0.3)", (2, 3, 4, 4), dtype="int64"),
    Example("nn.Dropout2d(0.3)", (2, 3, 4, 4), dtype="int64", eval=True),
]
