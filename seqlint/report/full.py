"""The full report (the default): each finding's ``path:line:col: CODE message`` line, the
source line with the reported range marked, then, under an error, the model's shape trace::

    net.py:2:36: SEQ101 Linear expects 7 input features but gets 8
      |
    2 | m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))
      |                                    ^^^^^^^^^^^^^^^
      |
      help: Replace `7` with `8` (--fix)
        input (N, 4)
        [0] nn.Linear -> (N, 8)
        [1] nn.Linear -> error
"""

from __future__ import annotations

import unicodedata

from seqlint.checks import ERROR, Span
from seqlint.notebook import cell_line_reader
from seqlint.report.concise import headline
from seqlint.report.style import Style


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _blank(text: str) -> str:
    """Whitespace as wide as ``text`` on a terminal (tabs kept, so the marker lines up)."""
    return "".join("\t" if c == "\t" else " " * _width(c) for c in text)


def snippet(d, line_text: str | None, style: Style) -> list[str]:
    if line_text is None or d.span == Span.whole_file():
        return []
    body = line_text.rstrip("\r\n")
    start = min(max(d.span.column, 1), len(body) + 1) - 1
    end = d.span.end_column - 1 if d.span.end_line == d.span.line else len(body.rstrip())
    end = min(max(end, start + 1), max(len(body), start + 1))
    marked = body[start:end] or " "
    width = max(1, sum(1 if c == "\t" else _width(c) for c in marked))
    number = str(d.span.line)
    pad = " " * len(number)
    return [
        style.gutter(f"{pad} |"),
        style.gutter(f"{number} |") + f" {body}",
        style.gutter(f"{pad} |") + " " + _blank(body[:start]) + style.marker("^" * width, d.severity),
        style.gutter(f"{pad} |"),
    ]


def render(diagnostics, line_of, trace: bool = True, style: Style | None = None) -> str:
    """``line_of(path, line)``: that source line, or None when it cannot be read."""
    style = style or Style()
    cell_line = cell_line_reader(line_of)  # a notebook's lines are its cells'
    out: list[str] = []
    for d in diagnostics:
        out.append(headline(d, style))
        text = line_of(d.path, d.span.line) if d.cell is None else cell_line(d.path, d.cell, d.span.line)
        out.extend(snippet(d, text, style))
        if d.fix:
            how = "--fix" if d.fix["applicability"] == "safe" else "--fix --unsafe-fixes"
            out.append(f"  help: {d.fix['message']} ({how})")
        if trace and d.severity == ERROR and d.trace:
            out.extend(f"    {line}" for line in d.trace)
        out.append("")
    return "".join(line + "\n" for line in out)
