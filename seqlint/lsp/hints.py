"""Inlay hints: each layer's output shape after its constructor call, ``→ (N, 32, 7, 7)``.

Where a hint goes: at the end of the line where the layer's call ends, when that line ends
no other layer's call (a layer per line, the common layout: the hint reads as a column of
shapes down the model).  When several calls end on one line (a model written on one line),
a hint at the end of the line could not say which shape is whose, so each goes right after
its own call's closing parenthesis instead.  A call that builds several layers (a helper
called twice, a loop) shows each distinct shape in order: ``→ (N, 16) | (N, 32)``.
"""

from __future__ import annotations

from collections import defaultdict

from lsprotocol import types

from seqlint.lsp.layers import LayerSite, render_shape
from seqlint.lsp.positions import LineIndex, contains

ARROW = "→"
MOST_SHAPES = 4  # per hint; more read as noise, the hover lists them all


def label(site: LayerSite) -> str | None:
    """The hint of a call, None when none of its layers has a known output (the layer that
    fails and those after it, or shapes seqlint cannot compute)."""
    shapes: list[str] = []
    for use in site.uses:
        if use.output_shape is None:
            continue
        shape = render_shape(use.output_shape)
        if shape not in shapes:
            shapes.append(shape)
    if not shapes:
        return None
    shown = shapes[:MOST_SHAPES] + (["…"] if len(shapes) > MOST_SHAPES else [])
    return f"{ARROW} " + " | ".join(shown)


def inlay_hints(sites: list[LayerSite], index: LineIndex, within: types.Range) -> list[types.InlayHint]:
    by_line: dict[int, list[LayerSite]] = defaultdict(list)
    for site in sites:
        by_line[site.end[0] if site.end else site.line].append(site)
    hints = []
    for line, on_line in sorted(by_line.items()):
        for site in on_line:
            text = label(site)
            if text is None:
                continue
            if len(on_line) > 1 and site.end is not None:
                position = index.position(*site.end)
            else:
                position = index.line_end(line)
            if contains(within, position):
                hints.append(types.InlayHint(position=position, label=text,
                                             kind=types.InlayHintKind.Type, padding_left=True))
    hints.sort(key=lambda h: (h.position.line, h.position.character))
    return hints
