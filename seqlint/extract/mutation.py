"""Whether a list, dict or set a name holds may change after it is made.

Read off the file's text, so code the pre-pass did not walk counts too (a helper that never
mentions Sequential may still append to a module's list).  Conservative: a doubt counts as
a change, and what may change is read as unknown, never as written.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seqlint.extract.models import Extractor

MUTABLE_DISPLAYS = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
_MUTATING_METHODS = {"append", "extend", "insert", "pop", "popitem", "remove", "clear", "sort", "reverse",
                     "update", "setdefault", "add", "discard", "difference_update", "intersection_update",
                     "symmetric_difference_update", "__setitem__", "__delitem__", "__iadd__"}
# Callees that read their argument without keeping or changing it.
_READERS = {"len", "sorted", "sum", "max", "min", "tuple", "list", "set", "frozenset", "enumerate", "zip",
            "reversed", "print", "str", "repr", "any", "all", "iter", "bool", "isinstance", "dict", "range",
            "torch.tensor", "torch.as_tensor", "torch.LongTensor", "torch.FloatTensor", "np.array", "numpy.array"}
# Operators that make a new value of their operand (not ``and``, ``or``, ``if``: they give
# the operand itself, an alias).
_OPERATOR_BEFORE = re.compile(r"(?:[-+*/%<>&|^@~]|==|!=|<=|>=|\bnot)\s*$")
_OPERATOR_AFTER = re.compile(r"\s*(?:[-+*/%<>&|^@]|==|!=|\bnot\s+in\b|\bin\b)")
# torch, numpy and math change no Python list handed to them (modules copy their arguments).
_LIBRARIES = ("torch.", "nn.", "F.", "np.", "numpy.", "math.")
_CALLEE_BEFORE = re.compile(r"([\w.]+)\s*$")
_STORE_AFTER = re.compile(r"\s*(?:=(?!=)|(?:[-+*/%&|^@]|//|\*\*|<<|>>)=)")
_METHOD_AFTER = re.compile(r"\s*\.\s*(\w+)\s*\(")


def changed_in_text(name: str, lines: list[str], skip_lines=frozenset(), readers=frozenset()) -> bool:
    """Does some line of the file change, or let other code change, the object ``name``
    holds?  Text-level and conservative: a doubt counts as a change.  ``skip_lines``: indexes
    of lines that declare parameters; ``readers``: the file's functions and classes known not
    to change what they are handed."""
    occurrence = re.compile(rf"(?<![\w.]){re.escape(name)}\b")
    for number, line in enumerate(lines):
        if name not in line or number in skip_lines:
            continue
        for match in occurrence.finditer(line):
            before, after = line[:match.start()], line[match.end():]
            if re.match(r"\s*\[", after):  # an item: stored, deleted or changed in place?
                rest = _after_brackets(after)
                if rest is None or _STORE_AFTER.match(rest) or re.search(r"\bdel\b", before):
                    return True
                method = _METHOD_AFTER.match(rest)
                if method and method.group(1) in _MUTATING_METHODS:
                    return True
                continue
            method = _METHOD_AFTER.match(after)
            if method:
                if method.group(1) in _MUTATING_METHODS:
                    return True
                continue
            if re.match(r"\s*\.", after) or re.match(r"\s*\(", after):
                continue  # an attribute read, or the name called
            if _STORE_AFTER.match(after):
                if re.match(r"\s*=(?!=)", after):
                    continue  # bound again: the scopes see that
                return True  # name += [...]
            if re.search(r"\bin\s*$", before):
                continue  # for x in name / x in name
            if _OPERATOR_BEFORE.search(before) or _OPERATOR_AFTER.match(after):
                continue  # n_emb + name: a new value, the operand left as it was
            callee = _callee(before)
            if callee is not None and (callee in _READERS or callee in readers or callee.startswith(_LIBRARIES)) \
                    and re.match(r"\s*[,)]", after):
                continue
            return True  # handed to code, returned, stored or aliased: it may change there
    return False


def _callee(before: str) -> str | None:
    """The function whose call's arguments ``before`` ends inside (``f(a, `` -> f), or None
    when it ends inside a list, dict or tuple display, or in no call."""
    depth = 0
    for i in range(len(before) - 1, -1, -1):
        char = before[i]
        if char in ")]}":
            depth += 1
        elif char in "([{":
            if depth:
                depth -= 1
                continue
            if char != "(":
                return None
            found = _CALLEE_BEFORE.search(before[:i])
            return found.group(1) if found else None
    return None


def signature_lines(tree: ast.Module) -> set[int]:
    """Indexes (from 0) of the lines of the file's ``def`` signatures: parameters declared."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            found.update(range(node.lineno - 1, node.body[0].lineno - 1))
    return found


def readers_of(functions: dict, classes: dict, lines: list[str], skip_lines) -> set[str]:
    """The module's functions, and classes by their ``__init__``, that neither change nor
    keep nor hand on any parameter: handing them a list leaves it as it was."""
    found = set()
    for name, node in list(functions.items()) + list(classes.items()):
        if isinstance(node, ast.ClassDef):
            node = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
            if node is None:
                continue
        a = node.args
        params = [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs if p.arg != "self"]
        body = lines[:node.end_lineno]
        start = node.body[0].lineno - 1
        if not any(changed_in_text(p, body[start:], {i - start for i in skip_lines if i >= start}) for p in params):
            found.add(name)
    return found


def _after_brackets(text: str) -> str | None:
    """``text`` after the bracketed subscript it starts with (nested brackets counted)."""
    depth = 0
    for i, char in enumerate(text):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
            if depth == 0:
                return text[i + 1:]
    return None


def changes_outer(x: "Extractor", function: ast.FunctionDef, name: str, depth: int = 0) -> bool:
    """May calling ``function`` change in place what ``name`` of an enclosing scope holds:
    it (or a module function it names, transitively) changes ``name`` without binding it?"""
    key = (id(function), name)
    cache = x.outer_changes
    if key in cache:
        return cache[key]
    cache[key] = False  # a recursive helper: what is found so far
    lines = x.lines[function.lineno - 1:function.end_lineno]
    text = "\n".join(lines)
    found = False
    if re.search(rf"(?<![\w.]){re.escape(name)}\b", text):
        local = {p.arg for p in function.args.posonlyargs + function.args.args + function.args.kwonlyargs}
        declared = False
        for node in ast.walk(function):
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
                local.add(name)
            elif isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
                declared = True
        found = (name not in local or declared) and changed_in_text(name, lines)
    if not found and depth < 8:
        for other_name, other in x.scopes.functions.items():
            if other is not function and re.search(rf"(?<![\w.]){re.escape(other_name)}\s*\(", text) and \
                    changes_outer(x, other, name, depth + 1):
                found = True
                break
    cache[key] = found
    return found
