"""Reading a file and choosing what of it libcst needs to see.

libcst is thorough but slow (about 0.5 MB/s, positions cost as much again), so a cheap
pre-pass decides first: a file that never says ``Sequential`` is not parsed at all; in one
that does, CPython's own parser (ten times faster) gives the tree that scopes are read from,
and libcst is handed single expressions only (``segment``): the Sequential calls and the
values they use.

The pre-pass also protects libcst from expressions nested thousands deep (a 5,000-term sum
would take libcst half a minute, then exhaust its recursion): such an expression is
overwritten, in the segment's text and in place, by a placeholder name that folds to
"unknown".
"""

from __future__ import annotations

import ast
import re
import tokenize
from dataclasses import dataclass
from io import BytesIO

MARKER = "Sequential"
# What a definition that runs a model on a dummy input calls (torch or numpy factories).
TOP_LEVEL_DUMMY = re.compile(r"^(?![ \t#@]|def |class |async ).*\b(?:randn|rand|zeros|ones|empty|randint|full|tensor|"
                             r"as_tensor|from_numpy|arange|array)\s*\(", re.MULTILINE)
DUMMY = re.compile(r"\b(?:randn|rand|zeros|ones|empty|randint|full|tensor|as_tensor|from_numpy|arange|array)\s*\(")
# A loss computed by a function of the module (``def loss_function(recon_x, x, mu, logvar)``):
# its loss call is read through each call of the function (extract/losses.py).
LOSS_CALL = re.compile(r"\b(?:F|functional)\.(?:\w+_loss|cross_entropy|binary_cross_entropy\w*|nll_loss)\s*\(")
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
    """Worth reading: it says Sequential, or a script runs torch.nn layers or module classes on a
    dummy tensor."""
    if MARKER in text:
        return True
    # A script that builds module classes and calls them: a dummy made at the top level, or
    # anywhere in a file with a main guard.  "torch": the classes may be imported from another
    # file of the project (``from model import Net``; see project.py).
    return ("Module" in text or "nn." in text or "torch" in text) and (TOP_LEVEL_DUMMY.search(text) is not None or
                                                    ("__main__" in text and DUMMY.search(text) is not None))


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
    """The pre-pass's tree and lines, and which statements are not worth reading."""

    tree: ast.Module
    lines: list[str]
    skipped: set[int]  # ids of the ast statements (definitions) that never mention Sequential


# Methods a class keeps even when they do not mention Sequential: what later analyses read.
KEPT_METHODS = {"__init__", "forward"}


def reduce(text: str, tree: ast.Module) -> Reduced:
    """Mark the definitions (top-level, and methods of kept classes) that never mention
    Sequential, nor call a top-level definition that does and make a dummy tensor
    (``def main(): model = Net(); model(torch.randn(...))``)."""
    lines = source_lines(text)
    skipped: set[int] = set()
    related = [stmt.name for stmt in tree.body
               if isinstance(stmt, ast.ClassDef) or (isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
                                                     and MARKER in statement_text(stmt, lines))]
    calls = re.compile(r"\b(?:" + "|".join(map(re.escape, related)) + r")\s*\(") if related else None
    _skip_unrelated(tree.body, lines, skipped, keep=set(), calls=calls)
    return Reduced(tree, lines, skipped)


def source_lines(text: str) -> list[str]:
    """The lines as Python's parser counts them: only \\n, \\r\\n and \\r end a line (a form
    feed or U+2028 in a comment does not, though ``str.splitlines`` would split there)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def statement_text(stmt, lines: list[str]) -> str:
    start = min([stmt.lineno] + [d.lineno for d in stmt.decorator_list])
    return "".join(lines[start - 1:stmt.end_lineno or stmt.lineno])


def _skip_unrelated(body: list, lines: list[str], skipped: set[int], keep: set[str], calls=None) -> None:
    kept = len(body)
    for stmt in body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        text = statement_text(stmt, lines)
        if MARKER in text or (calls is not None and calls.search(text) and DUMMY.search(text)) or \
                (not keep and isinstance(stmt, ast.FunctionDef) and LOSS_CALL.search(text)):
            if isinstance(stmt, ast.ClassDef):
                _skip_unrelated(stmt.body, lines, skipped, KEPT_METHODS, calls)
            continue
        if stmt.name in keep or kept == 1:
            continue
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


def segment(reduced: Reduced, node: ast.expr, masks: list | None = None) -> str:
    """The source text of an expression, its ``masks`` overwritten by the placeholder."""
    lines = reduced.lines
    first, last = node.lineno, node.end_lineno or node.lineno
    if masks:
        lines = list(lines)
        for mask in masks:
            _mask(lines, mask)
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


def deep_expressions(root: ast.AST) -> list[ast.expr]:
    """The outermost non-call expressions under ``root`` nested deeper than libcst should be
    given (a 5,000-term sum): they are masked before libcst reads ``root``."""
    if not _taller_than(root, MAX_HEIGHT):
        return []  # nearly always: the heights below are only worked out for a deep one
    heights: dict[int, int] = {}
    # Iterative post-order: the tree itself may be far deeper than Python's stack.
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            heights[id(node)] = 1 + max((heights.get(id(c), 0) for c in ast.iter_child_nodes(node)), default=0)
        else:
            stack.append((node, True))
            stack.extend((c, False) for c in ast.iter_child_nodes(node))
    found: list[ast.expr] = []
    if heights[id(root)] <= MAX_HEIGHT:
        return found
    todo = [root]
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


def _taller_than(node, height: int) -> bool:
    """Does a path down from ``node`` hold more than ``height`` nodes?  (Recursion never
    deeper than ``height``.)"""
    if height < 1:
        return True
    return any(_taller_than(child, height - 1) for child in ast.iter_child_nodes(node))


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
