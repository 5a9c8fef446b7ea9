"""Code actions: a diagnostic's fix, and "disable for this line" (``# noqa: CODE``).

A fix (``Diagnostic.fix``) is the dict the CLI's ``--fix`` applies::

    {"message": "Replace 32 * 8 * 8 with 32 * 7 * 7", "applicability": "safe",
     "edits": [{"line": 9, "column": 15, "end_line": 9, "end_column": 25, "content": "32 * 7 * 7"}]}

with seqlint positions (1-based, character columns, the end just past the last character).
"""

from __future__ import annotations

from lsprotocol import types

from seqlint.checks import Diagnostic
from seqlint.lsp.positions import LineIndex
from seqlint.suppress import add_noqa_to_text, split_lines

QUICK_FIX = types.CodeActionKind.QuickFix

# Applicabilities whose edits are offered; "safe" ones are also marked preferred, so that an
# editor's "auto fix" applies them.  A "display-only" fix describes a change, it is no edit.
OFFERED = ("safe", "unsafe")


def wants_quick_fixes(only: list[str] | None) -> bool:
    """Whether a request restricted to the kinds ``only`` (None: any) takes quick fixes."""
    if only is None:
        return True
    wanted = QUICK_FIX.value
    # Kinds are hierarchical: "quickfix" is also asked for by any kind it is below.
    return any(not kind or wanted == kind or wanted.startswith(f"{kind}.")
               for kind in (getattr(k, "value", k) for k in only))


def fix_edits(fix: dict, index: LineIndex) -> list[types.TextEdit] | None:
    """The LSP edits of a fix; None when the fix is not one this server can apply (unknown
    applicability, or not in the format above)."""
    try:
        if fix.get("applicability", "safe") not in OFFERED:
            return None
        edits = [types.TextEdit(index.range(int(e["line"]), int(e["column"]), int(e["end_line"]),
                                            int(e["end_column"])), str(e["content"]))
                 for e in fix["edits"]]
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    return edits or None


def fix_action(uri: str, diagnostic: Diagnostic, published: types.Diagnostic,
               index: LineIndex) -> types.CodeAction | None:
    """The quick fix of ``diagnostic`` (``published``: as the editor got it), if it has one."""
    if not diagnostic.fix:
        return None
    edits = fix_edits(diagnostic.fix, index)
    if edits is None:
        return None
    safe = diagnostic.fix.get("applicability", "safe") == "safe"
    title = str(diagnostic.fix.get("message") or f"Fix {diagnostic.code}")
    return types.CodeAction(
        title=title if safe else f"{title} (unsafe fix)",
        kind=QUICK_FIX,
        diagnostics=[published],
        edit=types.WorkspaceEdit(changes={uri: edits}),
        is_preferred=safe,
    )


def noqa_edits(text: str, diagnostic: Diagnostic, index: LineIndex) -> list[types.TextEdit] | None:
    """The edit that suppresses ``diagnostic``: ``  # noqa: CODE`` at the end of the line its
    suppression goes on, or CODE added to the ``# noqa:`` list there.  ``--add-noqa``'s own
    logic decides, so the editor writes what the CLI would; None when the line cannot hold a
    comment that would work (inside a string, a file that does not parse)."""
    edited, failed = add_noqa_to_text(text, [diagnostic])
    if failed or edited == text:
        return None
    old_lines, new_lines = split_lines(text), split_lines(edited)
    if len(old_lines) != len(new_lines):
        return None  # --add-noqa edits lines in place; anything else is not ours to send
    edits = []
    for number, (old, new) in enumerate(zip(old_lines, new_lines), start=1):
        if old != new:
            edits.append(_line_edit(number, old.rstrip("\r\n"), new.rstrip("\r\n"), index))
    return edits or None


def _line_edit(line: int, old: str, new: str, index: LineIndex) -> types.TextEdit:
    """The smallest edit turning line ``old`` into ``new`` (usually an insertion at the end),
    so the editor's cursor and the rest of the line stay where they are."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(old), len(new)) - prefix
           and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]):
        suffix += 1
    return types.TextEdit(index.range(line, prefix + 1, line, len(old) - suffix + 1),
                          new[prefix:len(new) - suffix])


def noqa_action(uri: str, text: str, diagnostic: Diagnostic, published: types.Diagnostic,
                index: LineIndex) -> types.CodeAction | None:
    edits = noqa_edits(text, diagnostic, index)
    if edits is None:
        return None
    return types.CodeAction(
        title=f"Disable {diagnostic.code} for this line",
        kind=QUICK_FIX,
        diagnostics=[published],
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )
