"""Embedding and EmbeddingBag: integer indices in, float vectors out.

Embedding takes indices of any rank and appends ``embedding_dim``.  EmbeddingBag, called
with one tensor (no ``offsets``), takes only a 2D ``(bags, indices)`` input and reduces each
bag to one vector.  Whether an index is in range depends on the data: it is checked only
when the source says what the dummy indices are (``torch.full``, ``torch.randint``).
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError
from seqlint.shapes.values import Tensor

INDEX_DTYPES = ("int64", "int32")  # torch takes no other index type


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Lookup(Layer):
    """What Embedding and EmbeddingBag share: the table's arguments and the index dtype."""

    def validate(self):
        for name in ("num_embeddings", "embedding_dim"):
            value = self.arg(name)
            if self.arg("_weight") is None and (isinstance(value, float) or (_is_int(value) and value < 0)):
                raise self.invalid(name, f"{name} must be a non-negative int, got {value!r}")
        index, count = self.arg("padding_idx"), self.arg("num_embeddings")
        if isinstance(index, float):
            raise self.invalid("padding_idx", f"padding_idx must be an int, got {index!r}")
        if _is_int(index) and _is_int(count) and not -count <= index < count and index != 0:
            raise self.invalid("padding_idx", f"padding_idx ({index}) must be within num_embeddings ({count})")

    def check_indices(self, x, ctx):
        if x.dtype is not None and x.dtype not in INDEX_DTYPES:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"indices must be int64 or int32, but the input is {x.dtype}")

    def check_range(self, x, ctx):
        """Indices at or past ``num_embeddings`` raise an IndexError: certain for a known
        largest value, and for ``randint`` when missing every such index is beyond chance."""
        count = self.arg("num_embeddings")
        if x.values is None or not _is_int(count):
            return
        if x.values[0] == "max":
            largest = x.values[1]
            certain = largest >= count
        else:
            _, low, high, samples = x.values
            largest = high - 1
            inside = max(0, min(count, high) - max(low, 0)) / (high - low)
            certain = high > count and samples > 0 and inside ** samples < 1e-12
        if certain:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"the input's indices reach {largest} but num_embeddings is {count} "
                             f"(index out of range)")

    def output(self, x, shape, ctx):
        return Tensor(shape, self.params_dtype(ctx))  # rows of the weight


class Embedding(_Lookup):
    checks_summary = "integer indices; num_embeddings, embedding_dim, padding_idx"
    names = ("Embedding",)
    signature = ("num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, "
                 "scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None")

    def forward(self, x, ctx):
        self.check_indices(x, ctx)
        self.check_range(x, ctx)
        if self.arg("num_embeddings") == 0 and all(ctx.positive(d) for d in x.shape):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"num_embeddings is 0, so no index of input {ctx.render(x)} is in range")
        return self.output(x, x.shape + (self.dim("embedding_dim"),), ctx)


class EmbeddingBag(_Lookup):
    checks_summary = "rank (2D), integer indices, mode, empty bags"
    names = ("EmbeddingBag",)
    signature = ("num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, "
                 "mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None, "
                 "device=None, dtype=None")
    ranks = (2,)  # a 1D input needs offsets, which a Sequential cannot pass

    def forward(self, x, ctx):
        self.check_indices(x, ctx)
        mode = self.arg("mode")
        if isinstance(mode, str) and mode not in ("sum", "mean", "max"):
            raise self.invalid("mode", f"mode has to be one of sum, mean or max, got {mode!r}")
        if ctx.resolve(x.shape[1]) == 0:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"bags of 0 indices are not supported (input {ctx.render(x)})")
        self.check_range(x, ctx)
        return self.output(x, (x.shape[0], self.dim("embedding_dim")), ctx)


EXAMPLES = [
    Example("nn.Embedding(10, 3)", (2, 5), dtype="int64"),
    Example("nn.Embedding(10, 3)", (5,), dtype="int64"),
    Example("nn.Embedding(10, 3)", (), dtype="int64"),
    Example("nn.Embedding(10, 3)", (2, 3, 4, 5, 6, 7), dtype="int64"),
    Example("nn.Embedding(10, 3)", (0,), dtype="int64"),
    Example("nn.Embedding(10, 3)", (2, 5)),
    Example("nn.Embedding(10, 3)", (2, 5), dtype="float64"),
    Example("nn.Embedding(num_embeddings=10, embedding_dim=3, padding_idx=9)", (2, 5), dtype="int64"),
    Example("nn.Embedding(10, 3, padding_idx=-10)", (2,), dtype="int64"),
    Example("nn.Embedding(10, 3, padding_idx=10)", (2,), dtype="int64"),
    Example("nn.Embedding(10, 3, padding_idx=-11)", (2,), dtype="int64"),
    Example("nn.Embedding(10, 3, padding_idx=1.5)", (2,), dtype="int64"),
    Example("nn.Embedding(10, 3, max_norm=1.0, sparse=True)", (2, 5), dtype="int64"),
    Example("nn.Embedding(4, 3, dtype=torch.float64)", (2, 5), dtype="int64"),
    Example("nn.Embedding(0, 3)", (2,), dtype="int64"),
    Example("nn.Embedding(0, 3)", (0,), dtype="int64"),
    Example("nn.Embedding(-1, 3)", (2,), dtype="int64"),
    Example("nn.Embedding(10, 0)", (2,), dtype="int64"),
    Example("nn.Embedding(10, -1)", (2,), dtype="int64"),
    Example("nn.Embedding(10.0, 3)", (2,), dtype="int64"),
    Example("nn.Embedding(100, 16), nn.Flatten(), nn.Linear(5 * 16, 2)", (8, 5), dtype="int64"),
    Example("nn.Embedding(100, 16), nn.Flatten(), nn.Linear(16, 2)", (8, 5), dtype="int64"),
    Example("nn.Embedding(100, 16), nn.LSTM(16, 32)", (7, 4), dtype="int64"),
    Example("nn.Embedding(100, 16), nn.LSTM(8, 32)", (7, 4), dtype="int64"),
    Example("nn.Linear(4, 4), nn.Embedding(10, 3)", (2, 4)),
    Example("nn.Embedding(100, 16), nn.Linear(16, 2)", None, error=False),
    Example("nn.Embedding(100, 16), nn.Linear(8, 2)", None, error=True),
    Example("nn.EmbeddingBag(10, 3)", (2, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3)", (5,), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3)", (), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3)", (2, 3, 4), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3)", (2, 5)),
    Example("nn.EmbeddingBag(10, 3, mode='sum')", (2, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3, mode='max', max_norm=1.0)", (2, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3, mode='avg')", (2, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3, padding_idx=10)", (2, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3, padding_idx=-3)", (2, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3, include_last_offset=True)", (2, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3)", (0, 5), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3)", (2, 0), dtype="int64"),
    Example("nn.EmbeddingBag(10, 3), nn.Linear(3, 2)", None, error=False),
    Example("nn.EmbeddingBag(10, 3), nn.Linear(4, 2)", None, error=True),
]
