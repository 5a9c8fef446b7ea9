"""The concise report: one line per finding, ``path:line:col: CODE message``
(``nb.ipynb:cell 3:5:9: CODE message`` in a notebook)."""

from __future__ import annotations

from seqlint.report.style import Style


def headline(d, style: Style) -> str:
    where = f"cell {d.cell}:" if d.cell is not None else ""
    return (f"{style.path(d.path)}:{where}{d.span.line}:{d.span.column}: "
            f"{style.code(d.code, d.severity)} {d.message}")


def render(diagnostics, style: Style | None = None) -> str:
    style = style or Style()
    return "".join(headline(d, style) + "\n" for d in diagnostics)
