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

from seqlint.extract.folding import AstFolder, ConstDict, Parameter, TooLarge, combine
from seqlint.extract.mutation import MODULE_EDITS, changes_outer
from seqlint.extract.scopes import SEQUENTIAL, Scope, dotted, qualify_name
from seqlint.shapes.expr import UNKNOWN, Expr

if TYPE_CHECKING:
    from seqlint.extract.models import Extractor

# Functions that return the module they are given, its weights reparametrized.
WEIGHT_WRAPPERS = {f"torch.nn.utils{where}.{name}" for where in ("", ".parametrizations")
                   for name in ("weight_norm", "spectral_norm")}
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
class Either:
    """``if flag: self.proj = A(...) else: self.proj = B(...)`` in ``__init__``, the flag not
    known here: the attribute holds one of the modules (Items).  Only a module class's
    forward reads it (classes.Choice: both ways run); anything else finds it not known."""

    ways: tuple


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


class OrderedLayers(ConstDict):
    """An ``OrderedDict`` built by code (``layers["conv"] = nn.Conv2d(...)``): a Sequential
    given one holds its values, in order."""


class ClassValue:
    """A module class of the project passed around as a value: ``block=BasicBlock``.  ``x``:
    the extractor of the file that defines it; the class is read from there when first used
    (``definition``: project.py's, for a class of another file)."""

    __slots__ = ("_node", "definition", "name", "x")

    def __init__(self, node: ast.ClassDef | None, x, name: str = "", definition=None):
        self._node, self.x, self.definition = node, x, definition
        self.name = node.name if node is not None else name

    @property
    def node(self) -> ast.ClassDef | None:
        if self._node is None and self.definition is not None:
            self._node = self.definition.node
        return self._node

    def __eq__(self, other):
        return isinstance(other, ClassValue) and other.x is self.x and other.name == self.name

    def __hash__(self):
        return hash((id(self.x), self.name))

    def __repr__(self):
        return f"ClassValue({self.name})"


class PartialValue:
    """``functools.partial(nn.LayerNorm, eps=1e-6)`` of a layer class: calling it passes
    these arguments first (the call's own keywords win, as partial does)."""

    __slots__ = ("args", "func", "keywords")

    def __init__(self, func, args: tuple, keywords: dict):
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        return f"PartialValue({self.func!r})"


@dataclass(frozen=True, eq=False)
class LocalFunction:
    """A function defined inside the body being run, with that body's names (its closure)."""

    node: ast.FunctionDef
    closure: dict


class Building(list):
    """The layers of an ``nn.Sequential()`` being filled by ``add_module`` / ``append``."""


class ModuleListValue(Building):
    """An ``nn.ModuleList``: modules a forward calls one by one (``append``, ``extend`` too)."""


class GiveUp(Exception):
    """The code does something the interpreter does not follow.  Anything else escaping the
    interpreter is a bug of seqlint's, reported by the pipeline as SEQ003 (never a finding)."""


class _Raise(GiveUp):
    """A ``raise`` statement ran: the code after it does not run on this path."""


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
        # What ``super().__init__(...)`` does, when the caller knows (a Sequential subclass
        # filling itself, a base class of the project setting attributes): f(interpreter, call).
        self.on_super_init = None
        # The methods of the class whose instance is being built (name -> FunctionDef), when
        # it is known exactly (``Net(...)`` called): ``self._make_layer(...)`` runs them.
        self.methods: dict | None = None
        self._folder = None

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

    def run_recording(self, body: list, wanted: dict) -> dict:
        """id(ast Call) -> the names' values when the statement of ``body`` holding it starts,
        for the calls ``wanted`` lists per id(statement); a call not reached (the code stops
        being followed before it) is left out."""
        found = {}
        left = len(wanted)
        try:
            for stmt in body:
                if id(stmt) in wanted:
                    snapshot = {k: _deep_copy(v) for k, v in self.env.items()}
                    for node in wanted[id(stmt)]:
                        found[id(node)] = snapshot
                    left -= 1
                    if not left:
                        break
                self._tick()
                self._statement(stmt)
        except (GiveUp, _Reached, _Return, _Break, _Continue, RecursionError):
            pass
        return found

    def run_body(self, body: list) -> dict | None:
        """The names' values at the end of ``body`` (or at its ``return``), or None."""
        try:
            self._run(body)
        except _Return:
            return self.env
        except (GiveUp, _Reached, _Break, _Continue, RecursionError):
            return None
        return self.env

    def bind_arguments(self, function: ast.FunctionDef, args: list, keywords: dict) -> bool:
        """Give the function's parameters the call's values (and their defaults), as Python
        binds them: ``*args`` gets the extra positional values, ``**kwargs`` a dict of the
        extra keywords; False where Python raises a TypeError."""
        a = function.args
        names = [p.arg for p in a.posonlyargs + a.args]
        positional_only = {p.arg for p in a.posonlyargs}
        keyword_only = [p.arg for p in a.kwonlyargs]
        if len(args) > len(names) and not a.vararg:
            return False
        values = dict(zip(names, args))
        if a.vararg:  # def __init__(self, *shape)
            values[a.vararg.arg] = tuple(args[len(names):])
        extra = ConstDict()
        for key, value in keywords.items():
            if key in values and key not in positional_only:
                return False  # got multiple values
            if key in positional_only or key not in names + keyword_only:
                if not a.kwarg:
                    return False
                extra[key] = value
            else:
                values[key] = value
        if a.kwarg:  # def create_conv2d(in_chs, out_chs, kernel_size, **kwargs)
            values[a.kwarg.arg] = extra
        defaults = dict(zip(names[len(names) - len(a.defaults):], a.defaults))
        defaults.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
        outer = Interpreter(self.x, self.x.scopes.module, depth=self.depth + 1)
        for name in names + keyword_only:
            if name not in values:
                if name not in defaults:
                    return False
                values[name] = outer.value(defaults[name])
        self.env.update(values)
        return True

    def call_arguments(self, node: ast.Call):
        """(positional values, keyword values) ``node`` passes, ``*seq`` of a known list or
        tuple and ``**mapping`` of a known dict spread out (``ConvBlock(3, 8, **dd)``), and
        the arguments of a ``partial`` it calls first; None when what they spread is not known."""
        bound = self._name_value(node.func.id) if isinstance(node.func, ast.Name) else None
        if isinstance(bound, PartialValue):
            passed = self.call_arguments(ast.Call(func=ast.Constant(value=None), args=node.args,
                                                  keywords=node.keywords))
            if passed is None:
                return None
            return list(bound.args) + passed[0], {**bound.keywords, **passed[1]}
        args = []
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                inner = self.value(arg.value)
                if not isinstance(inner, (list, tuple)) or isinstance(inner, Building) or \
                        any(isinstance(v, Repeat) for v in inner):
                    return None
                args.extend(inner)
            else:
                args.append(self.value(arg))
        keywords = {}
        for keyword in node.keywords:
            if keyword.arg is None:
                mapping = self.value(keyword.value)
                if not isinstance(mapping, ConstDict) or not all(isinstance(k, str) for k in mapping):
                    return None
                pairs = list(mapping.items())
            else:
                pairs = [(keyword.arg, self.value(keyword.value))]
            for key, value in pairs:
                if key in keywords:
                    return None  # TypeError: got multiple values for keyword argument
                keywords[key] = value
        return args, keywords

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
            if not any(self._holds_target(s) for s in stmt.body):
                raise GiveUp("the call is in the loop's else")
            if values is UNKNOWN and not stmt.orelse:
                # Any pass of a loop run an unknown number of times: what the passes change
                # is unknown there, the rest is what it was before the loop.
                self._havoc(stmt)
                self._assign_target(stmt.target, UNKNOWN)
                self._run(stmt.body)
                return
            if values is UNKNOWN or not values:
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
            for item in stmt.items:
                if item.optional_vars is not None:  # with ... as name: not followed
                    self._assign_target(item.optional_vars, UNKNOWN)
            self._run(stmt.body)
        elif kind is ast.Return:
            raise _Return(self.value(stmt.value) if stmt.value is not None else None)
        elif kind is ast.Break:
            raise _Break()
        elif kind is ast.Continue:
            raise _Continue()
        elif kind is ast.FunctionDef and not stmt.decorator_list and self.scope is not self.x.scopes.module:
            # def block(in_feat, out_feat): ... inside __init__: run where it is called
            self.env[stmt.name] = LocalFunction(stmt, self.env)
        elif kind in (ast.Pass, ast.Assert, ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef,
                      ast.AsyncFunctionDef, ast.Global, ast.Nonlocal):
            pass
        elif kind is ast.Raise:
            raise _Raise("raise")
        elif kind is ast.Delete and all(self._delete(target) for target in stmt.targets):
            pass
        else:  # while, try, match, del...: what they touch is unknown afterwards
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
                if isinstance(self.env.get("self"), Building) and key.startswith("self.") and \
                        not _plain(value):  # a module set on a Sequential is one more layer of it
                    self.env["self"] = None
        elif isinstance(target, ast.Subscript):
            container = self._name_value(dotted(target.value)) if dotted(target.value) else UNKNOWN
            key = self.value(target.slice) if isinstance(container, ConstDict) else UNKNOWN
            index = self.value(target.slice) if type(container) is list else None
            if isinstance(container, ConstDict) and _hashable(key):
                container[key] = value  # layers["conv"] = nn.Conv2d(...); kwargs["bias"] = False
            elif isinstance(index, int) and not isinstance(index, bool) and -len(container) <= index < len(container) \
                    and not any(isinstance(item, Repeat) for item in container):
                container[index] = value  # layers[-1] = nn.Sigmoid(): every name holding the list sees it
            else:
                self._mutated(target.value)
        elif isinstance(target, ast.Starred):
            self._assign_target(target.value, UNKNOWN)

    def _mutated(self, node) -> None:
        """Something changed what ``node`` holds in a way not followed: that name, and every
        other name holding the same list or dict, are unknown from here."""
        while isinstance(node, ast.Subscript):  # layers[0].append(...): layers changed
            node = node.value
        key = dotted(node)
        if key is None:
            return
        held = self.env.get(key)
        self.env[key] = UNKNOWN
        if isinstance(held, (list, dict)):
            for name, value in list(self.env.items()):
                if value is held:
                    self.env[name] = UNKNOWN

    def _delete(self, target) -> bool:
        """``del kwargs["bias"]`` on a known dict (False: not followed)."""
        if not isinstance(target, ast.Subscript) or dotted(target.value) is None:
            return False
        container = self._name_value(dotted(target.value))
        key = self.value(target.slice) if isinstance(container, ConstDict) else UNKNOWN
        if not isinstance(container, ConstDict) or not _hashable(key) or key not in container:
            return False
        del container[key]
        return True

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
        if self.on_super_init is not None and _is_super_init(call):
            self.on_super_init(self, call)
            return
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self" and \
                not isinstance(self.env.get("self"), list):
            self._self_method(call, func.attr)
            return
        if isinstance(func, ast.Name) and func.id == "setattr" and func.id not in self.env and \
                len(call.args) == 3 and not call.keywords and isinstance(call.args[0], ast.Name) and \
                call.args[0].id == "self":
            name = self.value(call.args[1])
            if isinstance(name, str) and name.isidentifier():
                self._assign_target(ast.Attribute(value=ast.Name(id="self", ctx=ast.Load()), attr=name,
                                                  ctx=ast.Store()), self._element(call.args[2]))
            else:
                self._forget_self()
                if isinstance(self.env.get("self"), Building):
                    self.env["self"] = None
            return
        if isinstance(func, ast.Attribute):
            key = dotted(func.value)
            holder = self._name_value(key) if key is not None else UNKNOWN
            if isinstance(holder, list):
                self._list_method(holder, func.attr, call, key)
                return
            if isinstance(holder, ConstDict):
                self._dict_method(holder, func.attr, call, key)
                return
            if isinstance(holder, Item) and func.attr in MODULE_EDITS:
                self.env[key] = UNKNOWN  # self.features.add_module(...): not the module written
                return
            if key is not None and func.attr in _HARMLESS:
                return
        # Anything else may change a list or dict handed to it: unknown from here.
        self._forget_arguments(call)
        if isinstance(func, ast.Attribute):
            self._forget(func.value)
        elif isinstance(func, ast.Name) and func.id in self.x.scopes.functions:
            self.value(call)  # a helper run for its effects: its own lists are its own

    def _self_method(self, call: ast.Call, name: str):
        """``self.name(...)`` run for its effects: a method of the instance's class runs (the
        attributes it sets are the instance's); ``add_module`` / ``register_module`` set one;
        torch.nn.Module's methods that set none change nothing; anything else (a method a
        subclass may override, one not found) may set any attribute: all are unknown after."""
        if self.methods is not None and name in self.methods:
            self._method(self.methods[name], call)
            return
        self._forget_arguments(call)
        if name in ("add_module", "register_module") and len(call.args) == 2 and not call.keywords:
            key = self.value(call.args[0])
            if isinstance(key, str) and key.isidentifier():
                self.env["self." + key] = self._element(call.args[1])
            else:
                self._forget_self()
        elif name in ("register_buffer", "register_parameter") and call.args:
            key = self.value(call.args[0])
            if isinstance(key, str) and key.isidentifier():
                self.env["self." + key] = UNKNOWN  # a tensor, not a module read here
            else:
                self._forget_self()
        elif name not in _MODULE_METHODS:
            self._forget_self()

    def _forget_self(self) -> None:
        for key in [k for k in self.env if k.startswith("self.")]:
            self.env[key] = UNKNOWN

    def _method(self, function: ast.FunctionDef, node: ast.Call):
        """A method of the instance's class called on ``self``: run with the instance's
        attributes; those it sets are the instance's after it."""
        a = function.args
        scope = self.x.scopes.scope_of(function)
        passed = self.call_arguments(node) if self.depth < MAX_CALL_DEPTH and scope is not None else None
        if passed is None or not a.args or a.args[0].arg != "self" or \
                any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in function.decorator_list):
            self._forget_arguments(node)
            self._forget_self()
            return self._item(node)
        callee = Interpreter(self.x, scope, {k: v for k, v in self.env.items() if k.startswith("self.")},
                             depth=self.depth + 1)
        callee.methods = self.methods
        callee.steps = self.steps
        result = callee.call(function, [UNKNOWN, *passed[0]], passed[1])
        self.steps = callee.steps
        if result is UNKNOWN:
            self._forget_self()  # it stopped part way: what it set is not known
        else:
            for key, value in callee.env.items():
                if key.startswith("self."):
                    self.env[key] = value
        return self._item(node) if result is UNKNOWN or result is None else result

    def _forget(self, node) -> None:
        """``node`` handed to code not followed: a list or dict it names may have changed,
        and so may the items of a parameter (a list the caller passed)."""
        node = node.value if isinstance(node, ast.Starred) else node
        key = dotted(node)
        if key is None:
            return
        held = self._name_value(key)
        if isinstance(held, (list, dict)):
            self._mutated(node)
        elif isinstance(held, Parameter):  # the same size; its items are not known any more
            self.env[key] = Expr(held.terms)

    def _forget_arguments(self, call: ast.Call) -> None:
        for arg in list(call.args) + [k.value for k in call.keywords]:
            self._forget(arg)

    def _dict_method(self, target: ConstDict, method: str, call: ast.Call, key: str):
        """``kwargs.pop("depthwise", False)``, ``get``, ``setdefault``, ``update``, ``copy``,
        ``keys`` / ``values`` / ``items`` on a known dict; anything else makes it unknown."""
        if any(isinstance(a, ast.Starred) for a in call.args) or \
                (call.keywords and method != "update"):
            self._mutated(call.func.value)
            return UNKNOWN
        args = [self.value(a) for a in call.args]
        if method in ("get", "pop", "setdefault") and 1 <= len(args) <= 2 and _hashable(args[0]):
            if args[0] in target:
                found = target[args[0]]
            elif len(args) == 2:
                found = args[1]
            elif method == "get":
                found = None
            else:
                return UNKNOWN  # KeyError
            if method == "pop":
                target.pop(args[0], None)
            elif method == "setdefault":
                target.setdefault(args[0], found)
            return found
        if method == "copy" and not args:
            return type(target)(target)
        if method in ("keys", "values", "items") and not args:
            return tuple(getattr(target, method)())
        if method == "update" and len(args) <= 1:
            passed = self.call_arguments(ast.Call(func=call.func, args=[], keywords=call.keywords))
            other = _pairs(args[0]) if args else ()
            if passed is not None and other is not None:
                target.update(other)
                target.update(passed[1])
                return None
        self._mutated(call.func.value)
        return UNKNOWN

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
        before = _copy_env(self.env)
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
                    stable = not (reads & changed)  # the loop variable: unknown in the pass read
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
                self.env = _copy_env(start)
                try:
                    self._run(branch)
                except _Raise:
                    continue  # this branch raises: the code after the if runs after the other
                except (_Break, _Continue, _Return):
                    raise GiveUp("control flow under an unknown condition")
                results.append(self.env)
            if not results:
                raise _Raise("both branches raise")
            self.env = _join(*results) if len(results) == 2 else results[0]

    def _havoc(self, stmt) -> None:
        """Every name ``stmt`` binds, every list it calls a method of, and every list or dict
        it hands to a function, is unknown after."""
        for node in ast.walk(stmt):
            if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, (ast.Store, ast.Del)):
                self._mutated(node)
            elif isinstance(node, ast.Call):
                if isinstance(node.func, ast.Attribute):
                    self._mutated(node.func.value)
                self._forget_arguments(node)
            elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
                self._mutated(node.value)

    # -- expressions --

    def truth(self, node):
        return _truth(self.value(node))

    def _name_value(self, key: str):
        if key in self.env:
            return self.env[key]
        if "." in key:
            return UNKNOWN
        return self._outer(key)

    def _outer(self, name: str):
        """A name the interpreter has not bound: a module constant, a torch.nn class, a
        module class of the project, a parameter's symbol -- what the extractor's scopes know."""
        qualified = qualify_name(name, self.scope)
        if qualified and qualified.startswith("torch.nn.") and qualified.count(".") == 2:
            return ClassRef(qualified)
        found = self._project_class(name)
        if found is not None:
            return found
        return self.x.lookup(name, self.scope)

    def _project_class(self, name: str):
        """``BasicBlock`` read as a value (``block = BasicBlock``, ``conv_block or
        ConvNormAct``): the module class of this file or of another file of the project."""
        scope = self.scope
        while scope is not None and scope.parent is not None:  # a local or parameter shadows it
            if name in scope.bindings or name in scope.params:
                return None
            scope = scope.parent
        cache = self.x._class_values  # module-level names: one answer per extractor and check
        if name in cache:
            return cache[name]
        module = self.x.scopes.module
        found = None
        if name in module.imports:
            from seqlint.extract import project

            definition = project.definition(self.x, name, module)
            if definition is not None and definition.kind == "class" and definition.x is not None:
                found = ClassValue(None, definition.x, definition.name, definition)
        elif name in self.x.scopes.classes and len(module.bindings.get(name, [])) == 1:
            found = ClassValue(self.x.scopes.classes[name], self.x)
        cache[name] = found
        return found

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
            if isinstance(node.value, ast.Name):
                held = self._name_value(node.value.id)
                if isinstance(held, ClassValue):  # block.expansion, block a class of the project
                    return _class_attribute(held, node.attr)
        if kind is ast.Dict:
            return self._dict(node)
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
            return self._binary(node.op, left, right)  # block.expansion * planes: the values read
        if kind is ast.Compare and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot)):
            return self._identity(node)
        if kind is ast.BoolOp:  # conv_block = conv_block or BasicConv2d
            result = UNKNOWN
            for part in node.values:
                result = self.value(part)
                test = _truth(result)
                if test is UNKNOWN:
                    return UNKNOWN
                if test is isinstance(node.op, ast.Or):
                    return result
            return result
        if kind is ast.UnaryOp and isinstance(node.op, ast.Not):  # not isinstance(name, str)
            test = self.truth(node.operand)
            return UNKNOWN if test is UNKNOWN else not test
        if kind is ast.IfExp:
            test = self.truth(node.test)
            if test is UNKNOWN:
                if isinstance(node.body, ast.Call) or isinstance(node.orelse, ast.Call):
                    return self._item(node)  # a layer chosen by a condition not known here
                return UNKNOWN
            return self.value(node.body if test else node.orelse)
        if kind is ast.Subscript:
            container = self.value(node.value)
            if isinstance(container, ConstDict) and not isinstance(node.slice, ast.Slice):
                index = self.value(node.slice)
                if _hashable(index) and index in container:
                    return container[index]  # blocks["conv1"], kwargs["norm_layer"]
                return UNKNOWN
            if isinstance(container, (list, tuple)) and any(isinstance(v, (Item, Repeat)) for v in container):
                if isinstance(node.slice, ast.Slice):  # nn.Sequential(*layers[:-1]): no last activation
                    bounds = [self.value(b) if b is not None else None
                              for b in (node.slice.lower, node.slice.upper, node.slice.step)]
                    if any(isinstance(v, Repeat) for v in container) or \
                            not all(b is None or (isinstance(b, int) and not isinstance(b, bool)) for b in bounds):
                        return UNKNOWN
                    return type(container)(container[slice(*bounds)])
                index = self.value(node.slice)
                if isinstance(index, int) and not isinstance(index, bool) and -len(container) <= index < len(container):
                    return container[index]
                return UNKNOWN
        return self._fold(node)

    def _partial(self, node: ast.Call):
        """``partial(cls, *args, **keywords)`` of a layer class (a torch.nn one, one of the
        project, another partial); UNKNOWN for anything else."""
        func = self.value(node.args[0])
        rest = ast.Call(func=node.func, args=node.args[1:], keywords=node.keywords)
        passed = self.call_arguments(rest)
        if passed is None or not isinstance(func, (ClassRef, ClassValue, PartialValue)):
            self._forget_arguments(node)
            return UNKNOWN
        args, keywords = passed
        if isinstance(func, PartialValue):  # partial(partial(f, a), b) is partial(f, a, b)
            args, keywords = list(func.args) + list(args), {**func.keywords, **keywords}
            func = func.func
        return PartialValue(func, tuple(args), keywords)

    def _dict(self, node: ast.Dict):
        """A dict display, its values as the interpreter knows them (layers, classes too);
        ``{**dd, **extra}`` spreads known dicts."""
        result = ConstDict()
        for key_node, value_node in zip(node.keys, node.values):
            if key_node is None:
                other = _pairs(self.value(value_node))
                if other is None:
                    return UNKNOWN
                result.update(other)
                continue
            key = self.value(key_node)
            if not _hashable(key):
                return UNKNOWN
            result[key] = self.value(value_node)
            if len(result) > MAX_ITEMS:
                return UNKNOWN
        return result

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
        folder = self._folder
        if folder is None:  # one per interpreter: it reads the names' values as they are then
            folder = self._folder = AstFolder(self._foldable, lambda d: qualify_name(d, self.scope),
                                              lambda name: self.x.shape_of(name, self.scope, None))
        return folder.fold(node)

    def _foldable(self, name: str):
        return constant(self._name_value(name))

    def _item(self, node) -> Item:
        # Lists are frozen as they stand: a Sequential(*layers) item reads them later.
        snapshot = {}
        for key, value in self.env.items():
            kind = type(value)
            if kind is list:
                value = tuple(value)
            elif kind is ConstDict or kind is OrderedLayers:
                value = kind(value)
            snapshot[key] = value
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
        if qualified in WEIGHT_WRAPPERS and node.args and not isinstance(node.args[0], ast.Starred):
            return self.value(node.args[0])  # weight_norm(nn.Conv1d(...)) is that Conv1d
        if qualified and qualified.startswith("torch.nn."):
            return self._item(node)
        if qualified == "functools.partial" and node.args and not isinstance(node.args[0], ast.Starred):
            return self._partial(node)
        if qualified in ("collections.OrderedDict", "typing.OrderedDict"):
            made = _dict_of(self, node)
            return UNKNOWN if made is UNKNOWN else OrderedLayers(made)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self" and \
                self.methods is not None and func.attr in self.methods:
            return self._method(self.methods[func.attr], node)  # self._make_layer(block, 64, 2)
        if isinstance(func, ast.Attribute):
            key = dotted(func.value)
            holder = self.env.get(key) if key is not None else None
            if isinstance(holder, ConstDict):
                return self._dict_method(holder, func.attr, node, key)
            if isinstance(holder, str) and func.attr in _STRING_METHODS:
                passed = self.call_arguments(node)
                if passed is None or not all(isinstance(v, (str, int)) and not isinstance(v, bool)
                                             for v in passed[0]) or passed[1]:
                    return UNKNOWN
                try:
                    return getattr(holder, func.attr)(*passed[0])
                except (TypeError, ValueError):
                    return UNKNOWN
        if isinstance(func, ast.Name):
            bound = self._name_value(func.id)
            if isinstance(bound, (ClassRef, ClassValue, PartialValue)):
                return self._item(node)  # norm_layer(channels), block(inplanes, planes)
            if isinstance(bound, LocalFunction):
                return self._local_helper(bound, node)
            if func.id in _BUILTINS and func.id not in self.env and qualify_name(func.id, self.scope) is None:
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
        if folded is not UNKNOWN:
            return folded
        self._forget_arguments(node)  # code not followed may change a list or dict handed to it
        return self._item(node)

    def _helper(self, function: ast.FunctionDef, node: ast.Call, owner: "Extractor | None" = None):
        """A module function called with known arguments: what it returns.  ``owner``: the
        extractor of the file that defines it, when that is another file."""
        if self.depth >= MAX_CALL_DEPTH:
            return self._item(node)
        x = owner or self.x
        scope = x.scopes.scope_of(function)
        if scope is None:
            return self._item(node)
        passed = self.call_arguments(node)
        if passed is None:
            return self._item(node)
        args, keywords = passed
        callee = Interpreter(x, scope, depth=self.depth + 1)
        callee.steps = self.steps
        result = callee.call(function, args, keywords)
        self.steps = callee.steps
        if owner is None:  # a list of this scope the helper changes in place is not known here
            for name, held in list(self.env.items()):
                if isinstance(held, (list, dict)) and changes_outer(x, function, name):
                    self._mutated(ast.Name(id=name, ctx=ast.Load()))
        if result is UNKNOWN:
            self._forget_arguments(node)  # it stopped part way: what it changed is not known
        if result is UNKNOWN or result is None:
            return self._item(node)  # maybe a module: read as an unknown layer
        return result

    def _local_helper(self, local: "LocalFunction", node: ast.Call):
        """A function defined in the body being run, called with known arguments: what it
        returns, its free names read as the body has them (a closure)."""
        function = local.node
        scope = self.x.scopes.scope_of(function)
        passed = self.call_arguments(node)
        if self.depth >= MAX_CALL_DEPTH or scope is None or passed is None:
            return self._item(node)
        own = {p.arg for p in function.args.posonlyargs + function.args.args + function.args.kwonlyargs} | \
            {n.id for stmt in function.body for n in ast.walk(stmt) if isinstance(n, ast.Name) and
             isinstance(n.ctx, ast.Store)}
        callee = Interpreter(self.x, scope, {k: v for k, v in local.closure.items() if k not in own},
                             depth=self.depth + 1)
        callee.steps = self.steps
        result = callee.call(function, *passed)
        self.steps = callee.steps
        if result is UNKNOWN or result is None:
            self._forget_arguments(node)
            return self._item(node)
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
                        # The loop variable is unknown in the pass read: what the block
                        # reads of it is unknown there, the same for every pass.
                        self.env = envs[0]
                        return [Repeat((element,), True)]
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
        if any(isinstance(v, (Item, ClassRef, ClassValue, PartialValue, Repeat)) for v in (left, right)):
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


def _dict_of(interp: Interpreter, node: ast.Call):
    """``dict(a=1, **dd)``, ``dict(pairs)``, ``OrderedDict(blocks)``: a known dict, or UNKNOWN."""
    passed = interp.call_arguments(node)
    if passed is None or len(passed[0]) > 1:
        return UNKNOWN
    pairs = _pairs(passed[0][0]) if passed[0] else ()
    if pairs is None:
        return UNKNOWN
    made = ConstDict(pairs)
    made.update(passed[1])
    return made


def _cast(interp: Interpreter, node: ast.Call):
    """``typing.cast(int, v)`` is ``v``."""
    if len(node.args) != 2 or node.keywords or isinstance(node.args[1], ast.Starred):
        return UNKNOWN
    return interp.value(node.args[1])


def _isinstance(interp: Interpreter, node: ast.Call):
    """``isinstance(kernel_size, (list, tuple))`` for plain Python values."""
    if len(node.args) != 2 or node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        return UNKNOWN
    value = interp.value(node.args[0])
    kinds = node.args[1].elts if isinstance(node.args[1], ast.Tuple) else [node.args[1]]
    module = interp.x.scopes.module
    if not all(isinstance(k, ast.Name) and k.id in _PLAIN_TYPES and k.id not in interp.env and
               k.id not in module.bindings and k.id not in module.imports and
               interp._name_value(k.id) is UNKNOWN for k in kinds):  # the builtin, not a name bound
        return UNKNOWN
    if value is UNKNOWN or isinstance(value, (Expr, Item, Repeat, ClassRef, ClassValue, PartialValue, Building)) or \
            type(value) not in _PLAIN_VALUES:
        return UNKNOWN
    return any(isinstance(value, _PLAIN_TYPES[k.id]) for k in kinds)


def _any_all(interp: Interpreter, node: ast.Call):
    if len(node.args) != 1 or node.keywords:
        return UNKNOWN
    values = interp._iterate(node.args[0])
    if values is UNKNOWN or not all(isinstance(v, (bool, int, str, type(None))) and not isinstance(v, Expr)
                                    for v in values):
        return UNKNOWN
    return (any if node.func.id == "any" else all)(values)


def _class_attribute(value: ClassValue, name: str, depth: int = 0):
    """``block.expansion``: a constant the class (or a base class of its file) assigns in its
    body, or UNKNOWN."""
    if value.node is None:
        return UNKNOWN
    for item in value.node.body:
        targets = item.targets if isinstance(item, ast.Assign) else \
            [item.target] if isinstance(item, ast.AnnAssign) and item.value is not None else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if len(targets) != 1:
                return UNKNOWN
            try:
                found = ast.literal_eval(item.value)
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                return UNKNOWN
            return found if isinstance(found, (int, float, str, bool, tuple, type(None))) else UNKNOWN
        if getattr(item, "name", None) == name:  # a method or nested class of that name
            return UNKNOWN
    from seqlint.extract.classes import _base_class

    base = _base_class(value.node, value.x) if depth < 4 else None
    if base is None or base == "module":
        return UNKNOWN
    return _class_attribute(ClassValue(*base), name, depth + 1)


# torch.nn.Module's methods that set no attribute of the module (beyond tensors and hooks).
_MODULE_METHODS = {"apply", "to", "cuda", "cpu", "eval", "train", "float", "double", "half", "bfloat16",
                   "requires_grad_", "zero_grad", "parameters", "named_parameters", "modules",
                   "named_modules", "children", "named_children", "buffers", "named_buffers", "state_dict",
                   "load_state_dict", "register_forward_hook", "register_forward_pre_hook",
                   "register_full_backward_hook", "register_backward_hook", "type", "share_memory"}

_PLAIN_TYPES = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "tuple": tuple, "dict": dict}
# Python values the interpreter holds as themselves (a list is a list, a tuple a tuple).
_PLAIN_VALUES = (int, float, str, bool, list, tuple, ConstDict, OrderedLayers, type(None))
_STRING_METHODS = {"lower", "upper", "strip", "startswith", "endswith"}

def _sum(interp: Interpreter, node: ast.Call):
    """``sum(nf for _, nf in emb_szs)``: sizes added up, symbolic ones too."""
    if node.keywords or not 1 <= len(node.args) <= 2:
        return UNKNOWN
    items = interp._iterate(node.args[0])
    total = interp.value(node.args[1]) if len(node.args) == 2 else 0
    if items is UNKNOWN:
        return UNKNOWN
    for item in items:
        if not (isinstance(item, (int, float, Expr)) and not isinstance(item, bool)) or \
                not (isinstance(total, (int, float, Expr)) and not isinstance(total, bool)):
            return UNKNOWN
        total = interp._binary(ast.Add(), total, item)
    return total


def _min_max(interp: Interpreter, node: ast.Call):
    """``max(widths)`` / ``min(a, b)`` of plain numbers."""
    if node.keywords or not node.args:
        return UNKNOWN
    items = interp._iterate(node.args[0]) if len(node.args) == 1 else [interp.value(a) for a in node.args]
    if items is UNKNOWN or not items or \
            not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in items):
        return UNKNOWN
    return (max if node.func.id == "max" else min)(items)


_BUILTINS = {"range": _range, "zip": _zip, "enumerate": _enumerate, "list": _as_list, "tuple": _as_tuple,
             "reversed": _reversed, "len": _len, "dict": _dict_of, "isinstance": _isinstance,
             "any": _any_all, "all": _any_all, "cast": _cast, "sum": _sum, "max": _min_max, "min": _min_max}


# --- helpers ------------------------------------------------------------------------------


def _truth(value):
    """``bool(value)`` when it is certain: a class is true, a layer may be empty."""
    if isinstance(value, (ClassRef, ClassValue, PartialValue)):
        return True
    if value is UNKNOWN or isinstance(value, (Expr, Item, Repeat)):
        return UNKNOWN
    try:
        return bool(value)
    except Exception:  # noqa: BLE001
        return UNKNOWN


def constant(value):
    """A value as the folder sees it: lists of constants are tuples; layers are unknown."""
    if isinstance(value, (Item, Repeat, ClassRef, ClassValue, PartialValue, Building)):
        return UNKNOWN
    if isinstance(value, (list, tuple)):
        items = tuple(constant(v) for v in value)
        return UNKNOWN if any(v is UNKNOWN for v in items) and len(items) > 64 else items
    if isinstance(value, ConstDict):  # a copy: the folder's values never change under it
        return ConstDict({k: constant(v) for k, v in value.items()})
    return value


def _plain(value) -> bool:
    """A number, string, bool, None or a tuple of them: certainly no module."""
    if isinstance(value, tuple):
        return all(_plain(v) for v in value)
    return isinstance(value, (int, float, str, bool, type(None))) and not isinstance(value, Expr)


def _hashable(key) -> bool:
    """A dict key the interpreter can look up: a plain constant (never a symbol)."""
    if isinstance(key, tuple):
        return all(_hashable(k) for k in key)
    return isinstance(key, (str, int, float, bool, type(None))) and not isinstance(key, Expr)


def _pairs(value):
    """The (key, value) pairs of a known dict, or of a list of 2-tuples; None if not known."""
    if isinstance(value, ConstDict):
        return list(value.items())
    if isinstance(value, (list, tuple)) and not isinstance(value, Building):
        pairs = []
        for pair in value:
            if not isinstance(pair, (tuple, list)) or len(pair) != 2 or not _hashable(pair[0]):
                return None
            pairs.append(tuple(pair))
        return pairs
    return None


def _deep_copy(value, depth: int = 0):
    """A list or dict (and the lists and dicts in it) as it stands now."""
    if depth > 16:
        return value
    if isinstance(value, (list, dict)):
        if isinstance(value, dict):
            return type(value)({k: _deep_copy(v, depth + 1) for k, v in value.items()})
        return type(value)(_deep_copy(v, depth + 1) for v in value)
    if isinstance(value, tuple) and any(isinstance(v, (list, dict, tuple)) for v in value):
        return tuple(_deep_copy(v, depth + 1) for v in value)
    return value


def _copy(value):
    """A list or dict as it stands (branches and loop passes change their own copies)."""
    return type(value)(value) if isinstance(value, (list, dict)) else value


def _copy_env(env: dict) -> dict:
    """``env`` with its lists and dicts copied (the interpreter's own kinds: exact types)."""
    copied = dict(env)
    for key, value in env.items():
        if isinstance(value, (list, dict)):
            copied[key] = type(value)(value)
    return copied


def _same(a, b) -> bool:
    if isinstance(a, Expr) and isinstance(b, Expr):
        return a == b  # a parameter handed on is the same size
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
        elif _same(a, b):
            joined[key] = a
        elif key.startswith("self.") and key.count(".") == 1 and _module_made(a) and _module_made(b):
            joined[key] = Either(tuple(w for v in (a, b) for w in (v.ways if isinstance(v, Either) else (v,))))
        else:
            joined[key] = UNKNOWN
    return joined


def _module_made(value) -> bool:
    """A module built by a call (``nn.Conv2d(...)``, ``Block(dim)``), or either of such."""
    return isinstance(value, Either) or (isinstance(value, Item) and isinstance(value.node, ast.Call))


def _is_super_init(node) -> bool:
    """``super().__init__(...)`` or ``super(Cls, self).__init__(...)``."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
            and isinstance(node.func.value, ast.Call) and isinstance(node.func.value.func, ast.Name)
            and node.func.value.func.id == "super")


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
