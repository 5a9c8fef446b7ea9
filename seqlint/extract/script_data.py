"""Data a script computes with plain Python before torch sees it.

    corpus = ["the cat sat on the mat", "the dog ate my homework"]
    words = sorted({w for line in corpus for w in line.split()})
    vocab = {w: i + 1 for i, w in enumerate(words)}          # 0 is padding
    batch = torch.tensor([[vocab[w] for w in s.split()][:5] for s in corpus])
    model = nn.Sequential(nn.Embedding(len(vocab), 16), ...)  # ids reach len(vocab)

The module's statements run in order, on real Python values -- numbers, strings, bytes,
lists, tuples, dicts and sets -- with the builtins and methods such code uses, and the
module's own functions.  Whatever is anything else (an import, a class, a call of code not
followed, a ``while``, a ``try``) makes the names it touches unknown, and so does a value
whose result would depend on a set's order.  Nothing is guessed: an exception, a loop too
long or a value too large gives "unknown".
"""

from __future__ import annotations

import ast
import operator
import re

from seqlint.extract.folding import ConstDict
from seqlint.extract.mutation import changed_in_text
from seqlint.shapes.expr import UNKNOWN

MAX_STEPS = 20_000  # expressions and statements evaluated per question
MAX_ITEMS = 10_000  # items of one container, characters of one string
MAX_CALL_DEPTH = 8
MAX_INT = 1 << 62

_PLAIN = (int, float, bool, str, bytes, type(None))
# A format spec with a width and precision of three digits at most: a short string.
_FORMAT_SPEC = re.compile(r"(?:.?[<>=^])?[+\- ]?#?0?\d{0,3},?(?:\.\d{1,3})?[bcdeEfFgGnosxX%]?")
_COMPOUND = (ast.For, ast.AsyncFor, ast.While, ast.If, ast.With, ast.AsyncWith, ast.Try, ast.FunctionDef,
             ast.AsyncFunctionDef, ast.ClassDef, ast.Match)
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
           ast.BitAnd: operator.and_, ast.BitOr: operator.or_, ast.BitXor: operator.xor}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge, ast.In: lambda a, b: a in b,
            ast.NotIn: lambda a, b: a not in b, ast.Is: operator.is_, ast.IsNot: operator.is_not}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Not: operator.not_, ast.Invert: operator.invert}
# (Not zfill, ljust, format...: a size given to them could ask for any amount of memory.)
_STR_METHODS = {"split", "rsplit", "lower", "upper", "strip", "lstrip", "rstrip", "replace", "join", "encode",
                "decode", "startswith", "endswith", "isalpha", "isdigit", "isalnum", "isspace", "find", "count",
                "title", "capitalize", "splitlines", "index", "casefold"}
_READ_METHODS = {list: {"index", "count", "copy"}, tuple: {"index", "count"},
                 dict: {"get", "keys", "values", "items", "copy"}, set: {"copy", "union", "intersection",
                                                                         "difference", "issubset", "issuperset"}}
_CHANGE_METHODS = {list: {"append", "extend", "insert", "pop", "remove", "reverse", "sort", "clear"},
                   dict: {"setdefault", "update", "pop", "clear"}, set: {"add", "update", "discard", "remove",
                                                                          "clear"}}


class _Unfollowed(Exception):
    """Control flow not followed (a return or break under a condition not known)."""


class _Return(Exception):
    def __init__(self, value):
        self.value = value


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Function:
    def __init__(self, node: ast.FunctionDef, defaults: list, kw_defaults: dict):
        self.node, self.defaults, self.kw_defaults = node, defaults, kw_defaults


class ScriptData:
    """The values a module's top-level code gives its names, asked for at a line."""

    def __init__(self, tree: ast.Module, lines: list[str] | None = None):
        self.tree = tree
        self.lines = lines  # the source's lines: a value asked for inside a loop, see _Run.until
        self._answers: dict = {}

    def value(self, node: ast.expr, line: int):
        """What ``node`` evaluates to in the statement of the module body (or of its
        ``if __name__ == "__main__":`` block) at ``line``, before that statement runs;
        UNKNOWN when that is not certain."""
        key = (ast.dump(node), line)
        if key not in self._answers:
            self._answers[key] = self._value(node, line)
        return self._answers[key]

    def _value(self, node, line):
        run = _Run()
        try:
            if not run.until(self.tree.body, line, _names(node), self.lines):
                return UNKNOWN
            return run.eval(node)
        except (_Unfollowed, _Return, _Break, _Continue, RecursionError):
            return UNKNOWN


class _Run:
    def __init__(self):
        self.globals: dict = {"__name__": "__main__"}
        self.frame: dict = self.globals  # the locals of the function running, or the module's
        self.callers: list[dict] = []  # the frames of the functions that called it
        self.imports: dict[str, str] = {}  # local name -> module or object imported
        self.star_imported = False  # ``from x import *``: any builtin may be shadowed
        self.steps = 0
        self.depth = 0

    # -- statements --

    def until(self, body: list, line: int, names: set = frozenset(), lines: list | None = None) -> bool:
        """Run ``body`` up to the statement holding ``line`` (or the whole body, when the
        line is past it); False when what runs there is not the body's own code."""
        for stmt in body:
            if stmt.lineno <= line <= (stmt.end_lineno or stmt.lineno):
                if isinstance(stmt, ast.If) and _is_main_check(stmt.test) and \
                        stmt.body[0].lineno <= line:
                    return self.until(stmt.body, line, names, lines)
                if not isinstance(stmt, _COMPOUND):
                    return True
                # Inside a loop (or any block) the names' values are those before it only
                # when the block neither binds nor changes them (rows read in an epoch loop).
                return lines is not None and isinstance(stmt, (ast.For, ast.While, ast.With)) and \
                    not _touched_in(stmt, names, lines)
            if stmt.lineno > line:
                return True
            self.statement(stmt)
        return True

    def block(self, body: list) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, stmt) -> None:
        self._tick()
        kind = type(stmt)
        if kind is ast.Assign:
            value = self.eval(stmt.value)
            for target in stmt.targets:
                self.assign(target, value)
        elif kind is ast.AnnAssign and stmt.value is not None:
            self.assign(stmt.target, self.eval(stmt.value))
        elif kind is ast.AugAssign:
            self._augment(stmt)
        elif kind is ast.Expr:
            self._effect(stmt.value)
        elif kind is ast.For:
            self._for(stmt)
        elif kind is ast.If:
            test = self.truth(stmt.test)
            if test is UNKNOWN:
                if _jumps(stmt):
                    raise _Unfollowed()
                # Either branch may have run; a test that only compares changes nothing.
                parts = stmt.body + stmt.orelse
                if any(isinstance(n, (ast.Call, ast.NamedExpr)) for n in ast.walk(stmt.test)):
                    parts.append(stmt.test)
                for part in parts:
                    self.havoc(part)
            else:
                self.block(stmt.body if test else stmt.orelse)
        elif kind is ast.FunctionDef and not stmt.decorator_list:
            a = stmt.args
            defaults = [self.eval(d) for d in a.defaults]
            kw_defaults = {p.arg: self.eval(d) for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None}
            self.frame[stmt.name] = _Function(stmt, defaults, kw_defaults)
        elif kind in (ast.FunctionDef, ast.AsyncFunctionDef):
            self.frame[stmt.name] = UNKNOWN  # decorated: what the decorator makes of it is not known
        elif kind is ast.ClassDef:
            for part in stmt.body:  # the class body runs now; its methods do not
                if not isinstance(part, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Pass)):
                    self.havoc(part)
            self.frame[stmt.name] = UNKNOWN
        elif kind in (ast.Import, ast.ImportFrom):
            for alias in stmt.names:
                if alias.name == "*":
                    self.star_imported = True
                    continue
                local = alias.asname or alias.name.split(".")[0]
                self.frame[local] = UNKNOWN
                if kind is ast.Import:
                    self.imports[local] = alias.name if alias.asname else local
                elif not stmt.level and stmt.module:
                    self.imports[local] = f"{stmt.module}.{alias.name}"
        elif kind is ast.Return:
            raise _Return(self.eval(stmt.value) if stmt.value is not None else None)
        elif kind is ast.Break:
            raise _Break()
        elif kind is ast.Continue:
            raise _Continue()
        elif kind is ast.Pass:
            pass
        else:  # imports, classes, while, with, try, global, del, ...: not followed
            if _jumps(stmt) and self.frame is not self.globals:
                raise _Unfollowed()
            self.havoc(stmt)

    def _augment(self, stmt: ast.AugAssign) -> None:
        target = stmt.target
        if isinstance(target, ast.Name):
            old = self.lookup(target.id)
            value = self.eval(stmt.value)
            if isinstance(old, list) and isinstance(stmt.op, ast.Add):
                self._change(old, "extend", [value])  # in place: aliases see it
                return
            self.frame[target.id] = self._binary(stmt.op, old, value)
            return
        if isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice):
            container, key = self.eval(target.value), self.eval(target.slice)
            if isinstance(container, (list, dict)) and key is not UNKNOWN and _hashable(key):
                old = self._apply(operator.getitem, container, key)  # counts[w] += 1
                value = self._binary(stmt.op, old, self.eval(stmt.value))
                if value is not UNKNOWN and not isinstance(value, (list, dict, set)):
                    container[key] = value
                    return
            self._spoil(container)
        self.havoc(stmt)

    def _effect(self, node) -> None:
        """An expression run for what it does: ``words.append(w)``, ``print(...)``."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print" and \
                "print" not in self.frame and "print" not in self.globals:
            return
        self.eval(node)  # a call not followed makes what it is handed unknown

    def _for(self, stmt: ast.For) -> None:
        items = self._iterate(self.eval(stmt.iter))
        if items is UNKNOWN or stmt.orelse:
            if _jumps(stmt, loops=False) and self.frame is not self.globals:
                raise _Unfollowed()
            self.havoc(stmt)
            return
        try:
            for item in items:
                self._tick()
                self.assign(stmt.target, item)
                try:
                    self.block(stmt.body)
                except _Continue:
                    continue
        except _Break:
            pass
        except _Unfollowed:
            self.havoc(stmt)

    def assign(self, target, value) -> None:
        if isinstance(target, ast.Name):
            self.frame[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            items = self._iterate(value)
            if items is UNKNOWN or len(items) != len(target.elts) or \
                    any(isinstance(e, ast.Starred) for e in target.elts):
                for element in target.elts:
                    self.havoc(element)
                return
            for element, item in zip(target.elts, items):
                self.assign(element, item)
        elif isinstance(target, ast.Subscript):
            container = self.eval(target.value)
            key = self.eval(target.slice)
            if isinstance(container, (list, dict)) and value is not UNKNOWN and key is not UNKNOWN and \
                    _hashable(key):
                try:
                    container[key] = value
                    return
                except (TypeError, IndexError, ValueError):
                    pass
            self._spoil(container)
            self.havoc(target)
        else:
            self.havoc(target)

    # -- what is not followed --

    def havoc(self, node) -> None:
        """Every name ``node`` mentions, and every name sharing a container with one, is
        unknown from here."""
        for part in ast.walk(node):
            if isinstance(part, ast.Name):
                for frame in {id(self.frame): self.frame, id(self.globals): self.globals}.values():
                    if part.id in frame:
                        self._spoil(frame[part.id])
                        frame[part.id] = UNKNOWN

    def _spoil(self, value) -> None:
        """A container changed in ways not followed: whatever holds it is unknown."""
        if not isinstance(value, (list, dict, set)):
            return
        for frame in [self.frame, *self.callers, self.globals]:
            for name, held in list(frame.items()):
                if _holds(held, value):
                    frame[name] = UNKNOWN

    # -- expressions --

    def eval(self, node):
        self._tick()
        kind = type(node)
        if kind is ast.Constant:
            return node.value if isinstance(node.value, _PLAIN) else UNKNOWN
        if kind is ast.Name:
            return self.lookup(node.id)
        if kind in (ast.List, ast.Tuple, ast.Set):
            items = []
            for element in node.elts:
                if isinstance(element, ast.Starred):
                    inner = self._iterate(self.eval(element.value))
                    if inner is UNKNOWN:
                        return UNKNOWN
                    items.extend(inner)
                else:
                    items.append(self.eval(element))
            if any(item is UNKNOWN for item in items):
                return UNKNOWN
            return self._sized({ast.List: list, ast.Tuple: tuple, ast.Set: _set}[kind](items))
        if kind is ast.Dict:
            result = {}
            for key, value in zip(node.keys, node.values):
                if key is None:
                    return UNKNOWN
                key, value = self.eval(key), self.eval(value)
                if key is UNKNOWN or value is UNKNOWN or not _hashable(key):
                    return UNKNOWN
                result[key] = value
            return self._sized(result)
        if kind in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
            return self._comprehension(node)
        if kind is ast.BinOp:
            return self._binary(node.op, self.eval(node.left), self.eval(node.right))
        if kind is ast.UnaryOp:
            value = self.eval(node.operand)
            return UNKNOWN if value is UNKNOWN else self._apply(_UNARY[type(node.op)], value)
        if kind is ast.BoolOp:
            value = UNKNOWN
            for part in node.values:
                value = self.eval(part)
                truth = _truth(value)
                if truth is UNKNOWN:
                    return UNKNOWN
                if truth is isinstance(node.op, ast.Or):
                    return value
            return value
        if kind is ast.Compare:
            left = self.eval(node.left)
            for op, right_node in zip(node.ops, node.comparators):
                right = self.eval(right_node)
                if left is UNKNOWN or right is UNKNOWN or (type(op) in (ast.In, ast.NotIn) and
                                                           not isinstance(right, (str, bytes, list, tuple, dict, set))):
                    return UNKNOWN
                result = self._apply(_COMPARE[type(op)], left, right)
                if result is not True:
                    return result
                left = right
            return True
        if kind is ast.IfExp:
            test = self.truth(node.test)
            return UNKNOWN if test is UNKNOWN else self.eval(node.body if test else node.orelse)
        if kind is ast.Subscript:
            container = self.eval(node.value)
            index = self._slice(node.slice) if isinstance(node.slice, ast.Slice) else self.eval(node.slice)
            if container is UNKNOWN or index is UNKNOWN or not isinstance(container, (str, bytes, list, tuple, dict)):
                return UNKNOWN
            return self._apply(operator.getitem, container, index)
        if kind is ast.Call:
            return self._call(node)
        if kind is ast.JoinedStr:
            return self._formatted(node)
        return UNKNOWN

    def _formatted(self, node: ast.JoinedStr):
        """An f-string (``f"img_{i:04d}.jpg"``), its specs short enough to make a short string."""
        parts = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                parts.append(part.value)
                continue
            value = self.eval(part.value)
            spec = self._formatted(part.format_spec) if part.format_spec is not None else ""
            if value is UNKNOWN or spec is UNKNOWN or not _FORMAT_SPEC.fullmatch(spec) or \
                    not isinstance(value, (int, float, str, bool)):
                return UNKNOWN
            converted = {-1: value, 115: str(value), 114: repr(value), 97: ascii(value)}.get(part.conversion, UNKNOWN)
            if converted is UNKNOWN:
                return UNKNOWN
            formatted = self._apply(format, converted, spec)
            if not isinstance(formatted, str):
                return UNKNOWN
            parts.append(formatted)
        return self._sized("".join(parts))

    def truth(self, node):
        return _truth(self.eval(node))

    def lookup(self, name: str):
        if name in self.frame:
            return self.frame[name]
        if name in self.globals:
            return self.globals[name]
        return UNKNOWN if self.star_imported else _BUILTINS.get(name, UNKNOWN)

    def _slice(self, part: ast.Slice):
        bounds = [self.eval(b) if b is not None else None for b in (part.lower, part.upper, part.step)]
        if any(b is UNKNOWN or not (b is None or type(b) is int) for b in bounds):
            return UNKNOWN
        return slice(*bounds)

    def _binary(self, op, left, right):
        if left is UNKNOWN or right is UNKNOWN or type(op) not in _BINARY:
            return UNKNOWN
        if isinstance(op, ast.Pow) and (not isinstance(right, (int, float)) or abs(right) > 64):
            return UNKNOWN
        if isinstance(op, ast.Mult) and isinstance(left, int) and isinstance(right, (str, bytes, list, tuple)):
            left, right = right, left
        if isinstance(op, ast.Mult) and isinstance(left, (str, bytes, list, tuple)) and \
                (not isinstance(right, int) or len(left) * max(right, 0) > MAX_ITEMS):
            return UNKNOWN
        return self._sized(self._apply(_BINARY[type(op)], left, right))

    def _apply(self, function, *args, **keywords):
        if any(isinstance(a, range) and len(a) > MAX_ITEMS for a in args) or \
                (function is not operator.getitem and sum(_size(a) for a in args) > 4 * MAX_ITEMS):
            return UNKNOWN  # list(range(10 ** 9)), "ab".replace("", "x" * 9999): too much to make
        try:
            return self._sized(function(*args, **keywords))
        except (ArithmeticError, TypeError, ValueError, KeyError, IndexError, AttributeError):
            return UNKNOWN  # Python would raise: not a value to read

    def _sized(self, value):
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value if -MAX_INT < value < MAX_INT else UNKNOWN
        if isinstance(value, (str, bytes, list, tuple, dict, set)) and len(value) > MAX_ITEMS:
            return UNKNOWN
        return value

    def _iterate(self, value):
        """The items a loop over ``value`` runs over, or UNKNOWN (a set's order is not one)."""
        if isinstance(value, (list, tuple, str)):
            return list(value)
        if isinstance(value, bytes):
            return list(value)
        if isinstance(value, dict):
            return list(value)
        if isinstance(value, range) and len(value) <= MAX_ITEMS:
            return list(value)
        if isinstance(value, _Iterated):
            return list(value.items)
        return UNKNOWN

    def _comprehension(self, node):
        frames = [{}]
        for generator in node.generators:
            if generator.is_async:
                return UNKNOWN
            grown = []
            for names in frames:
                items = self._with(names, lambda: self._iterate(self.eval(generator.iter)))
                if items is UNKNOWN:
                    return UNKNOWN
                for item in items:
                    self._tick()
                    inner = dict(names)
                    kept = self._with(inner, lambda: self._bind_all(generator, item))
                    if kept is UNKNOWN:
                        return UNKNOWN
                    if kept:
                        grown.append(inner)
            frames = grown
            if len(frames) > MAX_ITEMS:
                return UNKNOWN
        if isinstance(node, ast.DictComp):
            result = {}
            for names in frames:
                key = self._with(names, lambda: self.eval(node.key))
                value = self._with(names, lambda: self.eval(node.value))
                if key is UNKNOWN or value is UNKNOWN or not _hashable(key):
                    return UNKNOWN
                result[key] = value
            return result
        items = [self._with(names, lambda: self.eval(node.elt)) for names in frames]
        if any(item is UNKNOWN for item in items):
            return UNKNOWN
        if isinstance(node, ast.SetComp):
            return self._apply(_set, items)
        return _Iterated(items) if isinstance(node, ast.GeneratorExp) else items

    def _bind_all(self, generator, item):
        """Bind the loop target in the current names; whether every ``if`` holds."""
        self.assign(generator.target, item)
        for test in generator.ifs:
            truth = self.truth(test)
            if truth is UNKNOWN:
                return UNKNOWN
            if not truth:
                return False
        return True

    def _with(self, names: dict, thunk):
        """Evaluate with a comprehension's own names on top of the frame's."""
        outer = self.frame
        self.frame = {**outer, **names}
        try:
            return thunk()
        finally:
            names.update({k: v for k, v in self.frame.items() if k in names or k not in outer})
            for k, v in self.frame.items():  # what code not followed made unknown stays so
                if v is UNKNOWN and k in outer and k not in names:
                    outer[k] = UNKNOWN
            self.frame = outer

    def _call(self, node: ast.Call):
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return self._unknown_call(node)
        func = node.func
        if isinstance(func, ast.Attribute):
            receiver = self.eval(func.value)
            args = [self.eval(a) for a in node.args]
            keywords = {k.arg: self.eval(k.value) for k in node.keywords}
            if receiver is UNKNOWN or UNKNOWN in args or UNKNOWN in keywords.values():
                return self._unknown_call(node, [receiver, *args, *keywords.values()])
            return self._method(node, receiver, func.attr, args, keywords)
        callee = self.eval(func)
        args = [self.eval(a) for a in node.args]
        keywords = {k.arg: self.eval(k.value) for k in node.keywords}
        if callee is UNKNOWN or UNKNOWN in args or UNKNOWN in keywords.values():
            return self._unknown_call(node, [*args, *keywords.values()])
        if isinstance(callee, _Function):
            return self._run_function(node, callee, args, keywords)
        builtin = _BUILTIN_NAMES.get(id(callee))
        if builtin is not None:
            if keywords.keys() - _BUILTIN_KEYWORDS.get(builtin, set()):
                return UNKNOWN
            if any(isinstance(a, set) for a in args) and builtin not in _ORDER_FREE:
                return UNKNOWN  # what it makes of a set depends on the set's order
            return self._apply(callee, *args, **keywords)
        return self._unknown_call(node)

    def _method(self, node, receiver, name: str, args: list, keywords: dict):
        kind = type(receiver)
        args = [a.items if isinstance(a, _Iterated) else a for a in args]
        if any(isinstance(a, set) for a in args) and name not in ("union", "intersection", "difference",
                                                                  "issubset", "issuperset", "update"):
            return self._unknown_call(node)
        if kind in (str, bytes) and name in _STR_METHODS:
            return self._apply(getattr(receiver, name), *args, **keywords)
        if name in _READ_METHODS.get(kind, ()):
            result = self._apply(getattr(receiver, name), *args, **keywords)
            return list(result) if name in ("keys", "values", "items") and result is not UNKNOWN else result
        if name in _CHANGE_METHODS.get(kind, ()):
            if name == "sort" and keywords.keys() - {"reverse"}:
                return self._unknown_call(node)
            if any(isinstance(a, (list, dict, set)) and name in ("append", "insert", "setdefault") for a in args):
                return self._unknown_call(node)  # a container kept inside another: aliases not followed
            return self._change(receiver, name, args, keywords)
        return self._unknown_call(node)

    def _change(self, receiver, name: str, args: list, keywords: dict | None = None):
        try:
            result = getattr(receiver, name)(*args, **(keywords or {}))
        except (TypeError, ValueError, KeyError, IndexError):
            self._spoil(receiver)
            return UNKNOWN
        if len(receiver) > MAX_ITEMS:
            self._spoil(receiver)
        return result

    def _unknown_call(self, node: ast.Call, handed: list | None = None):
        """A call not followed: it may change any container it is handed (``handed``: the
        values of the receiver and arguments, when they were evaluated)."""
        head, _, rest = (_dotted(node.func) or "").partition(".")
        if head in self.imports and f"{self.imports[head]}.{rest}".rstrip(".") in READ_ONLY_CALLS:
            return UNKNOWN  # torch.tensor(ids): copies, changes nothing
        if handed is not None:
            for value in handed:
                self._spoil(value)
            return UNKNOWN
        for part in list(node.args) + [k.value for k in node.keywords]:
            self.havoc(part.value if isinstance(part, ast.Starred) else part)
        if isinstance(node.func, ast.Attribute):
            self.havoc(node.func.value)
        return UNKNOWN

    def _run_function(self, node: ast.Call, function: _Function, args: list, keywords: dict):
        fn = function.node
        a = fn.args
        if a.vararg or a.kwarg or a.posonlyargs or self.depth >= MAX_CALL_DEPTH or \
                any(isinstance(n, (ast.Global, ast.Nonlocal, ast.Yield, ast.YieldFrom, ast.Lambda,
                                   ast.FunctionDef, ast.ClassDef)) for stmt in fn.body for n in ast.walk(stmt)):
            return self._not_followed(node, fn)
        names = [p.arg for p in a.args]
        if len(args) > len(names):
            return self._not_followed(node, fn)
        frame = dict(zip(names, args))
        defaults = dict(zip(names[len(names) - len(function.defaults):], function.defaults))
        for name in names + [p.arg for p in a.kwonlyargs]:
            if name in keywords:
                if name in frame:
                    return self._not_followed(node, fn)
                frame[name] = keywords[name]
            elif name not in frame:
                if name in defaults:
                    frame[name] = defaults[name]
                elif name in function.kw_defaults:
                    frame[name] = function.kw_defaults[name]
                else:
                    return self._not_followed(node, fn)
        if set(keywords) - set(frame):
            return self._not_followed(node, fn)
        self.callers.append(self.frame)
        self.frame = frame
        self.depth += 1
        followed = True
        result = None
        try:
            self.block(fn.body)
        except _Return as returned:
            result = returned.value
        except (_Unfollowed, _Break, _Continue):
            followed = False
        finally:
            self.frame = self.callers.pop()
            self.depth -= 1
        return result if followed else self._not_followed(node, fn)

    def _not_followed(self, node: ast.Call, fn: ast.FunctionDef):
        """A function of the module not followed: what it mentions of the module may change."""
        self._unknown_call(node)
        frame, self.frame = self.frame, self.globals
        try:
            self.havoc(fn)
        finally:
            self.frame = frame
        return UNKNOWN

    def _tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise _Unfollowed()


class _Iterated:
    """A generator expression's items: read once, by whatever iterates it."""

    def __init__(self, items: list):
        self.items = items


def folded_constant(value):
    """A script's value as the folder writes constants (lists as tuples, dicts as ConstDict);
    UNKNOWN for what it has no form for (a set, whose order is not one)."""
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        items = tuple(folded_constant(v) for v in value)
        return UNKNOWN if any(v is UNKNOWN for v in items) else items
    if isinstance(value, dict):
        items = {k: folded_constant(v) for k, v in value.items()}
        return UNKNOWN if any(v is UNKNOWN for v in items.values()) else ConstDict(items)
    return UNKNOWN


def _size(value) -> int:
    """The items (or characters) a value holds, for the bound on what a call may make."""
    if isinstance(value, (str, bytes, list, tuple, dict, set)):
        return len(value) * (max((len(v) for v in value if isinstance(v, (str, bytes))), default=1)
                             if isinstance(value, (list, tuple)) and len(value) < 64 else 1)
    return len(value.items) if isinstance(value, _Iterated) else 0


def _set(items):
    """A set -- of numbers only: other items' order in it changes from run to run."""
    if not all(isinstance(i, (int, float, bool, type(None))) for i in items) and \
            not all(isinstance(i, (str, bytes)) for i in items):
        raise TypeError("set of mixed items")
    return set(items)


def _sorted(items, reverse=False):
    return sorted(items.items if isinstance(items, _Iterated) else items, reverse=reverse)


def _materialised(function):
    def call(*args, **keywords):
        return function(*[a.items if isinstance(a, _Iterated) else a for a in args], **keywords)
    return call


_BUILTINS = {
    "len": len, "sorted": _sorted, "sum": _materialised(sum), "min": _materialised(min),
    "max": _materialised(max), "list": _materialised(list), "tuple": _materialised(tuple),
    "set": _materialised(_set), "dict": _materialised(dict),
    "enumerate": _materialised(lambda *a, **k: list(enumerate(*a, **k))),
    "range": range, "zip": _materialised(lambda *a: list(zip(*a))), "abs": abs, "int": int, "float": float,
    "str": str, "bool": bool, "ord": ord, "chr": chr, "round": round,
    "reversed": _materialised(lambda a: list(reversed(a))), "any": _materialised(any), "all": _materialised(all),
}
_BUILTIN_NAMES = {id(f): name for name, f in _BUILTINS.items()}
_BUILTIN_KEYWORDS = {"sorted": {"reverse"}, "enumerate": {"start"}}
_ORDER_FREE = {"len", "sorted", "min", "max", "any", "all", "set", "bool"}  # of a set: not its order
# Calls that only read what they are handed.
READ_ONLY_CALLS = {"torch.tensor", "torch.as_tensor", "torch.LongTensor", "torch.FloatTensor", "torch.Tensor",
                   "numpy.array", "numpy.asarray", "print"}


def _dotted(node) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


def _truth(value):
    if value is UNKNOWN or isinstance(value, (_Function, _Iterated)):
        return UNKNOWN
    try:
        return bool(value)
    except Exception:  # noqa: BLE001
        return UNKNOWN


def _hashable(value) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _holds(held, target, depth: int = 0) -> bool:
    if held is target:
        return True
    if depth > 4:
        return isinstance(held, (list, tuple, dict, set))
    if isinstance(held, (list, tuple, set)):
        return any(_holds(item, target, depth + 1) for item in held if isinstance(item, (list, tuple, dict, set)))
    if isinstance(held, dict):
        return any(_holds(item, target, depth + 1) for item in held.values()
                   if isinstance(item, (list, tuple, dict, set)))
    return False


def _names(node) -> set:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _touched_in(stmt, names: set, lines: list) -> bool:
    """Does the block bind any of ``names``, or may it change what one holds?"""
    if any(isinstance(n, ast.Name) and n.id in names and not isinstance(n.ctx, ast.Load) for n in ast.walk(stmt)):
        return True
    block = lines[stmt.lineno - 1:stmt.end_lineno]
    return any(changed_in_text(name, block) for name in names)


def _jumps(stmt, loops: bool = True) -> bool:
    """Does ``stmt`` hold a return (or, with ``loops``, a break or continue of a loop around it)?"""
    kinds = (ast.Return, ast.Break, ast.Continue) if loops else (ast.Return,)
    return any(isinstance(n, kinds) for n in ast.walk(stmt))


def _is_main_check(test) -> bool:
    return isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__" and \
        len(test.comparators) == 1 and isinstance(test.comparators[0], ast.Constant) and \
        test.comparators[0].value == "__main__"
