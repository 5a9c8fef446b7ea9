"""Hover on a layer's constructor call: its type, the shape that goes in (the previous
layer's output, or the model's input for the first layer) and the shape that comes out."""

from __future__ import annotations

from lsprotocol import types

from seqlint.lsp.layers import LayerSite, LayerUse, render_shape
from seqlint.lsp.positions import LineIndex

MOST_USES = 8  # layers listed for one call built many times (a loop); the rest are counted


def site_at(sites: list[LayerSite], line: int, column: int) -> LayerSite | None:
    """The innermost call under (line, column), seqlint positions; a call whose end is not
    known covers the rest of its line."""
    best = None
    for site in sites:
        end = site.end or (site.line, 10**9)
        if (site.line, site.column) <= (line, column) < end:
            if best is None or (site.line, site.column) > (best.line, best.column):
                best = site
    return best


def _where(use: LayerUse) -> str:
    if use.model_name:
        return f"`{use.model_name}[{use.index}]`"
    return f"layer {use.index} of the Sequential on line {use.model_line}"


def _shape(shape) -> str:
    return f"`{render_shape(shape)}`" if shape is not None else "unknown"


def markdown(site: LayerSite) -> str:
    blocks = []
    for use in site.uses[:MOST_USES]:
        blocks.append(f"**{use.type}** · {_where(use)}\n\n"
                      f"- input: {_shape(use.input_shape)}\n"
                      f"- output: {_shape(use.output_shape)}")
    if len(site.uses) > MOST_USES:
        blocks.append(f"… and {len(site.uses) - MOST_USES} more layers built by this call")
    return "\n\n---\n\n".join(blocks)


def hover(sites: list[LayerSite], index: LineIndex, position: types.Position) -> types.Hover | None:
    site = site_at(sites, *index.seqlint_position(position))
    if site is None:
        return None
    end = site.end or (site.line, len(index.line_text(site.line)) + 1)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=markdown(site)),
        range=index.range(site.line, site.column, *end),
    )
