"""Memory layout: the strides of a tensor, where the forward knows them.

``x.transpose(1, 2).view(b, n, d)`` raises in torch ("view size is not compatible with input
tensor's size and stride"): a view must not merge dims that are not laid out one after the
other.  Strides are known only along a short chain from a tensor known to be contiguous
(a Linear's output, a matmul's, ``.contiguous()``) through transpose / permute / view /
reshape; any other operation forgets them, so nothing is claimed about layouts seqlint does
not follow.  Only int sizes are decided; a symbolic size gives "not known".
"""

from __future__ import annotations

NOT_KNOWN = object()  # the layout cannot be decided (symbolic sizes)


def contiguous(shape) -> tuple | None:
    """The strides of a fresh tensor of ``shape`` (row-major); None unless every size is an int."""
    if shape is None or not all(isinstance(d, int) for d in shape):
        return None
    strides, step = [], 1
    for size in reversed(shape):
        strides.append(step)
        step *= max(size, 1)
    return tuple(reversed(strides))


def permuted(strides, order) -> tuple | None:
    return None if strides is None else tuple(strides[d] for d in order)


def viewed(shape, strides, new_shape):
    """The strides of ``x.view(new_shape)`` for ``x`` of ``shape`` and ``strides``; None when
    torch refuses the view; NOT_KNOWN when a size is not an int.  ATen's computeStride."""
    if strides is None or not all(isinstance(d, int) for d in (*shape, *new_shape)):
        return NOT_KNOWN
    if not shape:
        return (1,) * len(new_shape)
    numel = 1
    for size in shape:
        numel *= size
    if numel == 0:
        return tuple(strides) if tuple(shape) == tuple(new_shape) else contiguous(new_shape)
    new_strides = [0] * len(new_shape)
    view_d = len(new_shape) - 1
    chunk_base_stride = strides[-1]
    tensor_numel = view_numel = 1
    for tensor_d in range(len(shape) - 1, -1, -1):
        tensor_numel *= shape[tensor_d]
        # a chunk ends where the dim before is not laid out right before this one
        if tensor_d == 0 or (shape[tensor_d - 1] != 1 and strides[tensor_d - 1] != tensor_numel * chunk_base_stride):
            while view_d >= 0 and (view_numel < tensor_numel or new_shape[view_d] == 1):
                new_strides[view_d] = view_numel * chunk_base_stride
                view_numel *= new_shape[view_d]
                view_d -= 1
            if view_numel != tensor_numel:
                return None
            if tensor_d > 0:
                chunk_base_stride = strides[tensor_d - 1]
                tensor_numel = view_numel = 1
    return None if view_d != -1 else tuple(new_strides)
