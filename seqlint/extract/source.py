"""Reading a file and choosing what of it libcst needs to see.

libcst is thorough but slow (about 0.5 MB/s, positions cost as much again), so a cheap
pre-pass decides first: a file that never says ``Sequential`` is not parsed at all; in one
that does, CPython's own parser (ten times faster) finds the top-level functions and classes
that never mention it, and their lines are blanked before libcst parses the rest.  Blanking
keeps every line and column where it was, so positions need no mapping back.

The pre-pass also protects libcst from expressions nested thousands deep (a 5,000-term sum
would take libcst half a minute, then exhaust its recursion): such an expression is
overwritten, in place, by a placeholder name that folds to "unknown".
"""

from __future__ import annotations

import ast
import tokenize
from dataclasses import dataclass
from io import BytesIO

MARKER = "Sequential"
PLACEHOLDER = "_seqlint_too_complex_"  # folding.PLACEHOLDER_PREFIX starts it
MAX_HEIGHT = 40  # expression nesting libcst is given; deeper ones become the placeholder


class UnreadableError(Exception):
    pass


@dataclass
class SourceSyntaxError(Exception):
    message: str
    line: int
    column: int


def decode(data: bytes) -> str:
    """Decode as Python does (PEP 263 cookie, BOM), refusing binary files."""
    if b"\0" in data:
        raise UnreadableError("binary file (contains NUL bytes)")
    try:
        encoding, _ = tokenize.detect_encoding(BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError) as exc:
        raise UnreadableError(f"cannot decode: {exc}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def read(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise UnreadableError(exc.strerror or str(exc)) from None
    return decode(data)


def mentions_models(text: str) -> bool:
    return MARKER in text


def parse_ast(text: str) -> ast.Module:
    try:
        return ast.parse(text)
    except SyntaxError as exc:
        raise SourceSyntaxError(exc.msg or "invalid syntax", exc.lineno or 1, exc.offset or 1) from None
    except (RecursionError, MemoryError):
        raise SourceSyntaxError("too deeply nested to parse", 1, 1) from None
    except ValueError as exc:  # e.g. source with NUL characters after decoding
        raise SourceSyntaxError(str(exc), 1, 1) from None


@dataclass
class Reduced:
    """The text libcst parses, and the pre-pass's tree kept to give libcst's calls positions."""

    text: str
    tree: ast.Module
    lines: list[str]
    blank: set[int]  # 0-based line numbers blanked out
    masked: set[int]  # ids of the ast expressions overwritten by the placeholder
    skipped: set[int]  # ids of the ast statements blanked out


# Methods a class keeps even when they do not mention Sequential: what later analyses read.
KEPT_METHODS = {"__init__", "forward"}


def reduce(text: str, tree: ast.Module) -> Reduced:
    """Blank unrelated definitions (top-level, and methods of kept classes); mask deep expressions."""
    lines = text.splitlines(keepends=True)
    blank: set[int] = set()  # 0-based line numbers
    skipped: set[int] = set()
    _blank_unrelated(tree.body, lines, blank, skipped, keep=set())
    masks = _deep_expressions(tree, blank)
    if not blank and not masks:
        return Reduced(text, tree, lines, blank, set(), skipped)
    out = [("\n" if line.endswith("\n") else "") if n in blank else line for n, line in enumerate(lines)]
    for node in masks:
        _mask(out, node)
    text = "".join(out)
    return Reduced(text, tree, text.splitlines(keepends=True), blank, {id(m) for m in masks}, skipped)


def _blank_unrelated(body: list, lines: list[str], blank: set[int], skipped: set[int], keep: set[str]) -> None:
    kept = len(body)
    for i, stmt in enumerate(body):
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        start = min([stmt.lineno] + [d.lineno for d in stmt.decorator_list])
        end = stmt.end_lineno or stmt.lineno
        if MARKER in "".join(lines[start - 1:end]):
            if isinstance(stmt, ast.ClassDef):
                _blank_unrelated(stmt.body, lines, blank, skipped, KEPT_METHODS)
            continue
        if stmt.name in keep or kept == 1:  # a class body may not become empty
            continue
        # Only whole lines can be blanked: never a line shared with a neighbour statement.
        if i > 0 and (body[i - 1].end_lineno or 0) >= start:
            continue
        if i + 1 < len(body) and body[i + 1].lineno <= end:
            continue
        if lines[start - 1][:stmt.col_offset].strip():
            continue
        blank.update(range(start - 1, end))
        skipped.add(id(stmt))
        kept -= 1


def calls_in_order(root: ast.AST, masked: set[int]) -> list[ast.Call]:
    """The calls under ``root`` that libcst will see, in source pre-order (masked ones excluded)."""
    found: list[ast.Call] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in masked:
            continue
        if isinstance(node, ast.Call):
            found.append(node)
        stack.extend(reversed(_ordered_children(node)))
    return found


def segment(reduced: Reduced, node: ast.expr) -> str:
    """The (masked) source text of an expression."""
    lines = reduced.lines
    first, last = node.lineno, node.end_lineno or node.lineno
    start = char_column(lines, first, node.col_offset)
    end = char_column(lines, last, node.end_col_offset or 0)
    if first == last:
        return lines[first - 1][start:end]
    return lines[first - 1][start:] + "".join(lines[first:last - 1]) + lines[last - 1][:end]


def _ordered_children(node: ast.AST) -> list:
    children = []
    for child in ast.iter_child_nodes(node):
        if hasattr(child, "lineno"):
            children.append(child)
        else:  # arguments, comprehension, withitem...: their parts take their place
            children.extend(_ordered_children(child))
    if len(children) > 1:
        children.sort(key=lambda c: (c.lineno, c.col_offset))
    return children


def char_column(lines: list[str], lineno: int, byte_offset: int) -> int:
    """0-based character column of a UTF-8 byte offset on a 1-based line."""
    if not 1 <= lineno <= len(lines):
        return byte_offset
    line = lines[lineno - 1]
    return byte_offset if line.isascii() else _char_col(line, byte_offset)


def _deep_expressions(tree: ast.Module, blank: set[int]) -> list[ast.expr]:
    """The outermost non-call expressions nested deeper than libcst should be given."""
    heights: dict[int, int] = {}
    found: list[ast.expr] = []
    # Iterative post-order: the tree itself may be far deeper than Python's stack.
    for stmt in tree.body:
        if stmt.lineno - 1 in blank:
            continue
        stack = [(stmt, False)]
        while stack:
            node, done = stack.pop()
            if done:
                heights[id(node)] = 1 + max((heights.get(id(c), 0) for c in ast.iter_child_nodes(node)), default=0)
            else:
                stack.append((node, True))
                stack.extend((c, False) for c in ast.iter_child_nodes(node))
        if heights.get(id(stmt), 0) <= MAX_HEIGHT:
            continue
        todo = [stmt]
        while todo:
            node = todo.pop()
            for child in ast.iter_child_nodes(node):
                if heights.get(id(child), 0) <= MAX_HEIGHT:
                    continue
                if isinstance(child, ast.expr) and not isinstance(child, (ast.Call, ast.Tuple, ast.List)):
                    found.append(child)
                else:
                    todo.append(child)
    return found


def _mask(lines: list[str], node: ast.expr) -> None:
    """Overwrite ``node``'s text with the placeholder name, keeping every position."""
    first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
    start = _char_col(lines[first], node.col_offset)
    end = _char_col(lines[last], node.end_col_offset or 0)
    if first == last:
        width = end - start
        name = (PLACEHOLDER * (width // len(PLACEHOLDER) + 1))[:width] if width >= len(PLACEHOLDER) else None
        if name is None:
            return
        lines[first] = lines[first][:start] + name + lines[first][end:]
        return
    line = lines[first]
    lines[first] = line[:start] + PLACEHOLDER + " " * max(0, len(line.rstrip("\r\n")) - start - len(PLACEHOLDER)) + "\n"
    for n in range(first + 1, last):
        lines[n] = "\n"
    tail = lines[last]
    lines[last] = " " * end + tail[end:]


def _char_col(line: str, byte_offset: int) -> int:
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="replace"))
