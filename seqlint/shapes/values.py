"""The values that flow from layer to layer: tensors, tuples of them, or nothing known."""

from __future__ import annotations

from dataclasses import dataclass

from seqlint.shapes.expr import Dim, render, to_json


@dataclass(frozen=True)
class Tensor:
    """A tensor whose ``shape`` is a tuple of dims, or None when not even its rank is known.

    ``factors`` remembers, when the last dim was produced by flattening, the dims that were
    multiplied: it lets a Linear after a Flatten say "gets 1568 = 32 × 7 × 7".
    """

    shape: tuple[Dim, ...] | None
    dtype: str | None = "float32"
    factors: tuple[Dim, ...] | None = None
    # The values of a dummy input, when the source says: ("max", m) for a known largest
    # value, ("uniform", low, high, count) for ``torch.randint(low, high, size)``.  Only the
    # model's input carries them; any layer's output is new values.
    values: tuple | None = None
    # The program's own data (a dummy input or a pragma's shape), not a layer's output: a
    # layer that rejects it may be right and the data wrong, so its repair is unsafe.
    data: bool = False
    # Where the forward knows it (seqlint.shapes.strides): the memory layout, which decides
    # whether ``view`` may merge dims.  Any operation that does not say keeps nothing.
    strides: tuple | None = None

    @property
    def rank(self) -> int | None:
        return None if self.shape is None else len(self.shape)

    def with_shape(self, shape: tuple[Dim, ...] | None, factors=None) -> "Tensor":
        return Tensor(shape, self.dtype, factors)

    def render(self) -> str:
        return render_shape(self.shape)

    def to_json(self):
        return None if self.shape is None else [to_json(d) for d in self.shape]


@dataclass(frozen=True)
class TupleValue:
    """What RNN/LSTM/GRU and ``return_indices=True`` pools return: a tuple, not a tensor."""

    items: tuple
    producer: str

    def render(self) -> str:
        return "(" + ", ".join(item.render() for item in self.items) + ")"

    def to_json(self):
        return [item.to_json() for item in self.items]


UNKNOWN_TENSOR = Tensor(None, None)

Value = Tensor | TupleValue


def render_shape(shape) -> str:
    if shape is None:
        return "(?)"
    if len(shape) == 1:
        return f"({render(shape[0])},)"
    return "(" + ", ".join(render(d) for d in shape) + ")"
