"""The layers of a document's models, by the constructor call that builds them.

``report.models`` lists each model's layers with the position of their constructor call and
their output shape (JSON-ready: ``seqlint/report/model_json.py``).  One call can build several
layers (a helper called twice, a loop appending), so layers are grouped by call: a
``LayerSite`` is one call in the source with every layer it built.  The call's end is not in
the report; it is read here from Python's own parse of the text.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from seqlint.suppress import split_lines


@dataclass(frozen=True)
class LayerUse:
    """One layer of one model: the shapes that go in and come out (JSON-ready, None unknown)."""

    model_name: str | None
    model_line: int
    index: int
    type: str
    input_shape: object
    output_shape: object


@dataclass
class LayerSite:
    """A constructor call (1-based line and character column of its start), the end of the
    call when it was found (just past its closing parenthesis), and the layers it built."""

    line: int
    column: int
    end: tuple[int, int] | None
    uses: list[LayerUse] = field(default_factory=list)


def render_shape(shape) -> str:
    """A JSON shape as the text reporter prints it: ``(N, 32, 7, 7)``, ``(N,)`` for one dim,
    ``?`` for an unknown dim, ``(?)`` for an unknown rank, tuples (RNN outputs) nested."""
    if shape is None:
        return "(?)"
    if any(isinstance(item, list) or item is None for item in shape):  # a tuple of values
        return "(" + ", ".join(render_shape(item) for item in shape) + ")"
    dims = [str(dim) for dim in shape]
    return f"({dims[0]},)" if len(dims) == 1 else "(" + ", ".join(dims) + ")"


def layer_sites(models: list[dict], text: str) -> list[LayerSite]:
    """Every constructor call of a layer in ``models``, in source order."""
    ends = call_ends(text)
    sites: dict[tuple[int, int], LayerSite] = {}
    for model in models:
        previous = model.get("input_shape")
        for layer in model.get("layers", ()):
            key = (layer["line"], layer["column"])
            site = sites.get(key)
            if site is None:
                site = sites[key] = LayerSite(*key, ends.get(key))
            site.uses.append(LayerUse(model.get("name"), model["line"], layer["index"], layer["type"],
                                      previous, layer.get("output_shape")))
            previous = layer.get("output_shape")
    return sorted(sites.values(), key=lambda s: (s.line, s.column))


def call_ends(text: str) -> dict[tuple[int, int], tuple[int, int]]:
    """(line, column) of each call's start -> (line, column) just past its end, 1-based, in
    characters.  Calls that start together (``nn.Linear(4, 8).to(device)``) keep the first
    to end: the constructor."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    lines = split_lines(text)  # as Python counts lines (str.splitlines also breaks at \f)
    encoded: dict[int, bytes] = {}

    def column(line: int, byte_offset: int) -> int:
        # ast counts columns in UTF-8 bytes; seqlint in characters.
        if line not in encoded:
            body = lines[line - 1] if 1 <= line <= len(lines) else ""
            encoded[line] = body.encode("utf-8", errors="surrogatepass")
        return len(encoded[line][:byte_offset].decode("utf-8", errors="replace")) + 1

    ends: dict[tuple[int, int], tuple[int, int]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.end_lineno is not None:
            start = (node.lineno, column(node.lineno, node.col_offset))
            end = (node.end_lineno, column(node.end_lineno, node.end_col_offset))
            if start not in ends or end < ends[start]:
                ends[start] = end
    return ends
