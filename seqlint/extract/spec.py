"""What extraction hands to the shape analysis: models, their layers and their inputs.

Nothing here knows about libcst: a ``ModelSpec`` is plain data, so the analysis can be
tested, cached or fed from other front ends (notebooks, a language server).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from seqlint.checks import Span


@dataclass
class Argument:
    value: object  # a folded constant, a Dim, or expr.UNKNOWN
    span: Span
    keyword: str | None = None


@dataclass
class LayerCall:
    """One layer as written inside a Sequential, e.g. ``nn.Linear(32 * 8 * 8, 10)``."""

    type_name: str | None  # the torch.nn class it resolves to, else None
    display: str  # the callee as written, for messages about unknown layers
    span: Span
    positional: list[Argument] = field(default_factory=list)
    keywords: dict[str, Argument] = field(default_factory=dict)
    unpacked: bool = False  # *args / **kwargs in the call: arguments cannot be bound
    model: "ModelSpec | None" = None  # when the layer is itself a Sequential


@dataclass
class InputSpec:
    shape: tuple  # of Dims
    dtype: str | None = "float32"
    origin: str = "dummy"  # "dummy" (a tensor passed to the model) or "pragma"


@dataclass
class ModelSpec:
    """One ``nn.Sequential(...)`` call written in the source."""

    name: str | None  # what it is assigned to, e.g. "model" or "self.features"
    span: Span
    layers: list[LayerCall]
    input: InputSpec | None = None
    training: bool = True
    nested: bool = False
    complete: bool = True  # False when some layers could not be read (e.g. *layers)
    cast: str | None = None  # the dtype model.double()/.to(dtype) gave every weight; "?" unknown
