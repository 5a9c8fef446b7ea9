"""Jupyter notebooks: their code cells as one Python source, and positions back in cells.

The code cells are joined in order (a dummy input in a later cell reaches a model built in an
earlier one, as when the notebook runs top to bottom).  What IPython reads but Python does
not is masked, line for line, so the source parses and every other line and column stays
where it was in its cell:

* line magics and shell escapes at the start of a statement (``%matplotlib inline``,
  ``%pip install torch``, ``!pip install torch``, ``?obj``, ``??obj``, ``/f x``, ``,f x``,
  ``;f x``) become ``pass`` (padded to the line's length), so a magic alone in an indented
  block still leaves a block; lines continuing one with a backslash become comments;
* ``%time STATEMENT`` and ``%timeit [-n N -r R ...] STATEMENT`` run the statement: their
  prefix becomes ``if 1:`` (padded), so ``%timeit model(x)`` is still checked, in place;
* ``obj?`` / ``obj??`` (help) likewise;
* ``x = !ls`` and ``x = %timeit -o f()`` keep their target and assign ``...``;
* a cell magic (``%%time`` on the cell's first line): its line is masked; the body stays
  Python for the magics that run it as Python (``%%time``, ``%%timeit``, ``%%capture``,
  ``%%prun``), and is commented out for every other one (``%%bash``, ``%%writefile``, ...).

A ``line_map`` gives, for each line of the joined source (``line_map[n - 1]`` for line
``n``), its ``(cell, line)``: ``cell`` is the 1-based index among *all* the notebook's cells
(markdown and raw cells counted, as editors number them), ``line`` is 1-based in the cell.
Columns need no map.
"""

from __future__ import annotations

import json
import re

from seqlint.checks import Span

SUFFIX = ".ipynb"

# Cell magics whose body IPython runs as Python code; any other cell magic's body is not Python.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun"})

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # as Python counts lines
_ESCAPES = ("!", "%", "?", "/", ",", ";")  # no Python statement starts with one of these
_ASSIGN_MAGIC = re.compile(r"(?P<target>[\w.\[\]()*, \t]*[\w\])])[ \t]*=[ \t]*(?P<magic>[!%].*)", re.DOTALL)
_SOURCE_LINE = re.compile(r"\bline (\d+)\b")
# %time / %timeit and their options, before the simple statement they run.
_TIMED = re.compile(r"%(?:time|timeit)(?:[ \t]+-[nrp][ \t]*\d+|[ \t]+-[tcqo])*[ \t]+(?=\S)")
_COMPOUND = re.compile(r"(?:if|elif|else|for|while|with|try|except|finally|def|class|async|match|case)\b")

LineMap = list  # list[tuple[int, int]]: joined line n -> (cell, line in cell), at index n - 1


class NotebookError(Exception):
    """The text is not an nbformat 4 notebook."""


def is_notebook(path: str) -> bool:
    return path.endswith(SUFFIX)


# --- notebook -> source -------------------------------------------------------------------


def _cells(text: str) -> list:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise NotebookError(f"not a notebook: invalid JSON ({exc})") from None
    if not isinstance(document, dict):
        raise NotebookError("not a notebook: the JSON document is not an object")
    version = document.get("nbformat")
    if version != 4:
        raise NotebookError(f"not a notebook seqlint reads: nbformat {version!r} (only nbformat 4 is read)")
    cells = document.get("cells")
    if not isinstance(cells, list):
        raise NotebookError("not a notebook: it has no list of cells")
    for number, cell in enumerate(cells, 1):
        if not isinstance(cell, dict):
            raise NotebookError(f"not a notebook: cell {number} is not an object")
        source = cell.get("source", "")
        if not (isinstance(source, str) or (isinstance(source, list) and all(isinstance(s, str) for s in source))):
            raise NotebookError(f"not a notebook: the source of cell {number} is neither a string nor a list of strings")
    language = _language(document.get("metadata"))
    if language is not None and language != "python":
        return []  # an R or Julia notebook: no Python to check
    return cells


def _language(metadata) -> str | None:
    if not isinstance(metadata, dict):
        return None
    for key, field in (("language_info", "name"), ("kernelspec", "language")):
        value = metadata.get(key)
        if isinstance(value, dict) and isinstance(value.get(field), str):
            return value[field].lower()
    return None


def cell_source(cell: dict) -> str:
    """A cell's source: nbformat allows one string or a list of strings (lines with their ends)."""
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def cell_lines(text: str) -> dict[int, list[str]]:
    """Every cell's source lines as written (not masked), by 1-based cell number."""
    return {number: _LINE.findall(cell_source(cell)) for number, cell in enumerate(_cells(text), 1)}


def to_python(text: str) -> tuple[str, LineMap]:
    """The notebook's code cells as one Python source, and the ``(cell, line)`` of each of its
    lines.  Raises NotebookError when ``text`` is not an nbformat 4 notebook."""
    parts: list[str] = []
    line_map: LineMap = []
    for number, cell in enumerate(_cells(text), 1):
        if cell.get("cell_type") != "code":
            continue
        for index, line in enumerate(mask(_LINE.findall(cell_source(cell))), 1):
            parts.append(line if line.endswith(("\n", "\r")) else line + "\n")
            line_map.append((number, index))
    return "".join(parts), line_map


# --- masking ---------------------------------------------------------------------------------


def _ending(line: str) -> tuple[str, str]:
    body = line.rstrip("\r\n")
    return body, line[len(body):]


def _statement(body: str) -> str:
    """A no-op statement as long as ``body`` (when it can be), at ``body``'s indentation."""
    text = body.lstrip(" \t")
    indent = body[:len(body) - len(text)]
    return indent + ("pass" if len(text) >= 4 else "0").ljust(len(text))


def _comment(body: str) -> str:
    text = body.lstrip(" \t")
    return body if not text else body[:len(body) - len(text)] + "#" + text[1:]


def _scan(body: str, depth: int, quote: str | None) -> tuple[int, str | None, bool, str]:
    """Read one line's text from the state the previous line left: the bracket depth and
    the open string quote after it, whether it ends with a backslash continuation, and its
    last character of code (outside strings and comments)."""
    i, n, last, continued = 0, len(body), "", False
    while i < n:
        c = body[i]
        if quote is not None:
            if c == "\\":
                if i == n - 1:
                    continued = True
                i += 2
            elif body.startswith(quote, i):
                i += len(quote)
                quote, last = None, c
            else:
                i += 1
            continue
        if c == "#":
            break
        if c in "\"'":
            quote = c * 3 if body.startswith(c * 3, i) else c
            i += len(quote)
            continue
        if c == "\\" and i == n - 1:
            continued = True
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(depth - 1, 0)
        if not c.isspace():
            last = c
        i += 1
    if quote is not None and len(quote) == 1 and not continued:
        quote = None  # an unterminated one-line string ends with its line (a syntax error)
    return depth, quote, continued and quote is None, last


def mask(lines: list[str]) -> list[str]:
    """A code cell's lines with IPython's syntax masked: as many lines, each as long as it
    was where possible (see the module's docstring)."""
    out = list(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    start = 0
    if first is not None and lines[first].lstrip(" \t").startswith("%%"):
        body, end = _ending(lines[first])
        name = body.lstrip(" \t")[2:].split(None, 1)[0] if body.strip() != "%%" else ""
        out[first] = _comment(body) + end
        if name not in PYTHON_CELL_MAGICS:
            return [_comment(_ending(line)[0]) + _ending(line)[1] for line in lines]
        start = first + 1
    depth, quote, continued = 0, None, False
    magic_continues = False
    for i in range(start, len(lines)):
        body, end = _ending(lines[i])
        if magic_continues:  # a magic's arguments continued with a backslash
            out[i] = _comment(body) + end
            magic_continues = body.endswith("\\")
            continue
        at_start = depth == 0 and quote is None and not continued
        text = body.lstrip(" \t")
        timed = _TIMED.match(text) if at_start else None
        if timed and not _COMPOUND.match(text, timed.end()):
            body = body[:len(body) - len(text)] + "if 1:".ljust(timed.end()) + text[timed.end():]
            out[i] = body + end  # the statement stays where it was, and is read as the next lines are
        elif at_start and text.startswith(_ESCAPES):
            out[i] = _statement(body) + end
            magic_continues = body.endswith("\\")
            continue
        if at_start:
            assigned = _ASSIGN_MAGIC.fullmatch(text)
            if assigned:
                keep = len(body) - len(assigned["magic"])
                out[i] = body[:keep] + "...".ljust(len(assigned["magic"])) + end
                magic_continues = body.endswith("\\")
                continue
        new_depth, new_quote, new_continued, last = _scan(body, depth, quote)
        if at_start and last == "?" and new_depth == 0 and new_quote is None and not new_continued:
            out[i] = _statement(body) + end  # obj? / obj?? (help)
            continue
        depth, quote, continued = new_depth, new_quote, new_continued
    return out


# --- positions -> cells ------------------------------------------------------------------------


def locate(line_map: LineMap, line: int) -> tuple[int, int]:
    """The ``(cell, line in cell)`` of a line of the joined source (a line past the end, as
    in "unexpected end of file", is counted on from the last code cell's last line)."""
    if not line_map:
        return 1, line
    if line < 1:
        return line_map[0]
    if line > len(line_map):
        cell, last = line_map[-1]
        return cell, last + line - len(line_map)
    return line_map[line - 1]


def cell_span(line_map: LineMap, span: Span) -> tuple[int, Span]:
    cell, line = locate(line_map, span.line)
    end_cell, end_line = locate(line_map, span.end_line)
    if end_cell != cell:  # cannot happen in a notebook that runs; keep the start
        return cell, Span(line, span.column, line, span.column + 1)
    return cell, Span(line, span.column, end_line, span.end_column)


def _message_arg(line_map: LineMap, arg):
    if not isinstance(arg, str):
        return arg

    def cell_line(match: re.Match) -> str:
        cell, line = locate(line_map, int(match.group(1)))
        return f"cell {cell}, line {line}"

    return _SOURCE_LINE.sub(cell_line, arg)


def map_diagnostic(line_map: LineMap, diagnostic) -> None:
    """Move a diagnostic on the joined source to its cell (in place).  A finding about the
    whole file (line 1, column 1: unreadable, internal error) stays on the file."""
    if diagnostic.span == Span.whole_file() or diagnostic.cell is not None:
        return
    diagnostic.cell, diagnostic.span = cell_span(line_map, diagnostic.span)
    diagnostic.args = tuple(_message_arg(line_map, arg) for arg in diagnostic.args)


def map_model(line_map: LineMap, entry: dict) -> dict:
    """A JSON model entry with ``cell`` added, its own and each layer's lines in their cells."""
    cell, span = cell_span(line_map, Span(entry["line"], entry["column"], entry["end_line"], entry["end_column"]))
    mapped = {"path": entry["path"], "cell": cell}
    mapped.update(entry)
    mapped.update(line=span.line, end_line=span.end_line, end_column=span.end_column)
    layers = []
    for layer in entry.get("layers", []):
        layer_cell, layer_line = locate(line_map, layer["line"])
        layers.append({"index": layer["index"], "cell": layer_cell, **layer, "line": layer_line})
    mapped["layers"] = layers
    return mapped


def map_report(line_map: LineMap, report) -> None:
    """A report on the joined source, moved to the cells (in place)."""
    for diagnostic in report.diagnostics:
        map_diagnostic(line_map, diagnostic)
    report.models = [map_model(line_map, entry) for entry in report.models]


def where(diagnostic) -> str:
    """``cell 3:5:9``: a finding's place in its notebook, as the text formats write it."""
    return f"cell {diagnostic.cell}:{diagnostic.span.line}:{diagnostic.span.column}"


def cell_line_reader(line_of):
    """``(path, cell, line) -> str | None`` from the full format's ``line_of(path, line)``
    (which reads the notebook's JSON text, from the file or standard input), each notebook
    read once."""
    cache: dict[str, dict | None] = {}

    def read(path: str, cell: int, line: int):
        if path not in cache:
            raw, number = [], 1
            while (text := line_of(path, number)) is not None:
                raw.append(text)
                number += 1
            try:
                cache[path] = cell_lines("".join(raw))
            except NotebookError:
                cache[path] = None
        lines = (cache[path] or {}).get(cell)
        return lines[line - 1] if lines is not None and 1 <= line <= len(lines) else None

    return read
