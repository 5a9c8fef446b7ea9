"""Layer lists built by code: loops, appends, comprehensions and helper functions.

    layers, in_ch = [], 3
    for v in cfg:
        if v == "M":
            layers += [nn.MaxPool2d(2)]
        else:
            layers += [nn.Conv2d(in_ch, v, 3, padding=1), nn.ReLU()]
            in_ch = v
    features = nn.Sequential(*layers)

A small bounded interpreter runs the statements of the function (or module) that builds the
list, up to the Sequential call, over the values it can know: folded constants, symbolic
sizes, lists, and the layer expressions appended -- each kept with the values its names had
when it was appended (``Item``).  Whatever it cannot follow makes what it touches unknown;
it never guesses.  It also fills ``nn.Sequential()`` models grown by ``add_module`` /
``append`` and evaluates helper functions of the module that return layers.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seqlint.extract.folding import AstFolder, TooLarge, combine
from seqlint.extract.scopes import SEQUENTIAL, Scope, dotted, qualify_name
from seqlint.shapes.expr import UNKNOWN, Expr

if TYPE_CHECKING:
    from seqlint.extract.models import Extractor

MAX_STEPS = 5000  # statements run (loop iterations count each time) per evaluation
MAX_ITEMS = 512  # length of a list, or of a range unrolled
MAX_CALL_DEPTH = 4  # helper functions calling helper functions


@dataclass(frozen=True, eq=False, repr=False)
class Item:
    """A layer expression put in a list, with the values its names had then."""

    node: ast.expr
    env: dict
    scope: Scope

    def __repr__(self):
        return f"Item(line {self.node.lineno})"


@dataclass(frozen=True, eq=False)
class Repeat:
    """The layers a loop adds when it runs an unknown number of times (``range(depth)``).
    ``stable``: the loop changes no value those layers read, so every pass adds the same."""

    items: tuple
    stable: bool


@dataclass(frozen=True)
class ClassRef:
    """A torch.nn class passed around as a value: ``norm_layer=nn.BatchNorm2d``."""

    qualified: str


class Building(list):
    """The layers of an ``nn.Sequential()`` being filled by ``add_module`` / ``append``."""


class ModuleListValue(Building):
    """An ``nn.ModuleList``: modules a forward calls one by one (``append``, ``extend`` too)."""


class GiveUp(Exception):
    """The code does something the interpreter does not follow.  Anything else escaping the
    interpreter is a bug of seqlint's, reported by the pipeline as SEQ003 (never a finding)."""


class _Reached(Exception):
    """The statement holding the call of interest was reached."""


class _Return(Exception):
    def __init__(self, value):
        self.value = value


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


_AST_OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
                  ast.Pow: "**"}

# Methods of a list of layers that change it in ways followed here.
_LIST_METHODS = {"append", "extend", "insert"}
# Methods of a model that change nothing about its layers.
_HARMLESS = {"to", "cuda", "cpu", "eval", "train", "float", "double", "half", "requires_grad_",
             "register_forward_hook", "register_forward_pre_hook", "apply", "parameters",
             "named_parameters", "modules", "children", "state_dict", "zero_grad"}


class Interpreter:
    """Runs one function body (or the module body) over known values."""

    def __init__(self, extractor: "Extractor", scope: Scope, env: dict | None = None, depth: int = 0):
        self.x = extractor
        self.scope = scope
        self.env: dict = dict(env or {})
        self.depth = depth
        self.steps = 0
        self.target: ast.AST | None = None
        self.stop_at_call_of: str | None = None

    # -- entry points --

    def run_until(self, body: list, target: ast.AST) -> dict | None:
        """The names' values when ``target`` (a node inside ``body``) is reached, or None."""
        self.target = target
        try:
            self._run(body)
        except _Reached:
            return self.env
        except (GiveUp, _Return, _Break, _Continue, RecursionError):
            return None
        return None

    def run_until_called(self, body: list, key: str) -> dict | None:
        """The names' values before the first statement that calls the model ``key`` holds
        (``model(x)``), or at the end of ``body``; None when the code is not followed."""
        self.stop_at_call_of = key
        try:
            self._run(body)
        except (_Reached, _Return):
            return self.env
        except (GiveUp, _Break, _Continue, RecursionError):
            return None
        return self.env

    def bind_arguments(self, function: ast.FunctionDef, args: list, keywords: dict) -> bool:
        """Give the function's parameters the call's values (and their defaults)."""
        a = function.args
        if a.kwarg or a.posonlyargs:
            return False
        names = [p.arg for p in a.args]
        if len(args) > len(names) and not a.vararg:
            return False
        values = dict(zip(names, args))
        if a.vararg:  # def __init__(self, *shape)
            values[a.vararg.arg] = tuple(args[len(names):])
        for key, value in keywords.items():
            if key in values or key not in names + [p.arg for p in a.kwonlyargs]:
                return False
            values[key] = value
        defaults = dict(zip(names[len(names) - len(a.defaults):], a.defaults))
        defaults.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
        outer = Interpreter(self.x, self.x.scopes.module, depth=self.depth + 1)
        for name in names + [p.arg for p in a.kwonlyargs]:
            if name not in values:
                if name not in defaults:
                    return False
                values[name] = outer.value(defaults[name])
        self.env.update(values)
        return True

    def call(self, function: ast.FunctionDef, args: list, keywords: dict):
        """The value ``function`` returns for these argument values, or UNKNOWN."""
        if not self.bind_arguments(function, args, keywords):
            return UNKNOWN
        try:
            self._run(function.body)
        except _Return as result:
            return result.value
        except (GiveUp, _Reached, _Break, _Continue, RecursionError):
            return UNKNOWN
        return None

    # -- statements --

    def _tick(self):
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise GiveUp("too many steps")

    def _holds_target(self, stmt) -> bool:
        t = self.target
        if t is None:
            return False
        if stmt is t:
            return True
        start, end = (stmt.lineno, stmt.col_offset), (stmt.end_lineno, stmt.end_col_offset)
        return start <= (t.lineno, t.col_offset) and (t.end_lineno, t.end_col_offset) <= end

    def _run(self, body: list) -> None:
        for stmt in body:
            self._tick()
            if self.stop_at_call_of is not None and _calls(stmt, self.stop_at_call_of):
                raise _Reached()
            if self._holds_target(stmt):
                self._enter(stmt)
                raise _Reached()
            self._statement(stmt)

    def _enter(self, stmt) -> None:
        """Run a compound statement's parts that lead to the target (which then runs)."""
        if isinstance(stmt, ast.If):
            branch = stmt.body if any(self._holds_target(s) for s in stmt.body) else stmt.orelse
            self._run(branch)
        elif isinstance(stmt, (ast.With, ast.Try)):
            for part in (stmt.body, getattr(stmt, "orelse", []), getattr(stmt, "finalbody", [])):
                if any(self._holds_target(s) for s in part):
                    self._run(part)
        elif isinstance(stmt, ast.For):
            values = self._iterate(stmt.iter)
            if values is UNKNOWN or not values or not any(self._holds_target(s) for s in stmt.body):
                raise GiveUp("the call is in a loop that may not run")
            self._assign_target(stmt.target, values[0])  # the first pass reaches it first
            self._run(stmt.body)
        # any other statement holding it is simple: the target runs as part of it

    def _statement(self, stmt) -> None:
        kind = type(stmt)
        if kind is ast.Assign:
            value = self.value(stmt.value)
            for target in stmt.targets:
                self._assign_target(target, value)
        elif kind is ast.AnnAssign:
            if stmt.value is not None:
                self._assign_target(stmt.target, self.value(stmt.value))
        elif kind is ast.AugAssign:
            self._augment(stmt)
        elif kind is ast.Expr:
            if isinstance(stmt.value, ast.Call):
                self._call_statement(stmt.value)
        elif kind is ast.For:
            self._for(stmt)
        elif kind is ast.If:
            self._if(stmt)
        elif kind is ast.With:
            self._run(stmt.body)
        elif kind is ast.Return:
            raise _Return(self.value(stmt.value) if stmt.value is not None else None)
        elif kind is ast.Break:
            raise _Break()
        elif kind is ast.Continue:
            raise _Continue()
        elif kind in (ast.Pass, ast.Assert, ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef,
                      ast.AsyncFunctionDef, ast.Global, ast.Nonlocal):
            pass
        else:  # while, try, match, del, raise...: what they touch is unknown afterwards
            if kind is ast.Raise:
                raise GiveUp("raise")
            self._havoc(stmt)

    def _assign_target(self, target, value) -> None:
        if isinstance(target, ast.Name):
            self.env[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(value, (tuple, list)) and len(value) == len(target.elts) and \
                    not any(isinstance(e, ast.Starred) for e in target.elts):
                for element, item in zip(target.elts, value):
                    self._assign_target(element, item)
            else:
                for element in target.elts:
                    self._assign_target(element.value if isinstance(element, ast.Starred) else element, UNKNOWN)
        elif isinstance(target, ast.Attribute):
            key = dotted(target)
            if key is not None:
                self.env[key] = value
        elif isinstance(target, ast.Subscript):
            self._mutated(target.value)
        elif isinstance(target, ast.Starred):
            self._assign_target(target.value, UNKNOWN)

    def _mutated(self, node) -> None:
        """Something changed what ``node`` holds in a way not followed."""
        key = dotted(node)
        if key is not None:
            self.env[key] = UNKNOWN

    def _augment(self, stmt: ast.AugAssign) -> None:
        key = dotted(stmt.target)
        if key is None:
            self._mutated(stmt.target.value if isinstance(stmt.target, ast.Subscript) else stmt.target)
            return
        current = self._name_value(key)
        other = self.value(stmt.value)
        if isinstance(current, list) and isinstance(stmt.op, ast.Add):
            self._extend(current, other, key)
            return
        self.env[key] = self._binary(stmt.op, current, other)

    def _extend(self, target: list, other, key: str) -> None:
        if isinstance(other, (list, tuple)) and len(target) + len(other) <= MAX_ITEMS:
            target.extend(other)
        else:
            self.env[key] = UNKNOWN

    def _call_statement(self, call: ast.Call) -> None:
        func = call.func
        if isinstance(func, ast.Attribute):
            key = dotted(func.value)
            holder = self._name_value(key) if key is not None else UNKNOWN
            if isinstance(holder, list):
                self._list_method(holder, func.attr, call, key)
                return
            if key is not None and func.attr in _HARMLESS:
                return
        # Anything else may change a list handed to it: those lists are unknown from here.
        for arg in list(call.args) + [k.value for k in call.keywords]:
            arg = arg.value if isinstance(arg, ast.Starred) else arg
            key = dotted(arg)
            if key is not None and isinstance(self.env.get(key), list):
                self.env[key] = UNKNOWN
        if isinstance(func, ast.Attribute):
            key = dotted(func.value)
            if key is not None and isinstance(self.env.get(key), list):
                self.env[key] = UNKNOWN
        elif isinstance(func, ast.Name) and func.id in self.x.scopes.functions:
            self.value(call)  # a helper run for its effects: its own lists are its own

    def _list_method(self, target: list, method: str, call: ast.Call, key: str) -> None:
        args = call.args
        if any(isinstance(a, ast.Starred) for a in args) or call.keywords:
            self.env[key] = UNKNOWN
            return
        if method == "append" and len(args) == 1:
            if len(target) >= MAX_ITEMS:
                raise GiveUp("list too long")
            target.append(self._element(args[0]))
        elif method == "add_module" and len(args) == 2 and isinstance(target, Building):
            target.append(self._element(args[1]))
        elif method == "extend" and len(args) == 1:
            self._extend(target, self.value(args[0]), key)
        elif method == "insert" and len(args) == 2:
            index = self.value(args[0])
            if not isinstance(index, int) or isinstance(index, bool):
                self.env[key] = UNKNOWN
                return
            target.insert(index, self._element(args[1]))
        elif isinstance(target, Building) and method in _HARMLESS:
            return
        else:
            self.env[key] = UNKNOWN

    def _for(self, stmt: ast.For) -> None:
        if stmt.orelse:
            self._havoc(stmt)
            return
        values = self._iterate(stmt.iter)
        if values is UNKNOWN:
            self._unknown_loop(stmt)
            return
        for value in values:
            self._tick()
            self._assign_target(stmt.target, value)
            try:
                self._run(stmt.body)
            except _Break:
                break
            except _Continue:
                continue

    def _unknown_loop(self, stmt: ast.For) -> None:
        """A loop that runs an unknown number of times: one pass, with the loop variable
        unknown, tells what each pass appends; lists it appends to get a ``Repeat``."""
        before = {k: (list(v) if isinstance(v, list) else v) for k, v in self.env.items()}
        self._assign_target(stmt.target, UNKNOWN)
        try:
            self._run(stmt.body)
        except (_Break, _Continue):
            raise GiveUp("break in a loop of unknown length")
        changed = {k for k, v in self.env.items()
                   if not isinstance(v, list) and k in before and before[k] is not v
                   and not _same(before[k], v)}
        loop_vars = set(_names_bound(stmt.target))
        for key, value in list(self.env.items()):
            if key in loop_vars:
                continue
            old = before.get(key)
            if isinstance(value, list) and isinstance(old, list):
                if len(value) < len(old) or any(a is not b for a, b in zip(old, value)):
                    self.env[key] = UNKNOWN  # changed other than by appending
                    continue
                added = value[len(old):]
                if added:
                    reads = {n for item in added for n in _names_read(item)}
                    stable = not (reads & (changed | loop_vars))
                    value[len(old):] = [Repeat(tuple(added), stable)]
            elif key in changed:
                self.env[key] = UNKNOWN  # its value after some unknown number of passes

    def _if(self, stmt: ast.If) -> None:
        test = self.truth(stmt.test)
        if test is True:
            self._run(stmt.body)
        elif test is False:
            self._run(stmt.orelse)
        else:  # run both on copies; what they disagree on is unknown after
            start = self.env
            results = []
            for branch in (stmt.body, stmt.orelse):
                self.env = {k: (type(v)(v) if isinstance(v, list) else v) for k, v in start.items()}
                try:
                    self._run(branch)
                except (_Break, _Continue, _Return):
                    raise GiveUp("control flow under an unknown condition")
                results.append(self.env)
            self.env = _join(*results)

    def _havoc(self, stmt) -> None:
        """Every name ``stmt`` binds, and every list it calls a method of, is unknown after."""
        for node in ast.walk(stmt):
            if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, (ast.Store, ast.Del)):
                self._mutated(node)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                self._mutated(node.func.value)
            elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
                self._mutated(node.value)

    # -- expressions --

    def truth(self, node):
        value = self.value(node)
        if value is UNKNOWN or isinstance(value, (Expr, Item, ClassRef, Repeat)):
            return UNKNOWN
        try:
            return bool(value)
        except Exception:  # noqa: BLE001
            return UNKNOWN

    def _name_value(self, key: str):
        if key in self.env:
            return self.env[key]
        if "." in key:
            return UNKNOWN
        return self._outer(key)

    def _outer(self, name: str):
        """A name the interpreter has not bound: a module constant, a torch.nn class, a
        parameter's symbol -- what the extractor's scopes know."""
        qualified = qualify_name(name, self.scope)
        if qualified and qualified.startswith("torch.nn.") and qualified.count(".") == 2:
            return ClassRef(qualified)
        return self.x.lookup(name, self.scope)

    def value(self, node):
        if node is None:
            return None
        kind = type(node)
        if kind is ast.Name:
            return self._name_value(node.id)
        if kind is ast.Attribute:
            key = dotted(node)
            if key is not None and key in self.env:
                return self.env[key]
            qualified = qualify_name(key, self.scope) if key else None
            if qualified and qualified.startswith("torch.nn.") and qualified.count(".") == 2:
                return ClassRef(qualified)
        if kind is ast.List:
            return self._elements(node.elts, list)
        if kind is ast.Tuple:
            return self._elements(node.elts, tuple)
        if kind in (ast.ListComp, ast.GeneratorExp):
            return self._comprehension(node)
        if kind is ast.Call:
            return self._call(node)
        if kind is ast.BinOp:
            left, right = self.value(node.left), self.value(node.right)
            if isinstance(left, (list, tuple)) or isinstance(right, (list, tuple)):
                return self._sequence_op(node.op, left, right)
            if any(isinstance(v, (Item, ClassRef)) for v in (left, right)):
                return UNKNOWN
        if kind is ast.Compare and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot)):
            return self._identity(node)
        if kind is ast.IfExp:
            test = self.truth(node.test)
            if test is UNKNOWN:
                if isinstance(node.body, ast.Call) or isinstance(node.orelse, ast.Call):
                    return self._item(node)  # a layer chosen by a condition not known here
                return UNKNOWN
            return self.value(node.body if test else node.orelse)
        if kind is ast.Subscript:
            container = self.value(node.value)
            if isinstance(container, list) and any(isinstance(v, (Item, Repeat)) for v in container):
                index = self.value(node.slice)
                if isinstance(index, int) and not isinstance(index, bool) and -len(container) <= index < len(container):
                    return container[index]
                return UNKNOWN
        return self._fold(node)

    def _identity(self, node: ast.Compare):
        """``x is None`` / ``x is not None``: decided when x is None, or a value that certainly
        is not (a layer class, a layer, a list, a constant); a size symbol may be anything."""
        sides = [self.value(node.left), self.value(node.comparators[0])]
        if not any(side is None for side in sides):
            return UNKNOWN
        other = sides[1] if sides[0] is None else sides[0]
        if other is UNKNOWN or isinstance(other, Expr):
            return UNKNOWN
        return (other is None) == isinstance(node.ops[0], ast.Is)

    def _fold(self, node):
        return AstFolder(self._foldable, lambda d: qualify_name(d, self.scope),
                         lambda name: self.x.shape_of(name, self.scope, None)).fold(node)

    def _foldable(self, name: str):
        return constant(self._name_value(name))

    def _item(self, node) -> Item:
        # Lists are frozen as they stand: a Sequential(*layers) item reads them later.
        snapshot = {k: (tuple(v) if isinstance(v, list) and not isinstance(v, Building) else v)
                    for k, v in self.env.items()}
        return Item(node, snapshot, self.scope)

    def _element(self, node):
        """What ``layers.append(node)`` puts in the list."""
        value = self.value(node)
        if isinstance(value, list) and not isinstance(value, Building):
            return UNKNOWN  # a list appended (not extended): not a module
        return value

    def _elements(self, nodes, kind):
        values = []
        for node in nodes:
            if isinstance(node, ast.Starred):
                inner = self.value(node.value)
                if not isinstance(inner, (list, tuple)):
                    return UNKNOWN
                values.extend(inner)
            else:
                values.append(self.value(node))
            if len(values) > MAX_ITEMS:
                return UNKNOWN
        return kind(values)

    def _call(self, node: ast.Call):
        func = node.func
        name = dotted(func)
        qualified = qualify_name(name, self.scope) if name else None
        if qualified == SEQUENTIAL and not node.args and not node.keywords:
            return Building()
        if qualified == "torch.nn.ModuleList" and not node.keywords and len(node.args) <= 1:
            items = self._iterate(node.args[0]) if node.args else []
            return UNKNOWN if items is UNKNOWN else ModuleListValue(items)
        if qualified and qualified.startswith("torch.nn."):
            return self._item(node)
        if isinstance(func, ast.Name):
            bound = self._name_value(func.id)
            if isinstance(bound, ClassRef):
                return self._item(node)  # norm_layer(channels)
            if func.id in _BUILTINS and func.id not in self.env:
                return _BUILTINS[func.id](self, node)
            function = self.x.scopes.functions.get(func.id)
            if function is not None and func.id not in self.env and \
                    len(self.x.scopes.module.bindings.get(func.id, [])) == 1:
                return self._helper(function, node)
        if name is not None and name.split(".")[0] not in self.env:
            from seqlint.extract import project

            found = project.function(self.x, name, self.scope)  # a helper of another file
            if found is not None:
                return project.call_helper(self, found, node)
        folded = self._fold(node)
        return folded if folded is not UNKNOWN else self._item(node)

    def _helper(self, function: ast.FunctionDef, node: ast.Call, owner: "Extractor | None" = None):
        """A module function called with known arguments: what it returns.  ``owner``: the
        extractor of the file that defines it, when that is another file."""
        if self.depth >= MAX_CALL_DEPTH or any(isinstance(a, ast.Starred) for a in node.args) or \
                any(k.arg is None for k in node.keywords):
            return self._item(node)
        x = owner or self.x
        scope = x.scopes.scope_of(function)
        if scope is None:
            return self._item(node)
        args = [self.value(a) for a in node.args]
        keywords = {k.arg: self.value(k.value) for k in node.keywords}
        callee = Interpreter(x, scope, depth=self.depth + 1)
        callee.steps = self.steps
        result = callee.call(function, args, keywords)
        self.steps = callee.steps
        if result is UNKNOWN or result is None:
            return self._item(node)  # maybe a module: read as an unknown layer
        return result

    def _comprehension(self, node):
        envs = [dict(self.env)]
        for generator in node.generators:
            if generator.is_async:
                return UNKNOWN
            expanded = []
            for env in envs:
                self.env = env
                values = self._iterate(generator.iter)
                if values is UNKNOWN:
                    if len(node.generators) == 1 and not generator.ifs:
                        # [Block(dim) for _ in range(depth)]: the same block, an unknown count
                        self._assign_target(generator.target, UNKNOWN)
                        element = self._element(node.elt)
                        loop_vars = set(_names_bound(generator.target))
                        stable = not (set(_names_read(element)) & loop_vars)
                        self.env = envs[0]
                        return [Repeat((element,), stable)]
                    return UNKNOWN
                for value in values:
                    self._tick()
                    inner = dict(env)
                    self.env = inner
                    self._assign_target(generator.target, value)
                    if all(self.truth(test) is True for test in generator.ifs):
                        expanded.append(inner)
                    elif any(self.truth(test) is UNKNOWN for test in generator.ifs):
                        return UNKNOWN
            envs = expanded
            if len(envs) > MAX_ITEMS:
                return UNKNOWN
        outer = self.env
        results = []
        try:
            for env in envs:
                self.env = env
                results.append(self._element(node.elt))
        finally:
            self.env = outer
        return results

    def _iterate(self, node):
        """The values a ``for`` runs over, or UNKNOWN."""
        value = self.value(node)
        if isinstance(value, (list, tuple)) and not isinstance(value, Building):
            if any(isinstance(v, Repeat) for v in value):
                return UNKNOWN
            return list(value)
        if isinstance(value, str):
            return list(value)
        return UNKNOWN

    def _sequence_op(self, op, left, right):
        if isinstance(op, ast.Add) and isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
            if len(left) + len(right) > MAX_ITEMS:
                return UNKNOWN
            return type(left)(list(left) + list(right)) if isinstance(left, list) else tuple(left) + tuple(right)
        if isinstance(op, ast.Mult):
            seq, count = (left, right) if isinstance(left, (list, tuple)) else (right, left)
            if isinstance(count, int) and not isinstance(count, bool) and 0 <= count and len(seq) * count <= MAX_ITEMS:
                # [nn.Linear(d, d)] * 3 repeats one module object: torch runs it three times
                return type(seq)(list(seq) * count)
        return UNKNOWN

    def _binary(self, op, left, right):
        if isinstance(left, (list, tuple)) or isinstance(right, (list, tuple)):
            return self._sequence_op(op, left, right)
        if isinstance(left, (Item, ClassRef, Repeat)) or isinstance(right, (Item, ClassRef, Repeat)):
            return UNKNOWN
        try:
            return combine(_AST_OPERATORS.get(type(op), ""), left, right)
        except TooLarge:
            return UNKNOWN


# --- builtins the loops use -------------------------------------------------------------


def _range(interp: Interpreter, node: ast.Call):
    if node.keywords or not 1 <= len(node.args) <= 3:
        return UNKNOWN
    values = [interp.value(a) for a in node.args]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return UNKNOWN
    try:
        r = range(*values)
    except ValueError:
        return UNKNOWN
    return tuple(r) if len(r) <= MAX_ITEMS else UNKNOWN


def _zip(interp: Interpreter, node: ast.Call):
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        return UNKNOWN
    seqs = [interp._iterate(a) for a in node.args]
    if any(s is UNKNOWN for s in seqs):
        return UNKNOWN
    return tuple(zip(*seqs))


def _enumerate(interp: Interpreter, node: ast.Call):
    if not node.args or len(node.args) > 2 or node.keywords:
        return UNKNOWN
    seq = interp._iterate(node.args[0])
    start = interp.value(node.args[1]) if len(node.args) == 2 else 0
    if seq is UNKNOWN or not isinstance(start, int):
        return UNKNOWN
    return tuple(enumerate(seq, start))


def _as_list(interp: Interpreter, node: ast.Call):
    if len(node.args) != 1 or node.keywords:
        return UNKNOWN if node.args or node.keywords else []
    seq = interp._iterate(node.args[0])
    return UNKNOWN if seq is UNKNOWN else list(seq)


def _as_tuple(interp: Interpreter, node: ast.Call):
    seq = _as_list(interp, node)
    return UNKNOWN if seq is UNKNOWN else tuple(seq)


def _reversed(interp: Interpreter, node: ast.Call):
    seq = _as_list(interp, node) if node.args else UNKNOWN
    return UNKNOWN if seq is UNKNOWN else tuple(reversed(seq))


def _len(interp: Interpreter, node: ast.Call):
    if len(node.args) != 1 or node.keywords:
        return UNKNOWN
    value = interp.value(node.args[0])
    if isinstance(value, (list, tuple, str)) and not any(isinstance(v, Repeat) for v in value):
        return len(value)
    return UNKNOWN


_BUILTINS = {"range": _range, "zip": _zip, "enumerate": _enumerate, "list": _as_list, "tuple": _as_tuple,
             "reversed": _reversed, "len": _len}


# --- helpers ------------------------------------------------------------------------------


def constant(value):
    """A value as the folder sees it: lists of constants are tuples; layers are unknown."""
    if isinstance(value, (Item, Repeat, ClassRef, Building)):
        return UNKNOWN
    if isinstance(value, (list, tuple)):
        items = tuple(constant(v) for v in value)
        return UNKNOWN if any(v is UNKNOWN for v in items) and len(items) > 64 else items
    return value


def _same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, (Item, Repeat, list)):
        return a is b
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return False


def _join(first: dict, second: dict) -> dict:
    """The names' values after an if whose branch is not known: what both agree on."""
    joined = {}
    for key in first.keys() | second.keys():
        a, b = first.get(key, UNKNOWN), second.get(key, UNKNOWN)
        if isinstance(a, list) and isinstance(b, list):
            same = len(a) == len(b) and all(x is y for x, y in zip(a, b))
            joined[key] = a if same else UNKNOWN
        else:
            joined[key] = a if _same(a, b) else UNKNOWN
    return joined


def _calls(stmt, key: str) -> bool:
    """Does ``stmt`` call the model ``key`` holds (``key(x)`` or ``key.forward(x)``)?"""
    for node in ast.walk(stmt):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "forward":
                func = func.value
            if dotted(func) == key:
                return True
    return False


def _names_bound(target) -> list[str]:
    return [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]


def _names_read(value) -> list[str]:
    """The names a layer expression reads (for ``Repeat``'s stability)."""
    if isinstance(value, Item):
        return [n.id for n in ast.walk(value.node) if isinstance(n, ast.Name)]
    if isinstance(value, Repeat):
        return [n for item in value.items for n in _names_read(item)]
    return []
