"""Loss functions called on a model's output and a target, as torch checks their shapes.

A loss is no step of a Sequential (``multi_input.SeveralInputs`` says so): it is called after
the model, ``criterion(model(x), y)`` or ``F.cross_entropy(logits, y)``.  ``check`` raises the
``ShapeError`` torch's loss would raise for these input and target tensors -- only where the
shapes (and the target's dtype, when the source says it) decide it.
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Context, ShapeError
from seqlint.shapes import expr
from seqlint.shapes.values import Tensor, render_shape

# torch.nn loss class -> the kind of check; torch.nn.functional function -> the same.
CLASSES = {"CrossEntropyLoss": "cross_entropy", "NLLLoss": "nll", "MSELoss": "elementwise",
           "L1Loss": "elementwise", "SmoothL1Loss": "elementwise", "HuberLoss": "elementwise",
           "BCELoss": "same_size", "BCEWithLogitsLoss": "same_size"}
FUNCTIONS = {"cross_entropy": "cross_entropy", "nll_loss": "nll", "mse_loss": "elementwise",
             "l1_loss": "elementwise", "smooth_l1_loss": "elementwise", "huber_loss": "elementwise",
             "binary_cross_entropy": "same_size", "binary_cross_entropy_with_logits": "same_size"}
FLOATING = ("float32", "float64", "float16", "bfloat16")
INDEX_DTYPES = ("int64", "uint8")  # "expected target dtype to be Long or Byte"


def check(kind: str, name: str, x: Tensor, target: Tensor, ctx: Context | None = None) -> None:
    """Raise what ``name`` (the loss, for messages) raises on ``x`` and ``target``."""
    ctx = ctx or Context()
    if x.shape is None or target.shape is None:
        return
    if kind == "elementwise":
        _broadcastable(name, x, target)
    elif kind == "same_size":
        if len(x.shape) != len(target.shape) or any(expr.compare(a, b) is False for a, b in zip(x.shape, target.shape)):
            raise _error(name, f"the target {render_shape(target.shape)} must have the input's size "
                               f"{render_shape(x.shape)}")
    elif kind == "cross_entropy":
        same_shape = len(x.shape) == len(target.shape) and all(
            expr.compare(a, b) is True for a, b in zip(x.shape, target.shape))
        if same_shape and target.dtype is not None and target.dtype not in FLOATING:
            raise _error(name, f"a target of the input's shape holds class probabilities, which must be floating "
                               f"point, but it is {target.dtype} (one-hot rows? pass the class indices)")
        if same_shape or (target.dtype is None and len(x.shape) == len(target.shape)):
            return  # class probabilities, or the dtype that would decide is not known
        _class_indices(name, x, target)
    elif kind == "nll":
        _class_indices(name, x, target)


def _class_indices(name: str, x: Tensor, target: Tensor) -> None:
    """The target holds one class index per sample (and position): torch's nll_loss checks."""
    rank, shape, wanted = len(x.shape), target.shape, None
    if rank == 2:
        if len(shape) > 1:
            raise _error(name, f"the target {render_shape(shape)} must be 0D or 1D (class indices) "
                               f"for an input {render_shape(x.shape)}; multi-target is not supported")
        if len(shape) == 1 and expr.compare(shape[0], x.shape[0]) is False:
            raise _error(name, f"the input's batch size ({expr.render(x.shape[0])}) must match the target's "
                               f"({expr.render(shape[0])})")
    elif rank == 4 and len(shape) != 3:
        raise _error(name, f"for an input {render_shape(x.shape)} the target must be 3D (N, H, W) class "
                           f"indices, but it is {render_shape(shape)}")
    if rank >= 3:
        wanted = (x.shape[0],) + x.shape[2:]
        if len(shape) != len(wanted) or any(expr.compare(a, b) is False for a, b in zip(shape, wanted)):
            raise _error(name, f"the target must be {render_shape(wanted)} for an input {render_shape(x.shape)}, "
                               f"but it is {render_shape(shape)}")
    if rank >= 1 and target.dtype is not None and target.dtype not in INDEX_DTYPES:
        raise _error(name, f"class indices must be int64 (torch.long), but the target is {target.dtype}")


def _broadcastable(name: str, x: Tensor, target: Tensor) -> None:
    for i, (a, b) in enumerate(zip(reversed(x.shape), reversed(target.shape))):
        if expr.compare(a, 1) is False and expr.compare(b, 1) is False and expr.compare(a, b) is False:
            dim = max(len(x.shape), len(target.shape)) - 1 - i
            raise _error(name, f"the input {render_shape(x.shape)} and the target {render_shape(target.shape)} "
                               f"do not broadcast: {expr.render(a)} against {expr.render(b)} at dimension {dim}")


def _error(name: str, why: str) -> ShapeError:
    return ShapeError(checks.InvalidInput, name, why)
