"""Fixes: the wrong size argument rewritten to what the layer before gives.

A rule that finds a mismatch with one right answer (``Linear(32 * 8 * 8, 10)`` after a
Flatten of ``(32, 7, 7)``) raises it with a ``Repair``: the argument and the value it must
take.  Here a repair becomes an edit of the source, only when that edit is unambiguous:

* the argument is written at the layer's call, as integer literals and operators only (a
  name such as ``hidden`` may serve other layers too: changing it is the author's call);
* the new value keeps the author's style: a product of the flattened dims stays a product
  (``32 * 8 * 8`` -> ``32 * 7 * 7``), a tuple stays a tuple, a keyword stays a keyword --
  the replacement is made on the argument's libcst tree, so spacing and brackets survive;
* two repairs of the same text that disagree cancel each other.

``fix_source`` applies the fixes of a file, re-checks the result and repeats (a fix can let
the analysis reach a later layer), keeping a pass only when the fixed text parses and the
errors it fixed are gone.  Fixing twice changes nothing more.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass

from seqlint.checks import Diagnostic
from seqlint.suppress import split_lines

MAX_PASSES = 10
# As ruff: a safe fix keeps the program's meaning; an unsafe one is one of two repairs (the
# model's first layer against the data: the data may be what is wrong), made only on request.
SAFE, UNSAFE = "safe", "unsafe"


@dataclass(frozen=True)
class Edit:
    """Replace the text from (line, column) to just before (end_line, end_column): 1-based,
    columns in characters, as every position seqlint reports."""

    line: int
    column: int
    end_line: int
    end_column: int
    content: str

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "content": self.content}


# --- repairs -> fixes -------------------------------------------------------------------


def attach(diagnostics: list[Diagnostic], text: str) -> None:
    """Set ``fix`` (the JSON-ready edit) on each diagnostic whose repair can be written."""
    lines = split_lines(text)
    found: dict[tuple, list] = {}
    for diagnostic in diagnostics:
        if diagnostic.repair is None:
            continue
        argument, repair, safe = diagnostic.repair
        original = _slice(lines, argument.span)
        content = None if original is None else replacement(original, argument.value, repair)
        if content is not None and content != original:
            s = argument.span
            edit = Edit(s.line, s.column, s.end_line, s.end_column, content)
            found.setdefault((s.line, s.column, s.end_line, s.end_column), []).append(
                (diagnostic, edit, original, safe))
    for entries in found.values():
        if len({edit.content for _, edit, _, _ in entries}) > 1:
            continue  # one argument, two different right values: no fix is right
        for diagnostic, edit, original, safe in entries:
            diagnostic.fix = {
                "message": f"Replace {_short(original)} with {_short(edit.content)}",
                "applicability": SAFE if safe else UNSAFE,
                "edits": [edit.to_json()],
            }


def replacement(original: str, written, repair) -> str | None:
    """The argument's new source text, or None when no unambiguous one exists.

    ``written`` is the value seqlint folded from ``original``; ``repair`` says what it must be.
    """
    import libcst as cst

    try:
        node = cst.parse_expression(original)
    except Exception:  # noqa: BLE001 - libcst raises several kinds; no fix then
        return None
    if not _only_literals(node):
        return None
    value = repair.value
    if isinstance(value, tuple):
        if isinstance(written, int) and len(value) == 1:  # normalized_shape=5
            return _render(node, [value[0]]) if isinstance(node, cst.Integer) else str(value[0])
        items = getattr(node, "elements", None)
        if not isinstance(node, (cst.Tuple, cst.List)) or not isinstance(written, tuple) or \
                len(items) != len(value) or not all(isinstance(e.value, cst.Integer) for e in items):
            return None
        return _render(node, list(value))
    if not isinstance(written, int) or isinstance(written, bool):
        return None
    factors = repair.factors
    leaves = _product_leaves(node)
    if factors and len(factors) > 1 and leaves is not None and len(leaves) > 1:
        if len(leaves) == len(factors):
            return _render(node, list(factors))  # 32 * 8 * 8 -> 32 * 7 * 7, spacing kept
        operator = _operator_text(original)
        return operator.join(str(f) for f in factors)
    return str(value)


def _only_literals(node) -> bool:
    """Integer literals, operators, brackets and tuples: nothing that names a value."""
    import libcst as cst

    allowed = (cst.Integer, cst.BinaryOperation, cst.UnaryOperation, cst.Tuple, cst.List, cst.Element,
               cst.BaseBinaryOp, cst.BaseUnaryOp, cst.LeftParen, cst.RightParen, cst.LeftSquareBracket,
               cst.RightSquareBracket, cst.Comma, cst.BaseParenthesizableWhitespace, cst.Comment,
               cst.Newline, cst.EmptyLine, cst.TrailingWhitespace)

    def visit(n) -> bool:
        return isinstance(n, allowed) and all(visit(child) for child in n.children)

    return visit(node)


def _product_leaves(node):
    """The integer factors of ``a * b * c`` (brackets allowed), in order; None otherwise."""
    import libcst as cst

    if isinstance(node, cst.Integer):
        return [node]
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Multiply):
        left, right = _product_leaves(node.left), _product_leaves(node.right)
        return None if left is None or right is None else left + right
    return None


def _render(node, values: list) -> str:
    """``node``'s source with its integer literals, in order, replaced by ``values``."""
    import libcst as cst

    class Replace(cst.CSTTransformer):
        def __init__(self):
            self.next = iter(values)

        def leave_Integer(self, original, updated):
            return updated.with_changes(value=str(next(self.next)))

    return cst.Module([]).code_for_node(node.visit(Replace()))


def _operator_text(original: str) -> str:
    return " * " if " *" in original or "* " in original else "*"


def _slice(lines: list[str], span) -> str | None:
    if not (1 <= span.line <= span.end_line <= len(lines)):
        return None
    if span.line == span.end_line:
        return lines[span.line - 1][span.column - 1:span.end_column - 1]
    return None  # an argument written across lines is left alone


def _short(text: str) -> str:
    return f"`{text}`" if len(text) <= 40 else f"`{text[:37]}...`"


# --- applying fixes ---------------------------------------------------------------------


def apply_edits(text: str, edits: list[dict]) -> str | None:
    """``text`` with ``edits`` (JSON-ready) made; None if two of them overlap."""
    lines = split_lines(text)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    spans = sorted(((offset(e["line"], e["column"]), offset(e["end_line"], e["end_column"]), e["content"])
                    for e in edits), reverse=True)
    unique = []
    for span in spans:
        if unique and span[:2] == unique[-1][:2]:
            if span[2] != unique[-1][2]:
                return None
            continue
        if unique and span[1] > unique[-1][0]:
            return None
        unique.append(span)
    for start, end, content in unique:
        text = text[:start] + content + text[end:]
    return text


@dataclass
class FixResult:
    text: str  # the fixed source (the original when nothing was fixed)
    fixed: list  # the diagnostics whose fix was applied, over every pass
    remaining: list  # what the check reports on ``text``


def fix_source(text: str, check, unsafe: bool = False) -> FixResult:
    """Apply the fixes ``check(text) -> diagnostics`` offers (the unsafe ones too with
    ``unsafe``), pass after pass.

    A pass is kept only when the fixed text still parses and every error it fixed is gone
    from the re-check; otherwise the text of the pass before stands.
    """
    import libcst as cst

    diagnostics = check(text)
    fixed: list = []
    for _ in range(MAX_PASSES):
        fixable = [d for d in diagnostics if applies(d, unsafe)]
        if not fixable:
            break
        candidate = apply_edits(text, [e for d in fixable for e in d.fix["edits"]])
        if candidate is None or candidate == text:
            break
        try:
            cst.parse_module(candidate)
        except Exception:  # noqa: BLE001 - a fix must never leave a file that does not parse
            break
        after = check(candidate)
        still = {(d.code, d.span.line, d.span.column) for d in after}
        if any((d.code, d.span.line, d.span.column) in still for d in fixable):
            break  # the fix did not remove its error (one argument serves several layers)
        text, diagnostics = candidate, after
        fixed.extend(fixable)
    return FixResult(text, fixed, diagnostics)


def applies(diagnostic, unsafe: bool) -> bool:
    return bool(diagnostic.fix) and (unsafe or diagnostic.fix["applicability"] == SAFE)


def unified_diff(path: str, before: str, after: str) -> str:
    # git's a/ and b/ prefixes go on relative paths only ("a//abs/x.py" is no path at all).
    old, new = (path, path) if os.path.isabs(path) else (f"a/{path}", f"b/{path}")
    return "".join(difflib.unified_diff(split_lines(before), split_lines(after), old, new))


# --- files ------------------------------------------------------------------------------


@dataclass
class Outcome:
    reports: list  # the reports after fixing (each file's remaining findings)
    fixed: int = 0  # findings fixed, over every file
    hidden: int = 0  # unsafe fixes left, not asked for
    texts: dict = None  # path -> fixed text, for the files that changed
    diff: str = ""
    failures: list = None  # files that could not be written, as messages

    def summary(self, would: bool) -> str:
        plural = "s" if self.fixed != 1 else ""
        text = f"Would fix {self.fixed} error{plural}." if would else f"Fixed {self.fixed} error{plural}."
        return text + (self.hint() and " " + self.hint())

    def hint(self) -> str:
        """ruff's note on the unsafe fixes not made."""
        if not self.hidden:
            return ""
        plural = "es" if self.hidden != 1 else ""
        return f"({self.hidden} unsafe fix{plural} can be made with --unsafe-fixes.)"


def fix_reports(reports: list, texts: dict, check, write: bool, unsafe: bool = False) -> Outcome:
    """Fix every file of ``reports`` with a fixable finding.

    ``texts`` holds the sources not read from a file (standard input); ``check(path, text)``
    gives what the run reports on a text (its configuration applied: a fix is only made for a
    finding the user would see).  With ``write``, each fixed file is written atomically, in
    its own encoding; otherwise nothing is written (``--diff``, standard input).
    """
    from seqlint import suppress

    outcome = Outcome([], texts={}, failures=[])
    diffs = []
    for report in reports:
        if not any(applies(d, unsafe) for d in report.diagnostics) or report.path.endswith(".ipynb"):
            outcome.reports.append(report)
            continue
        path = report.path
        try:
            if path in texts:
                text, encoding = texts[path], "utf-8"
            else:
                with open(path, "rb") as handle:
                    text, encoding = suppress.decode_keeping_encoding(handle.read())
        except (OSError, SyntaxError, LookupError, UnicodeDecodeError) as exc:
            outcome.failures.append(f"cannot read {path}: {exc}")
            outcome.reports.append(report)
            continue

        result = fix_source(text, lambda source, path=path: check(path, source), unsafe)
        if not result.fixed:
            outcome.reports.append(report)
            continue
        if write and path not in texts:
            try:
                suppress.write_atomically(path, result.text.encode(encoding))
            except (OSError, UnicodeEncodeError, LookupError) as exc:
                outcome.failures.append(f"cannot write {path}: {exc}")
                outcome.reports.append(report)
                continue
        outcome.fixed += len(result.fixed)
        outcome.texts[path] = result.text
        diffs.append(unified_diff(path, text, result.text))
        outcome.reports.append(_replace_diagnostics(report, result.remaining))
    outcome.diff = "".join(diffs)
    outcome.hidden = sum(1 for r in outcome.reports for d in r.diagnostics if d.fix and not applies(d, unsafe))
    return outcome


def _replace_diagnostics(report, diagnostics):
    from dataclasses import replace

    return replace(report, diagnostics=diagnostics)
