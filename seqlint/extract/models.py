"""Find every ``torch.nn.Sequential`` call in a module and describe it as a ``ModelSpec``.

One libcst pass collects, per scope (the module, each function): what its names are bound
to, what it imports, and which calls it makes of which names (``model(x)``,
``model.eval()``).  Then each Sequential call is read: its layers (positional,
``OrderedDict``, ``*[...]``), each layer's arguments folded to constants, and its input from
a dummy tensor passed to it in the same scope or a ``# seqlint: input=(...)`` pragma.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

import libcst as cst

from seqlint.checks import Span
from seqlint.extract.folding import DType, Folder, dotted_name
from seqlint.extract.source import Reduced, calls_in_order, char_column
from seqlint.extract.spec import Argument, InputSpec, LayerCall, ModelSpec
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN

SEQUENTIAL = "torch.nn.Sequential"
ORDERED_DICTS = {"collections.OrderedDict", "typing.OrderedDict", "OrderedDict"}
TENSOR_FACTORIES = ("randn", "rand", "zeros", "ones", "empty", "randint", "full", "arange", "normal")
PRAGMA = re.compile(r"#\s*seqlint:\s*input\s*=\s*(\([^)]*\)|\[[^\]]*\])(?:\s*,?\s*dtype\s*=\s*(\w+))?")
_NOT_BOUND = object()


@dataclass
class Scope:
    """A module or function body: its bindings, imports and the calls it makes of names."""

    node: cst.CSTNode
    parent: "Scope | None"
    params: set[str] = field(default_factory=set)
    bindings: dict[str, list] = field(default_factory=dict)  # name -> [(order, value node or None)]
    imports: dict[str, str] = field(default_factory=dict)  # local name -> qualified name
    star_imports: list[str] = field(default_factory=list)
    uses: dict[str, list] = field(default_factory=dict)  # name -> [(order, method or None, Call)]

    def bind(self, name: str, order: int, value) -> None:
        self.bindings.setdefault(name, []).append((order, value))


def qualify_name(dotted: str, scope: Scope | None) -> str | None:
    """Resolve a dotted name through the imports of ``scope`` and its parents."""
    if not dotted:
        return None
    head, _, rest = dotted.partition(".")
    while scope is not None:
        if head in scope.imports:
            base = scope.imports[head]
            return _normalize(base + ("." + rest if rest else ""))
        if head in scope.bindings or head in scope.params:
            return None  # shadowed by a local
        if not rest:
            for module in scope.star_imports:
                return _normalize(f"{module}.{head}")
        scope = scope.parent
    return None


def _normalize(qualified: str) -> str:
    # torch.nn.modules.linear.Linear and torch.nn.modules.Linear are torch.nn.Linear.
    if qualified.startswith("torch.nn.modules."):
        return "torch.nn." + qualified.rsplit(".", 1)[-1]
    return qualified


class _Collector(cst.CSTVisitor):
    """One pass over the module: scopes, bindings, imports, calls of names, Sequential calls.

    Events are ordered by when the (source-order) walk meets them, not by line numbers:
    ``order`` is all the ordering "defined before used" needs.
    """

    def __init__(self):
        self.order = 0
        self.calls: list[cst.Call] = []  # every call, in source pre-order
        self.module_scope: Scope | None = None
        self.stack: list[Scope] = []
        self.scope_of: dict[int, Scope] = {}  # id(Call) -> scope, for Sequential calls
        self.sequential_calls: list[cst.Call] = []
        self.parents: dict[int, cst.CSTNode] = {}
        self.order_of: dict[int, int] = {}  # id(Call) -> order

    def _line(self, node) -> int:
        return self.order

    def on_visit(self, node: cst.CSTNode) -> bool:
        self.order += 1
        for child in node.children:
            self.parents[id(child)] = node
        return super().on_visit(node)

    def visit_Module(self, node: cst.Module) -> None:
        self.module_scope = Scope(node, None)
        self.stack.append(self.module_scope)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.stack[-1].bind(node.name.value, self._line(node), None)
        scope = Scope(node, self._enclosing_function_or_module())
        params = node.params
        for p in list(params.posonly_params) + list(params.params) + list(params.kwonly_params):
            scope.params.add(p.name.value)
        for star in (params.star_arg, params.star_kwarg):
            if isinstance(star, cst.Param):
                scope.bind(star.name.value, 0, None)
        self.stack.append(scope)

    def leave_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.stack.pop()

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.stack[-1].bind(node.name.value, self._line(node), None)

    def _enclosing_function_or_module(self) -> Scope:
        return self.stack[-1]

    def visit_Import(self, node: cst.Import) -> None:
        if isinstance(node.names, cst.ImportStar):
            return
        for alias in node.names:
            full = dotted_name(alias.name)
            if full is None:
                continue
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                self.stack[-1].imports[alias.asname.name.value] = full
            else:
                top = full.split(".")[0]
                self.stack[-1].imports[top] = top

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.relative or node.module is None:
            return
        module = dotted_name(node.module)
        if module is None:
            return
        if isinstance(node.names, cst.ImportStar):
            self.stack[-1].star_imports.append(module)
            return
        for alias in node.names:
            name = dotted_name(alias.name)
            local = alias.asname.name.value if alias.asname is not None and isinstance(alias.asname.name, cst.Name) else name
            self.stack[-1].imports[local] = f"{module}.{name}"

    def visit_Assign(self, node: cst.Assign) -> None:
        line = self._line(node)
        for target in node.targets:
            self._bind_target(target.target, line, node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None:
            self._bind_target(node.target, self._line(node), node.value)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._bind_target(node.target, self._line(node), None)

    def visit_For(self, node: cst.For) -> None:
        self._bind_target(node.target, self._line(node), None)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._bind_target(node.asname.name, self._line(node), None)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._bind_target(node.target, self._line(node), node.value)

    def visit_Global(self, node: cst.Global) -> None:
        for item in node.names:
            self.stack[-1].bind(item.name.value, 0, None)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        for item in node.names:
            self.stack[-1].bind(item.name.value, 0, None)

    def _bind_target(self, target, line: int, value) -> None:
        if isinstance(target, cst.Name):
            self.stack[-1].bind(target.value, line, value)
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self._bind_target(element.value, line, None)
        elif isinstance(target, cst.StarredElement):
            self._bind_target(target.value, line, None)

    def visit_Call(self, node: cst.Call) -> None:
        self.calls.append(node)
        self.order_of[id(node)] = self.order
        scope = self.stack[-1]
        func = node.func
        if qualify_name(dotted_name(func) or "", scope) == SEQUENTIAL:
            self.sequential_calls.append(node)
            self.scope_of[id(node)] = scope
        # Calls of names: ``model(x)``, ``model.eval()``, ``model.forward(x)``.
        if isinstance(func, cst.Name):
            scope.uses.setdefault(func.value, []).append((self._line(node), None, node))
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name):
            scope.uses.setdefault(func.value.value, []).append((self._line(node), func.attr.value, node))


class Extractor:
    """Builds ModelSpecs from one parsed (reduced) module."""

    def __init__(self, module: cst.Module, reduced: Reduced):
        self.lines = reduced.lines
        self.collector = _Collector()
        module.visit(self.collector)
        self.spans = _call_spans(self.collector.calls, reduced) or _metadata_spans(module)
        self.notes: list[tuple[Span, str]] = []

    # -- positions --

    def span(self, node: cst.CSTNode, fallback: cst.CSTNode | None = None) -> Span:
        found = self.spans.get(id(node))
        if found is None and fallback is not None:
            found = self.spans.get(id(fallback))
        return found or Span.whole_file()

    # -- names --

    def qualify(self, node: cst.BaseExpression, scope: Scope) -> str | None:
        return qualify_name(dotted_name(node) or "", scope)

    def folder(self, scope: Scope) -> Folder:
        return Folder(lambda name: self.lookup(name, scope), lambda dotted: qualify_name(dotted, scope))

    def lookup(self, name: str, scope: Scope, depth: int = 0):
        """A name's value: a constant bound once, a parameter's symbol, or UNKNOWN."""
        if depth > 20:
            return UNKNOWN
        while scope is not None:
            if name in scope.params:
                return expr.symbol(name)
            bound = scope.bindings.get(name)
            if bound is not None:
                if len(bound) != 1 or bound[0][1] is None:
                    return UNKNOWN
                owner = scope
                return Folder(lambda n: self.lookup(n, owner, depth + 1),
                              lambda d: qualify_name(d, owner)).fold(bound[0][1])
            if name in scope.imports:
                return UNKNOWN
            scope = scope.parent
        return UNKNOWN

    def resolve_node(self, node: cst.BaseExpression, scope: Scope, before: int | None = None):
        """Follow a name to the expression it was last bound to (before the order ``before``)."""
        for _ in range(10):
            if not isinstance(node, cst.Name):
                return node
            value = _NOT_BOUND
            s = scope
            while s is not None and value is _NOT_BOUND:
                bound = s.bindings.get(node.value)
                if bound:
                    candidates = [b for b in bound if before is None or b[0] < before]
                    if before is None and len(bound) != 1:
                        return None
                    value = candidates[-1][1] if candidates else None
                s = s.parent
            if value is _NOT_BOUND or value is None:
                return None
            node = value
        return None

    # -- models --

    def models(self) -> list[ModelSpec]:
        specs: dict[int, ModelSpec] = {}
        calls = self.collector.sequential_calls
        nested_ids: set[int] = set()
        for call in calls:
            if id(call) not in specs:
                self._model(call, self.collector.scope_of[id(call)], specs, nested_ids)
        result = [specs[id(c)] for c in calls if id(c) in specs]
        for spec in result:
            spec.nested = spec.nested or id(spec) in nested_ids
        return result

    def _model(self, call: cst.Call, scope: Scope, specs: dict, nested_ids: set) -> ModelSpec:
        if id(call) in specs:
            return specs[id(call)]
        spec = ModelSpec(name=self._assigned_name(call), span=self.span(call), layers=[])
        specs[id(call)] = spec
        for node, anchor, display in self._layer_nodes(call, scope, spec):
            spec.layers.append(self._layer(node, scope, specs, nested_ids, anchor, display))
        for layer in spec.layers:
            if layer.model is not None:
                nested_ids.add(id(layer.model))
        self._find_input(call, scope, spec)
        return spec

    def _layer_nodes(self, call: cst.Call, scope: Scope, spec: ModelSpec):
        """Yield (layer expression or None if unreadable, node with a span, display text),
        in torch's order of the layers."""
        args = call.args
        if len(args) == 1 and not args[0].star and args[0].keyword is None:
            value = self.resolve_node(args[0].value, scope) or args[0].value
            if isinstance(value, cst.Call) and self.qualify(value.func, scope) in ORDERED_DICTS:
                yield from self._ordered_dict_items(value, args[0].value, scope, spec)
                return
        for arg in args:
            if arg.keyword is not None:  # torch raises TypeError; the layer reads as unknown
                yield None, arg.value, _source(arg)
            elif arg.star == "*":
                seq = self.resolve_node(arg.value, scope) or arg.value
                if isinstance(seq, (cst.List, cst.Tuple)) and not any(
                        isinstance(e, cst.StarredElement) for e in seq.elements):
                    for element in seq.elements:
                        yield element.value, arg.value, _source(element.value)
                else:
                    spec.complete = False
                    yield None, arg.value, "*" + _source(arg.value)
            elif arg.star:
                spec.complete = False
                yield None, arg.value, "**" + _source(arg.value)
            else:
                yield arg.value, arg.value, _source(arg.value)

    def _ordered_dict_items(self, call: cst.Call, anchor, scope: Scope, spec: ModelSpec):
        items = None
        if len(call.args) == 1 and not call.args[0].star:
            items = self.resolve_node(call.args[0].value, scope) or call.args[0].value
        if not isinstance(items, (cst.List, cst.Tuple)):
            spec.complete = False
            yield None, anchor, _source(call)
            return
        for element in items.elements:
            pair = element.value
            if isinstance(pair, cst.Tuple) and len(pair.elements) == 2:
                layer = pair.elements[1].value
                yield layer, anchor, _source(layer)
            else:
                spec.complete = False
                yield None, anchor, _source(pair)

    def _layer(self, node, scope: Scope, specs: dict, nested_ids: set, anchor, display: str) -> LayerCall:
        target = node if isinstance(node, cst.Call) or node is None else self.resolve_node(node, scope)
        if not isinstance(target, cst.Call):
            return LayerCall(None, display, self.span(node, anchor) if node is not None else self.span(anchor))
        qualified = self.qualify(target.func, scope)
        type_name = qualified[len("torch.nn."):] if qualified and qualified.startswith("torch.nn.") else None
        if type_name and "." in type_name:
            type_name = None
        layer = LayerCall(type_name, _source(target.func), self.span(target))
        if qualified == SEQUENTIAL:
            layer.model = self._model(target, scope, specs, nested_ids)
            return layer
        folder = self.folder(scope)
        for arg in target.args:
            if arg.star:
                layer.unpacked = True
                continue
            value = folder.fold(arg.value)
            if folder.problems:
                self.notes.append((self.span(arg.value), folder.problems[0]))
                folder.problems.clear()
            argument = Argument(value, self.span(arg.value), arg.keyword.value if arg.keyword else None)
            if arg.keyword is not None:
                layer.keywords[arg.keyword.value] = argument
            else:
                layer.positional.append(argument)
        return layer

    def _assigned_name(self, call: cst.Call) -> str | None:
        parent = self.collector.parents.get(id(call))
        # Look through ``.eval()``/``.to(device)`` chains: model = nn.Sequential(...).to(dev)
        while isinstance(parent, cst.Attribute) and parent.value is call:
            grand = self.collector.parents.get(id(parent))
            if not isinstance(grand, cst.Call):
                break
            call, parent = grand, self.collector.parents.get(id(grand))
        if isinstance(parent, cst.AssignTarget):
            return None
        if isinstance(parent, (cst.Assign, cst.AnnAssign)):
            target = parent.targets[-1].target if isinstance(parent, cst.Assign) else parent.target
            return _source(target)
        return None

    # -- inputs --

    def _find_input(self, call: cst.Call, scope: Scope, spec: ModelSpec) -> None:
        pragma = self._pragma(spec.span.line)
        if pragma is not None:
            spec.input = pragma
        chain_training = self._chained_mode(call)
        if chain_training is not None:
            spec.training = chain_training
        parent = self.collector.parents.get(id(call))
        if isinstance(parent, cst.Call) and parent.func is call:
            # nn.Sequential(...)(x)
            if spec.input is None:
                spec.input = self._tensor_of(parent, scope, self.collector.order_of[id(parent)])
            return
        if spec.name is None or "." in spec.name or "[" in spec.name:
            return
        created = self.collector.order_of[id(call)]
        uses = [use for use in scope.uses.get(spec.name, []) if use[0] > created]
        # Rebinding the name ends this model's story (the assignment is met before its value).
        rebinds = [b[0] for b in scope.bindings.get(spec.name, []) if b[0] > created]
        stop = min(rebinds) if rebinds else None
        for order, method, use in sorted(uses, key=lambda u: u[0]):
            if stop is not None and order >= stop:
                break
            if method == "eval":
                spec.training = False
            elif method == "train":
                mode = self.folder(scope).fold(use.args[0].value) if use.args else True
                spec.training = bool(mode) if isinstance(mode, bool) else spec.training
            elif method in (None, "forward") and spec.input is None:
                spec.input = self._tensor_of(use, scope, order)
                if spec.input is not None:
                    return

    def _chained_mode(self, call: cst.Call):
        parent = self.collector.parents.get(id(call))
        mode = None
        while isinstance(parent, cst.Attribute) and parent.value is call:
            grand = self.collector.parents.get(id(parent))
            if not isinstance(grand, cst.Call):
                break
            if parent.attr.value == "eval":
                mode = False
            elif parent.attr.value == "train" and not grand.args:
                mode = True
            call, parent = grand, self.collector.parents.get(id(grand))
        return mode

    def _pragma(self, line: int) -> InputSpec | None:
        for n in (line - 1, line):
            if 1 <= n <= len(self.lines):
                match = PRAGMA.search(self.lines[n - 1])
                if match:
                    return _pragma_input(match.group(1), match.group(2))
        return None

    def _tensor_of(self, use: cst.Call, scope: Scope, order: int) -> InputSpec | None:
        if len(use.args) != 1 or use.args[0].star or use.args[0].keyword is not None:
            return None
        node = use.args[0].value
        node = self.resolve_node(node, scope, before=order) if isinstance(node, cst.Name) else node
        return self._tensor_expr(node, scope) if node is not None else None

    def _tensor_expr(self, node, scope: Scope) -> InputSpec | None:
        """The shape and dtype of ``torch.randn(1, 3, 32, 32)`` and its kin."""
        dtype_override = None
        while isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and \
                node.func.attr.value in _TENSOR_METHODS and not self.qualify(node.func, scope):
            change = _TENSOR_METHODS[node.func.attr.value]
            if change == "to":
                for arg in node.args:
                    value = self.folder(scope).fold(arg.value)
                    if isinstance(value, DType):
                        dtype_override = dtype_override or value.name
            elif change is not None:
                dtype_override = dtype_override or change
            node = node.func.value
        if not isinstance(node, cst.Call):
            return None
        qualified = self.qualify(node.func, scope)
        if not qualified or not qualified.startswith("torch.") or qualified[6:] not in TENSOR_FACTORIES:
            return None
        factory = qualified[6:]
        folder = self.folder(scope)
        positional = [a for a in node.args if a.keyword is None and not a.star]
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        if any(a.star for a in node.args):
            return None
        dtype = {"randint": "int64", "arange": "int64"}.get(factory, "float32")
        size_node = keywords.get("size")
        sizes = None
        if factory == "randint":
            # randint(high, size) or randint(low, high, size)
            if size_node is None and positional:
                size_node = positional[-1].value
            if size_node is not None:
                sizes = folder.fold(size_node)
        elif factory == "full":
            if size_node is None and positional:
                size_node = positional[0].value
            if size_node is not None:
                sizes = folder.fold(size_node)
            fill = keywords.get("fill_value", positional[1].value if len(positional) > 1 else None)
            fill_value = folder.fold(fill) if fill is not None else UNKNOWN
            dtype = {bool: "bool", int: "int64", float: "float32"}.get(type(fill_value), None)
        elif factory == "arange":
            return None
        elif factory == "normal":
            return None
        else:
            if size_node is not None:
                sizes = folder.fold(size_node)
            elif len(positional) == 1:
                sizes = folder.fold(positional[0].value)
                if not isinstance(sizes, tuple):
                    sizes = (sizes,)
            else:
                sizes = tuple(folder.fold(a.value) for a in positional)
        if "dtype" in keywords:
            value = folder.fold(keywords["dtype"])
            dtype = value.name if isinstance(value, DType) else None
        if dtype_override:
            dtype = dtype_override
        if isinstance(sizes, (int, expr.Expr)) and not isinstance(sizes, bool):
            sizes = (sizes,)
        if not isinstance(sizes, tuple):
            return None
        shape = tuple(s if isinstance(s, (int, expr.Expr)) and not isinstance(s, bool) else UNKNOWN for s in sizes)
        if any(isinstance(s, int) and s < 0 for s in shape):
            return None  # torch raises creating the tensor itself, not in the model
        return InputSpec(shape, dtype, "dummy")


_TENSOR_METHODS = {
    "to": "to", "cuda": None, "cpu": None, "requires_grad_": None, "contiguous": None,
    "float": "float32", "double": "float64", "half": "float16", "long": "int64", "int": "int32",
    "bfloat16": "bfloat16", "detach": None, "clone": None,
}


def _pragma_input(text: str, dtype: str | None) -> InputSpec | None:
    dims = []
    for part in text.strip("()[] ").split(","):
        part = part.strip()
        if not part:
            continue
        if re.fullmatch(r"-?\d+", part):
            dims.append(int(part))
        elif part.isidentifier():
            dims.append(expr.symbol(part))
        else:
            dims.append(UNKNOWN)
    from seqlint.extract.folding import DTYPES

    return InputSpec(tuple(dims), DTYPES.get(dtype or "float32", None), "pragma")


_MODULE = cst.Module(body=[])


def _source(node: cst.CSTNode) -> str:
    try:
        return _MODULE.code_for_node(node)
    except Exception:  # noqa: BLE001 - display text only
        return "?"


def _call_spans(calls: list[cst.Call], reduced: Reduced) -> dict | None:
    """Spans of calls and their arguments, from the pre-pass's tree: libcst's own position
    pass costs twice the parse.  Both trees list the calls in source order; if they ever
    disagree, None sends the caller to libcst's metadata instead."""
    nodes = calls_in_order(reduced)
    if len(nodes) != len(calls):
        return None
    lines = reduced.lines
    spans: dict[int, Span] = {}

    def span_of(node) -> Span:
        end_line = node.end_lineno or node.lineno
        return Span(node.lineno, char_column(lines, node.lineno, node.col_offset) + 1,
                    end_line, char_column(lines, end_line, node.end_col_offset or 0) + 1)

    for call, node in zip(calls, nodes):
        if (dotted_name(call.func) or "") != (_ast_dotted(node.func) or ""):
            return None
        spans[id(call)] = span_of(node)
        parts = sorted(list(node.args) + list(node.keywords), key=lambda n: (n.lineno, n.col_offset))
        if len(parts) != len(call.args):
            return None
        for arg, part in zip(call.args, parts):
            value = part.value if isinstance(part, (ast.keyword, ast.Starred)) else part
            spans[id(arg.value)] = span_of(value)
    return spans


def _ast_dotted(node) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _metadata_spans(module: cst.Module) -> dict:
    from libcst.metadata import MetadataWrapper, PositionProvider

    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    return {id(node): Span(r.start.line, r.start.column + 1, r.end.line, r.end.column + 1)
            for node, r in positions.items()}


def extract(reduced: Reduced) -> tuple[list[ModelSpec], list]:
    module = cst.parse_module(reduced.text)
    extractor = Extractor(module, reduced)
    return extractor.models(), extractor.notes
