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


def changed_in_text(name: str, lines: list[str], readers=frozenset()) -> bool:
    """Does some line of the file change, or let other code change, the object ``name``
    holds?  Text-level and conservative: a doubt counts as a change.  ``def`` lines (and the
    lines their parameters go on to) declare, not use; ``readers``: the file's functions and
    classes known not to change what they are handed."""
    occurrence = re.compile(rf"(?<![\w.]){re.escape(name)}\b")
    signature = 0  # open brackets of a ``def`` line whose parameters go on: they are declared
    for line in lines:
        if signature or _DEF.match(line):
            signature = max(0, signature + _balance(line)) if signature else max(0, _balance(line))
            continue
        if name not in line:
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


MODULE_EDITS = {"add_module", "register_module", "append", "extend", "insert", "pop", "__setitem__",
                 "__delitem__"}


def attribute_edited(name: str, lines: list[str]) -> bool:
    """Is the Sequential held by the attribute ``name`` (``self.features``) given, replaced
    or stripped of layers anywhere in the file after it is made?  An edit in place only:
    ``self.features.add_module(...)``, ``self.features[0] = ...``, ``del self.features[-1]``."""
    occurrence = re.compile(rf"(?<![\w.]){re.escape(name)}\b")
    for line in lines:
        if name not in line:
            continue
        for match in occurrence.finditer(line):
            before, after = line[:match.start()], line[match.end():]
            method = _METHOD_AFTER.match(after)
            if method and method.group(1) in MODULE_EDITS:
                return True
            if re.match(r"\s*\[", after):
                rest = _after_brackets(after)
                if rest is None or _STORE_AFTER.match(rest) or re.search(r"\bdel\b", before):
                    return True
            if re.search(r"\bsetattr\(\s*$", before):
                return True
    return False


_DEF = re.compile(r"\s*(?:async\s+)?def\s")


def _balance(line: str) -> int:
    """Brackets a line opens minus those it closes (strings and comments not told apart)."""
    return sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")


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


class Readers:
    """Which of the module's functions, and classes by their ``__init__``, neither change
    nor keep nor hand on any parameter (handing them a list leaves it as it was); decided
    for a name when first asked."""

    def __init__(self, functions: dict, classes: dict, lines: list[str]):
        self.functions, self.classes, self.lines = functions, classes, lines
        self._known: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        if name not in self._known:
            self._known[name] = False  # recursion: not a reader until shown to be one
            self._known[name] = self._reads_only(name)
        return self._known[name]

    def _reads_only(self, name: str) -> bool:
        node = self.functions.get(name) or self.classes.get(name)
        if isinstance(node, ast.ClassDef):
            node = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
        if node is None or not node.body:
            return False
        a = node.args
        params = [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs if p.arg != "self"]
        body = self.lines[node.body[0].lineno - 1:node.end_lineno]
        return not any(changed_in_text(p, body, readers=self) for p in params)


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
    it (or a module function it calls, transitively) changes ``name`` without binding it?"""
    key = (id(function), name)
    cache = x.outer_changes
    if key in cache:
        return cache[key]
    cache[key] = False  # a recursive helper: what is found so far
    facts = _facts(x, function)
    found = name in facts.words and (name not in facts.local or name in facts.declared) and \
        changed_in_text(name, facts.lines)
    if not found and depth < 8:
        for called in facts.calls:
            other = x.scopes.functions.get(called)
            if other is not None and other is not function and changes_outer(x, other, name, depth + 1):
                found = True
                break
    cache[key] = found
    return found


class _Facts:
    """What ``changes_outer`` asks of one function, read once: its lines, the words in them,
    the names it binds, those it declares global, the names it calls."""

    def __init__(self, x: "Extractor", function: ast.FunctionDef):
        self.lines = x.lines[function.lineno - 1:function.end_lineno]
        text = "\n".join(self.lines)
        self.words = set(re.findall(r"(?<![\w.])[A-Za-z_]\w*", text))
        self.calls = set(re.findall(r"(?<![\w.])([A-Za-z_]\w*)\s*\(", text))
        a = function.args
        self.local = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
        self.declared: set[str] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                self.local.add(node.id)
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                self.declared.update(node.names)


def _facts(x: "Extractor", function: ast.FunctionDef) -> _Facts:
    found = x.outer_changes.get(id(function))
    if found is None:
        found = x.outer_changes[id(function)] = _Facts(x, function)
    return found
