"""Every finding seqlint can report, one small class each (after pyflakes' messages).

A class holds its code, kebab-case name, severity and message template; an instance holds
where it was found and the arguments of its message.  Severity means:

* ``error``   -- torch would raise;
* ``warning`` -- torch runs it, but it is almost certainly a bug;
* ``info``    -- a note about the analysis itself (shown only on request).

Each class's docstring is its rule page: what it checks, why it is a bug, an example.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Span:
    """1-based lines and columns (in characters); ``end_*`` is just past the last character."""

    line: int
    column: int
    end_line: int
    end_column: int

    @staticmethod
    def whole_file() -> "Span":
        return Span(1, 1, 1, 1)


@dataclass
class Diagnostic:
    code = "SEQ000"
    name = "diagnostic"
    severity = ERROR
    template = "{}"

    path: str
    span: Span
    args: tuple = ()
    model: str | None = None
    layer: int | None = None
    fix: dict | None = None
    trace: list | None = field(default=None, repr=False)  # [(index, type, line, shape text)]

    @property
    def message(self) -> str:
        return self.template.format(*self.args)

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "model": self.model,
            "layer": self.layer,
            "fix": self.fix,
        }


# --- the file itself ----------------------------------------------------------------


class SyntaxErrorInFile(Diagnostic):
    """The file does not parse as Python, so none of its models can be checked.

    Example: ``model = nn.Sequential(nn.Linear(4, 2)`` (missing parenthesis).
    """

    code, name, severity = "SEQ001", "syntax-error", ERROR
    template = "cannot parse: {}"


class UnreadableFile(Diagnostic):
    """The file cannot be read or decoded (a binary file, bad encoding, no permission)."""

    code, name, severity = "SEQ002", "unreadable-file", ERROR
    template = "cannot read: {}"


class InternalError(Diagnostic):
    """seqlint itself failed on this file.  The file is not at fault; please report it."""

    code, name, severity = "SEQ003", "internal-error", INFO
    template = "seqlint could not check this file: {}"


# --- shapes: torch raises -------------------------------------------------------------


class FeatureMismatch(Diagnostic):
    """A layer reads a dimension whose size differs from what it was built for.

    Why: ``Linear(in_features, ...)`` multiplies by an ``(out, in_features)`` matrix, a
    ``Conv2d(in_channels, ...)`` needs ``in_channels`` input channels, a BatchNorm needs
    ``num_features`` channels: any other size raises at run time.

    Example: ``nn.Sequential(nn.Linear(784, 128), nn.Linear(64, 10))`` -- the second Linear
    expects 64 features but gets 128.  Fix: ``nn.Linear(128, 10)``.
    """

    code, name, severity = "SEQ101", "feature-mismatch", ERROR
    template = "{} expects {} {} but gets {}"


class RankMismatch(Diagnostic):
    """A layer gets a tensor with a number of dimensions it does not accept.

    Example: ``nn.Sequential(nn.Flatten(), nn.Conv2d(3, 8, 3))`` -- Conv2d expects a 3D
    (unbatched) or 4D (batched) input but gets 2D.
    """

    code, name, severity = "SEQ102", "rank-mismatch", ERROR
    template = "{} expects {} input but gets {}D {}"


class NonPositiveSize(Diagnostic):
    """A kernel is larger than the (padded) input, so the output would have size <= 0.

    Example: eight ``MaxPool2d(2)`` on a 32x32 image: the sixth halves 1 to 0 and raises.
    """

    code, name, severity = "SEQ103", "non-positive-size", ERROR
    template = "{} output size would be {} for input {}: {}"


class FlattenLinearMismatch(Diagnostic):
    """The Linear after a Flatten is built for a different number of features.

    The classic bug: the image size changed, or a pooling was added, and the hand-computed
    ``32 * 8 * 8`` was not updated.

    Example: for a ``(1, 3, 28, 28)`` input, ``Conv2d(3, 32, 3, padding=1), MaxPool2d(2),
    MaxPool2d(2), Flatten(), Linear(32 * 8 * 8, 10)`` gets ``1568 = 32 × 7 × 7`` features.
    Fix: ``Linear(32 * 7 * 7, 10)``.
    """

    code, name, severity = "SEQ104", "flatten-linear-mismatch", ERROR
    template = "{} expects {} features but gets {} = {}"


class BatchNormSingleValue(Diagnostic):
    """A BatchNorm in training mode sees a single value per channel.

    Why: batch statistics need more than one value; torch raises
    "Expected more than 1 value per channel when training".

    Example: ``nn.Sequential(nn.Linear(784, 256), nn.BatchNorm1d(256))`` called on
    ``torch.randn(1, 784)`` without ``model.eval()``.  Fix: a batch larger than one, or
    ``model.eval()`` for inference.
    """

    code, name, severity = "SEQ105", "batchnorm-single-value", ERROR
    template = "{} in training mode gets {} value per channel (input {}); torch needs more than 1"


class TupleOutput(Diagnostic):
    """A layer that returns a tuple (RNN, LSTM, GRU, a pool with ``return_indices=True``)
    is followed by a layer that needs a tensor.

    Example: ``nn.Sequential(nn.LSTM(10, 20), nn.Linear(20, 2))`` -- the LSTM returns
    ``(output, (h, c))``; take the output in a module of your own before the Linear.
    """

    code, name, severity = "SEQ106", "tuple-output", ERROR
    template = "{} gets the tuple {} returned by {}; it needs a tensor"


class InvalidArgument(Diagnostic):
    """torch rejects a layer's constructor arguments when the layer is built.

    Example: ``nn.Conv2d(3, 8, 3, groups=2)`` -- in_channels must be divisible by groups.
    """

    code, name, severity = "SEQ107", "invalid-argument", ERROR
    template = "{}: {}"


class InvalidInput(Diagnostic):
    """A layer's other requirement on its input does not hold, and torch raises.

    Example: ``nn.PixelShuffle(2)`` on 3 channels (channels must be divisible by 4);
    ``nn.Unflatten(1, (4, 4))`` on a dimension of size 12.
    """

    code, name, severity = "SEQ108", "invalid-input", ERROR
    template = "{}: {}"


# --- warnings: torch runs it, but it is almost certainly a bug ---------------------------


class ImplicitSoftmaxDim(Diagnostic):
    """Softmax, LogSoftmax or Softmin without ``dim``: torch guesses the dim (0 for 0D, 1D and
    3D inputs, 1 otherwise) and warns that this is deprecated.  For a 3D batch it normalizes
    across the batch -- rarely what was meant.

    Example: ``nn.Softmax()`` on ``(N, L, C)`` normalizes over N.  Fix: ``nn.Softmax(dim=-1)``.
    """

    code, name, severity = "SEQ201", "implicit-softmax-dim", WARNING
    template = "{} without dim normalizes over dim {} of input {}; pass dim= explicitly"


# --- notes about the analysis ----------------------------------------------------------


class UnknownLayer(Diagnostic):
    """seqlint does not know this layer (a project class, a factory parameter), so the shape
    is unknown from here on and later layers are not checked."""

    code, name, severity = "SEQ901", "unknown-layer", INFO
    template = "{} is not a layer seqlint knows; shapes after it are unknown"


class UnknownArgument(Diagnostic):
    """An argument could not be computed statically (too large or too complex a constant,
    a value from elsewhere); the shapes that depend on it are unknown."""

    code, name, severity = "SEQ903", "unknown-argument", INFO
    template = "{}"


ALL: tuple[type[Diagnostic], ...] = tuple(
    cls for cls in list(globals().values())
    if isinstance(cls, type) and issubclass(cls, Diagnostic) and cls is not Diagnostic
)
BY_CODE = {cls.code: cls for cls in ALL}
BY_NAME = {cls.name: cls for cls in ALL}
