"""The ``models`` entries of the JSON report: each model's input, output and layer shapes."""

from __future__ import annotations

from seqlint.propagate import ModelResult


def _shape(value, ctx):
    if value is None:
        return None
    resolved = value
    if hasattr(value, "shape"):
        if value.shape is None:
            return None
        resolved = value.with_shape(ctx.resolve_shape(value.shape))
    else:  # a tuple of values
        return [_shape(item, ctx) for item in value.items]
    return resolved.to_json()


def model_entries(result: ModelResult, path: str, written=None) -> dict:
    """The entry of the model walked; ``written``: the spec of the Sequential call as written,
    when the walk was of a copy made for one pass of the code that built it."""
    spec, walk, ctx = result.spec, result.walk, result.context
    name = (written or spec).name
    known = result.shapes_known and walk is not None
    layers = []
    steps = {step.index: step for step in walk.steps} if walk is not None else {}
    for index, call in enumerate(spec.layers):
        step = steps.get(index)
        layers.append({
            "index": index,
            "line": call.span.line,
            "column": call.span.column,
            "type": call.type_name or call.display,
            "output_shape": _shape(step.output, ctx) if known and step is not None else None,
        })
    return {
        "path": path,
        "line": spec.span.line,
        "column": spec.span.column,
        "end_line": spec.span.end_line,
        "end_column": spec.span.end_column,
        "name": name,
        "input_shape": _shape(walk.input, ctx) if known else None,
        "output_shape": _shape(walk.output, ctx) if known else None,
        "layers": layers,
    }
