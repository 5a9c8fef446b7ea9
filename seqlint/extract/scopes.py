"""Scopes from CPython's tree: what each name is bound to, imports, and calls of names.

This walk runs on the pre-pass's ``ast`` tree, which is cheap; libcst is then given only the
expressions worth reading (the Sequential calls and the values they refer to).  Events are
ordered by the walk itself (``order``), which is source order: "bound before used" needs
nothing more.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

SEQUENTIAL = "torch.nn.Sequential"


@dataclass
class Scope:
    """A module or function body."""

    node: ast.AST
    parent: "Scope | None"
    params: set[str] = field(default_factory=set)
    # name -> [(order, ast value or None, unconditional)]; unconditional: a statement of the
    # body itself, not inside an if, a loop, a with or a try.
    bindings: dict[str, list] = field(default_factory=dict)
    imports: dict[str, str] = field(default_factory=dict)  # local name -> qualified name
    star_imports: list[str] = field(default_factory=list)
    uses: dict[str, list] = field(default_factory=dict)  # name -> [(order, method or None, ast.Call)]
    loops: dict[str, list] = field(default_factory=dict)  # name -> [ast.For] whose target it is

    def bind(self, name: str, order: int, value, unconditional: bool = False) -> None:
        self.bindings.setdefault(name, []).append((order, value, unconditional))

    def value_before(self, name: str, order: int):
        """The value ``name`` holds when the code at ``order`` first runs, if straight-line
        code decides it: every binding before it unconditional, the last one wins (ast value,
        or None).  Bindings written after it cannot have run yet, even in a loop."""
        found = self.binding_before(name, order)
        return None if found is None else found[1]

    def binding_before(self, name: str, order: int):
        """``value_before``'s binding as (order, ast value), or None."""
        earlier = [b for b in self.bindings.get(name, []) if b[0] < order]
        if not earlier or not all(b[2] for b in earlier):
            return None
        return earlier[-1][0], earlier[-1][1]


def enumerated(iterable, target):
    """``for i, item in enumerate(things)`` (or a comprehension's): (things, the index's target,
    the item's target), or None for any other iteration."""
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "enumerate" \
            and len(iterable.args) == 1 and not iterable.keywords and isinstance(target, ast.Tuple) and \
            len(target.elts) == 2:
        return iterable.args[0], target.elts[0], target.elts[1]
    return None


def qualify_name(dotted: str | None, scope: Scope | None) -> str | None:
    """Resolve a dotted name as written through the imports of ``scope`` and its parents."""
    if not dotted:
        return None
    head, _, rest = dotted.partition(".")
    while scope is not None:
        if head in scope.imports:
            return _normalize(scope.imports[head] + ("." + rest if rest else ""))
        if head in scope.bindings or head in scope.params:
            return None  # shadowed by a local
        if not rest and scope.star_imports:
            return _normalize(f"{scope.star_imports[0]}.{head}")
        scope = scope.parent
    return None


def _normalize(qualified: str) -> str:
    # torch.nn.modules.linear.Linear and torch.nn.modules.Linear are torch.nn.Linear.
    if qualified.startswith("torch.nn.modules."):
        return "torch.nn." + qualified.rsplit(".", 1)[-1]
    return qualified


def dotted(node) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


@dataclass
class Scopes:
    module: Scope
    sequential_calls: list  # [(ast.Call, Scope)] in source order
    order_of: dict  # id(ast.Call) -> order
    assigned_to: dict  # id(ast value) -> the target expression (ast)
    chained: dict  # id(ast.Call) -> (attribute name, the call of it): x.eval(), x.to(d)
    called_with: dict  # id(ast.Call) -> the call that calls its result: f(...)(x)
    function_scopes: dict  # id(ast.FunctionDef) -> its Scope
    calls_of: dict  # name -> [(ast.Call of that bare name, Scope)]
    functions: dict  # name -> ast.FunctionDef, for the module's own functions
    default_dtype_changed: bool = False  # torch.set_default_dtype(...) somewhere in the file
    walk_later: object = None  # walks a function the pre-pass skipped, when it is needed
    classes: dict = field(default_factory=dict)  # name -> ast.ClassDef, the module's own classes
    # [(qualified name, ast.Call, Scope)]: torch.nn losses built and torch.nn.functional losses called
    loss_calls: list = field(default_factory=list)
    # (id(scope), name, order of its binding) -> (ast value, index): ``out, hidden = encoder(x)``
    unpacked: dict = field(default_factory=dict)

    def scope_of(self, function: ast.FunctionDef) -> "Scope | None":
        """A function's scope; one the pre-pass skipped (a helper that never mentions
        Sequential, e.g. one returning a list of layers) is walked now."""
        found = self.function_scopes.get(id(function))
        if found is None and self.walk_later is not None:
            found = self.walk_later(function)
        return found


class _Walker:
    def __init__(self, skip: set[int]):
        self.skip = skip  # ids of statements not worth walking (no Sequential in them)
        self.direct: set[int] = set()  # ids of statements directly in a module or function body
        self.order = 0
        self.candidates: list = []
        self.result = Scopes(Scope(None, None), [], {}, {}, {}, {}, {}, {}, {})

    def walk(self, tree: ast.Module) -> Scopes:
        self.result.module.node = tree
        self.direct.update(id(s) for s in tree.body)
        self._body(tree.body, self.result.module)
        qualified = [(qualify_name(dotted(call.func), scope), call, scope) for call, scope in self.candidates]
        self.result.sequential_calls = [(call, scope) for name, call, scope in qualified if name == SEQUENTIAL]
        self.result.loss_calls = [(name, call, scope) for name, call, scope in qualified
                                  if name and (name.endswith("Loss") or name.startswith("torch.nn.functional."))]
        self.result.walk_later = self.walk_function
        self.result.default_dtype_changed = any(
            name in ("torch.set_default_dtype", "torch.set_default_tensor_type") for name, _, _ in qualified)
        return self.result

    def _body(self, statements, scope: Scope) -> None:
        for stmt in statements:
            if id(stmt) not in self.skip:
                self._node(stmt, scope)
            elif scope is self.result.module and isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
                # Not walked, but known: a helper may be run for the layers it returns, a
                # module class used as a layer is built when it is met.
                self.order += 1
                scope.bind(stmt.name, self.order, None)
                if isinstance(stmt, ast.FunctionDef):
                    self.result.functions[stmt.name] = stmt
                else:
                    self.result.classes[stmt.name] = stmt

    def walk_function(self, function: ast.FunctionDef) -> Scope:
        if id(function) not in self.result.function_scopes:
            self._function(function, self.result.module)
        return self.result.function_scopes[id(function)]

    def _node(self, root, scope: Scope) -> None:
        # Iterative, in source order: the tree may be deeper than Python's stack.
        stack = [root]
        while stack:
            node = stack.pop()
            self.order += 1
            kind = type(node)
            if kind is tuple:  # a binding deferred until its value was walked
                handler, statement = node
                handler(self, statement, scope)
                continue
            if kind in (ast.FunctionDef, ast.AsyncFunctionDef):
                scope.bind(node.name, self.order, None)
                if scope is self.result.module:
                    self.result.functions[node.name] = node
                self._function(node, scope)
                continue
            if kind is ast.ClassDef:
                scope.bind(node.name, self.order, None)
                if scope is self.result.module:
                    self.result.classes[node.name] = node
                for part in node.decorator_list + node.bases + [k.value for k in node.keywords]:
                    self._node(part, scope)
                self._body(node.body, scope)  # methods see the module, not the class
                continue
            if kind is ast.Lambda:
                continue
            handler = _HANDLERS.get(kind)
            if kind in _BIND_AFTER_VALUE:
                # x = model(x): the x passed is the old one, so x is bound after the call.
                stack.append((handler, node))
            elif handler is not None:
                handler(self, node, scope)
            if kind is ast.IfExp:
                children = [node.body, node.test, node.orelse]
            elif kind is ast.Dict:
                children = [c for pair in zip(node.keys, node.values) for c in pair if c is not None]
            else:
                children = child_nodes(node)
            stack.extend(reversed(children))

    def _function(self, node, outer: Scope) -> None:
        for part in node.decorator_list + node.args.defaults + [d for d in node.args.kw_defaults if d]:
            self._node(part, outer)
        scope = Scope(node, outer)
        self.result.function_scopes[id(node)] = scope
        a = node.args
        for p in a.posonlyargs + a.args + a.kwonlyargs:
            scope.params.add(p.arg)
        for star in (a.vararg, a.kwarg):
            if star is not None:
                scope.bind(star.arg, 0, None)
        self.direct.update(id(s) for s in node.body)
        self._body(node.body, scope)

    # -- handlers --

    def _import(self, node: ast.Import, scope: Scope) -> None:
        for alias in node.names:
            if alias.asname:
                scope.imports[alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                scope.imports[top] = top

    def _import_from(self, node: ast.ImportFrom, scope: Scope) -> None:
        # Relative imports keep their dots: ``from ..layers import X`` -> "..layers.X"
        # (resolved against the file's package by project.py).
        prefix = "." * node.level + (f"{node.module}." if node.module else "")
        for alias in node.names:
            if alias.name == "*":
                if not node.level:  # a relative one is read by project.py from the tree
                    scope.star_imports.append(node.module)
            else:
                scope.imports[alias.asname or alias.name] = prefix + alias.name

    def _assign(self, node, scope: Scope) -> None:
        value = node.value
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if value is None:
            return
        for target in targets:
            self._bind(target, scope, value, id(node) in self.direct)
            self._edit(target, scope, "__setitem__", node)
        self.result.assigned_to[id(value)] = targets[-1]

    def _edit(self, target, scope: Scope, what: str, node) -> None:
        """``model[0] = ...`` / ``del model[1]``: an edit of what the name holds."""
        if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
            scope.uses.setdefault(target.value.id, []).append((self.order, what, node))

    def _delete(self, node: ast.Delete, scope: Scope) -> None:
        for target in node.targets:
            self._edit(target, scope, "__delitem__", node)

    def _block(self, node, scope: Scope) -> None:
        """Bodies that run whenever the statement does are straight-line code too: with,
        try (up to an exception), and a script's ``if __name__ == "__main__":``."""
        if id(node) not in self.direct:
            return
        if isinstance(node, ast.If):
            test = node.test
            if not (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
                    and test.left.id == "__name__" and len(test.comparators) == 1
                    and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value == "__main__"):
                return
        self.direct.update(id(s) for s in node.body)

    def _bind(self, target, scope: Scope, value, unconditional: bool = False) -> None:
        if isinstance(target, ast.Name):
            scope.bind(target.id, self.order, value, unconditional)
        elif isinstance(target, (ast.Tuple, ast.List)):
            # a, b = 1, 2 binds each name to its own value
            values = value.elts if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts) \
                and not any(isinstance(v, ast.Starred) for v in value.elts) else [None] * len(target.elts)
            unpacked = values[0] is None and value is not None and \
                not any(isinstance(e, ast.Starred) for e in target.elts)
            if unpacked:
                for index, element in enumerate(target.elts):
                    if isinstance(element, ast.Name):
                        self.result.unpacked[(id(scope), element.id, self.order)] = (value, index)
            for element, item in zip(target.elts, values):
                self._bind(element, scope, item, unconditional and (item is not None or unpacked))
                if item is not None:
                    self.result.assigned_to[id(item)] = element
        elif isinstance(target, ast.Starred):
            self._bind(target.value, scope, None)

    def _rebind(self, node, scope: Scope) -> None:
        target = getattr(node, "target", None)
        if target is not None:
            self._bind(target, scope, None)

    def _for(self, node: ast.For, scope: Scope) -> None:
        self._rebind(node, scope)
        if isinstance(node.target, ast.Name):  # for img in images: model(img)
            scope.loops.setdefault(node.target.id, []).append(node)
        # ``for layer in model: x = layer(x)`` runs the model's layers one by one.
        if isinstance(node.iter, ast.Name) and isinstance(node.target, ast.Name):
            scope.uses.setdefault(node.iter.id, []).append((self.order, "__iter__", node))

    def _with_item(self, node: ast.withitem, scope: Scope) -> None:
        if node.optional_vars is not None:
            self._bind(node.optional_vars, scope, None)

    def _named(self, node: ast.NamedExpr, scope: Scope) -> None:
        self._bind(node.target, scope, node.value)

    def _declare(self, node, scope: Scope) -> None:
        for name in node.names:
            scope.bind(name, 0, None)

    def _call(self, node: ast.Call, scope: Scope) -> None:
        self.result.order_of[id(node)] = self.order
        func = node.func
        self.candidates.append((node, scope))
        if isinstance(func, ast.Name):
            scope.uses.setdefault(func.id, []).append((self.order, None, node))
            self.result.calls_of.setdefault(func.id, []).append((node, scope))
        elif isinstance(func, ast.Attribute):
            if isinstance(func.value, ast.Name):
                scope.uses.setdefault(func.value.id, []).append((self.order, func.attr, node))
            elif isinstance(func.value, ast.Call):
                self.result.chained[id(func.value)] = (func.attr, node)
            elif isinstance(func.value, ast.Subscript) and isinstance(func.value.value, ast.Name):
                # model[1].eval(): a method of one of the model's layers
                scope.uses.setdefault(func.value.value.id, []).append((self.order, "item." + func.attr, node))
        elif isinstance(func, ast.Call):
            self.result.called_with[id(func)] = node


_BIND_AFTER_VALUE = {ast.Assign, ast.AnnAssign, ast.AugAssign, ast.NamedExpr}

_HANDLERS = {
    ast.Import: _Walker._import,
    ast.ImportFrom: _Walker._import_from,
    ast.Assign: _Walker._assign,
    ast.AnnAssign: _Walker._assign,
    ast.AugAssign: _Walker._rebind,
    ast.For: _Walker._for,
    ast.AsyncFor: _Walker._rebind,
    ast.withitem: _Walker._with_item,
    ast.NamedExpr: _Walker._named,
    ast.Global: _Walker._declare,
    ast.Delete: _Walker._delete,
    ast.With: _Walker._block,
    ast.AsyncWith: _Walker._block,
    ast.Try: _Walker._block,
    ast.If: _Walker._block,
    ast.Nonlocal: _Walker._declare,
    ast.Call: _Walker._call,
}


# Fields that never hold a node the walk needs: names and numbers, the markers (Load, Add,
# Eq...: no children, nothing bound or called), and ``import``'s aliases (read by its handler).
# The walks step over them; their order stays in source order, which is all it is compared by.
_NOT_WALKED = {"id", "attr", "name", "arg", "asname", "module", "level", "kind", "type_comment", "is_async",
               "conversion", "simple", "ctx", "op", "ops", "names", "kwd_attrs", "rest"}
_NAMED_NODES = {("TypeAlias", "name")}  # one of those names holding a node (Python 3.12's ``type X = ...``)
_VALUES = (ast.Constant, ast.MatchSingleton)  # their value is a Python constant, never a node
_WALKED_FIELDS: dict = {}  # node class -> its fields that can hold nodes


def child_nodes(node) -> list:
    """``ast.iter_child_nodes`` but for what ``_NOT_WALKED`` names, in one pass."""
    kind = node.__class__
    fields = _WALKED_FIELDS.get(kind)
    if fields is None:
        fields = _WALKED_FIELDS[kind] = () if kind in _VALUES else tuple(
            f for f in kind._fields if f not in _NOT_WALKED or (kind.__name__, f) in _NAMED_NODES)
    found = []
    for name in fields:
        value = getattr(node, name, None)
        if value.__class__ is list:
            found.extend([item for item in value if isinstance(item, ast.AST)])
        elif isinstance(value, ast.AST):
            found.append(value)
    return found


def nodes_under(root) -> list:
    """``ast.walk`` but for what ``_NOT_WALKED`` names (in another order)."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(child_nodes(node))
    return found


def collect(tree: ast.Module, skip: set[int]) -> Scopes:
    return _Walker(skip).walk(tree)
