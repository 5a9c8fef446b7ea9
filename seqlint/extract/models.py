"""Find every ``torch.nn.Sequential`` call in a module and describe it as a ``ModelSpec``.

A walk of CPython's tree (``scopes``) collects, per scope: what names are bound to,
imports, and calls of names (``model(x)``, ``model.eval()``).  Then libcst reads each
Sequential call -- only those expressions, not whole files: its layers (positional,
``OrderedDict``, ``*[...]``), each layer's arguments folded to constants, and its input from
a dummy tensor passed to it in the same scope or a ``# seqlint: input=(...)`` pragma.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace

import libcst as cst

from seqlint.checks import Span
from seqlint.extract.folding import ConstDict, DType, Folder, dotted_name, parameter
from seqlint.extract.layer_lists import (MAX_STEPS, WEIGHT_WRAPPERS, Building, ClassRef, ClassValue, Interpreter,
                                         Item, ModuleListValue, OrderedLayers, PartialValue, Repeat, constant)
from seqlint.extract.mutation import MUTABLE_DISPLAYS, Readers, attribute_edited, changed_in_text
from seqlint.extract.scopes import SEQUENTIAL, Scope, child_nodes, collect, dotted, nodes_under, qualify_name
from seqlint.extract.script_data import ScriptData, folded_constant
from seqlint.extract.source import Reduced, calls_in_order, char_column, deep_expressions, segment, statement_text
from seqlint.extract.spec import Argument, InputSpec, LayerCall, ModelSpec, ModuleInstance
from seqlint.extract.batches import (as_in_pass, batch_passes, body_value, innermost_loop, listed_batches,
                                     loader_batches, passes_certain)
from seqlint.extract.tensors import TensorReader
from seqlint.layers import layer_type, registry
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN

ORDERED_DICTS = {"collections.OrderedDict", "typing.OrderedDict", "OrderedDict"}
PRAGMA = re.compile(r"#\s*seqlint:\s*input\s*=\s*(\([^)]*\)|\[[^\]]*\])(?:\s*,?\s*dtype\s*=\s*(\w+))?")


class Extractor:
    """Builds ModelSpecs from the pre-pass's tree, reading expressions through libcst."""

    # Factory parameters of code as written take their defaults (the file's calls are read).
    reads_factory_defaults = True

    def __init__(self, reduced: Reduced, path: str | None = None):
        self.reduced = reduced
        self.path = path  # the file's name: imports of other files of the project resolve from it
        self.lines = reduced.lines
        self.text = "".join(reduced.lines)  # for text-level checks (tensors._as_changed)
        self._in_place: dict[str, tuple] = {}  # name -> (shape changed in place, values changed)
        self.scopes = collect(reduced.tree, reduced.skipped)
        self.spans: dict[int, Span] = {}  # id(libcst node) -> span
        self.parsed: dict[int, cst.BaseExpression | None] = {}  # id(ast expr) -> libcst expr
        self.ast_of: dict[int, ast.Call] = {}  # id(libcst Call) -> its ast twin
        self.notes: list[tuple[Span, str]] = []
        self.errors: list[tuple[Span, str, str]] = []  # (span, subject, why) torch rejects outside layers
        self._envs: dict[int, dict | None] = {}  # id(ast Call) -> the names' values where it runs
        self._built_by_code: set[int] = set()  # ids of specs that layer_lists filled
        self._copies: list[tuple[int, ModelSpec]] = []  # (id(ast Call), a copy of its model)
        self._instances: dict = {}  # (id(ast Call), nesting, its values frozen) -> the instance built
        self._loop_lists: dict = {}  # id(scope node) -> (node, its loops): see _loops
        self._unread: dict = {}  # (extractor, class as called) -> builds with symbolic sizes, forward not read
        self._class_values: dict = {}  # name -> ClassValue or None: module-level names read as classes
        self._skip_instances = False  # building the layers after one not known (see _model)
        self._building = 0  # module classes being built inside one another
        self._reading_shape = 0  # shapes of dummies read while folding (data.shape[1])
        self._factories: dict = {}  # id(function) -> its factory parameters' assumed defaults
        self._occurrences = None  # _Uses: the calls and names of this file, for factory defaults
        self._stores: dict = {}  # id(function) -> its statements with the names they bind
        self._changed: dict = {}  # name -> whether the list/dict/set it holds may change (_maybe_changed)
        self._readers: Readers | None = None  # functions and classes that change nothing handed to them
        self._script_data: ScriptData | None = None  # the module's top-level code run (script_data)
        self._order_lines: dict | None = None  # order of a model's or a loss's call -> its line
        self.outer_changes: dict = {}  # mutation.changes_outer's answers and the functions' facts

    # -- libcst, only where needed --

    def cst_of(self, node: ast.expr) -> cst.BaseExpression | None:
        """libcst's reading of one expression, its calls given their ast twins' positions."""
        key = id(node)
        if key in self.parsed:
            return self.parsed[key]
        self.parsed[key] = None
        masks = deep_expressions(node)
        try:
            parsed = cst.parse_expression(segment(self.reduced, node, masks))
        except Exception:  # noqa: BLE001 - whatever libcst rejects reads as unknown
            return None
        calls = _cst_calls(parsed)
        twins = calls_in_order(node, {id(m) for m in masks})
        if len(calls) != len(twins):
            return None
        for call, twin in zip(calls, twins):
            self.ast_of[id(call)] = twin
            self.spans[id(call)] = self._span(twin)
            parts = sorted(list(twin.args) + list(twin.keywords), key=lambda n: (n.lineno, n.col_offset))
            for arg, part in zip(call.args, parts):
                value = part.value if isinstance(part, (ast.keyword, ast.Starred)) else part
                self.spans[id(arg.value)] = self._span(value)
        self.spans.setdefault(id(parsed), self._span(node))
        self.parsed[key] = parsed
        return parsed

    def _span(self, node) -> Span:
        lines = self.lines
        end_line = node.end_lineno or node.lineno
        return Span(node.lineno, char_column(lines, node.lineno, node.col_offset) + 1,
                    end_line, char_column(lines, end_line, node.end_col_offset or 0) + 1)

    def span(self, node: cst.CSTNode, fallback: cst.CSTNode | None = None) -> Span:
        found = self.spans.get(id(node))
        if found is None and fallback is not None:
            found = self.spans.get(id(fallback))
        return found or Span.whole_file()

    # -- names --

    def qualify(self, node: cst.BaseExpression, scope: Scope) -> str | None:
        return qualify_name(dotted_name(node) or "", scope)

    def folder(self, scope: Scope, before: int | None = None, env: dict | None = None) -> Folder:
        """A folder for expressions met in ``scope`` at the order ``before`` (if known), or
        with the values ``env`` gives the scope's names (from ``layer_lists``)."""
        if env is not None:
            def read(name):
                value = constant(env[name]) if name in env else self.lookup(name, scope)
                return value if value is not UNKNOWN else self._script_constant(name, scope, before)

            return Folder(read,
                          lambda dotted: qualify_name(dotted, scope), lambda name: self.shape_of(name, scope, None))
        return Folder(lambda name: self.lookup(name, scope, before=before),
                      lambda dotted: qualify_name(dotted, scope), lambda name: self.shape_of(name, scope, before))

    def shape_of(self, name: str, scope: Scope, before: int | None):
        """The shape of the dummy tensor or array ``name`` holds (``data.shape[1]``), or UNKNOWN."""
        if self._reading_shape > 5:
            return UNKNOWN
        if before is None:  # where it is read is not known: only a name bound once will do
            owner = scope
            while owner is not None and name not in owner.bindings and name not in owner.params:
                owner = owner.parent
            if owner is None or len(owner.bindings.get(name, ())) != 1:
                return UNKNOWN
        self._reading_shape += 1
        try:
            found = TensorReader(self, scope, before if before is not None else 1 << 62).read(cst.Name(name))
        finally:
            self._reading_shape -= 1
        if found is None or found.through is not None:
            return UNKNOWN
        return tuple(found.shape)

    def lookup(self, name: str, scope: Scope, depth: int = 0, before: int | None = None):
        """A name's value: a constant bound once (or, in straight-line code, the one in effect
        at ``before``), a parameter's symbol, or UNKNOWN."""
        if depth > 20:
            return UNKNOWN
        while scope is not None:
            if name in scope.params:
                bound = scope.bindings.get(name)
                if not bound or (before is not None and all(b[0] >= before for b in bound)):
                    return parameter(name)  # the value the caller passed
                if before is None:
                    return UNKNOWN  # bound again in the body (hidden = hidden * 2): which one is read?
            bound = scope.bindings.get(name)
            if bound is not None:
                if name in scope.params:  # bound again before: the straight-line binding in effect
                    node = scope.value_before(name, before)
                    order = next((b[0] for b in bound if b[1] is node), None) if node is not None else None
                elif len(bound) == 1:
                    order, node = bound[0][0], bound[0][1]
                    if before is not None and order > before:
                        node = None  # not bound yet where it is used
                elif before is not None:
                    node = scope.value_before(name, before)
                    order = next((b[0] for b in bound if b[1] is node), None)
                else:
                    node = None
                if node is None:
                    return UNKNOWN
                owner = scope
                value = self.cst_of(node)
                if value is None or isinstance(node, MUTABLE_DISPLAYS) and self._maybe_changed(name):
                    # feats = [1, 2]; feats.append(3): the display is not the value
                    return self._script_constant(name, scope, before)
                folded = Folder(lambda n: self.lookup(n, owner, depth + 1, before=order),
                                lambda d: qualify_name(d, owner),
                                lambda n: self.shape_of(n, owner, order)).fold(value)
                return folded if folded is not UNKNOWN else self._script_constant(name, scope, before)
            if name in scope.imports:  # a constant of another file of the project, or UNKNOWN
                return project.constant(self, name, scope)
            scope = scope.parent
            before = None  # an enclosing scope's names are read when the function runs
        return UNKNOWN

    def script_value(self, node, scope: Scope):
        """What plain Python code at the top of the module computes for ``node`` (a libcst
        expression met in ``scope``) where it stands; UNKNOWN unless certain (script_data)."""
        if scope is not self.scopes.module:
            return UNKNOWN
        span = self.spans.get(id(node))
        if span is None:
            return UNKNOWN
        try:
            tree = ast.parse(cst.Module([]).code_for_node(node).strip(), mode="eval").body
        except (SyntaxError, ValueError):
            return UNKNOWN
        return self._script().value(tree, span.line)

    def _script_constant(self, name: str, scope: Scope, before: int | None):
        """A module-level name's value at ``before`` as plain Python code at the top of the
        module computes it (``len(vocab)`` for a vocabulary built from sentences), as the
        folder writes constants; UNKNOWN unless certain."""
        if scope is not self.scopes.module or before is None:
            return UNKNOWN
        line = self._line_of_order().get(before)
        if line is None:
            return UNKNOWN
        return folded_constant(self._script().value(ast.Name(id=name, ctx=ast.Load()), line))

    def _line_of_order(self) -> dict:
        """order -> line, for the calls the pre-pass walked (a model's, a loss's, a model called)
        and the module's bindings."""
        if self._order_lines is None:
            order_of = self.scopes.order_of
            self._order_lines = {order_of[id(node)]: node.lineno for node in ast.walk(self.reduced.tree)
                                 if type(node) is ast.Call and id(node) in order_of}
            for bindings in self.scopes.module.bindings.values():  # images = torch.randn(len(rows), ...)
                for order, value, _ in bindings:
                    if value is not None and hasattr(value, "lineno"):
                        self._order_lines.setdefault(order, value.lineno)
        return self._order_lines

    def _script(self) -> ScriptData:
        if self._script_data is None:
            self._script_data = ScriptData(self.reduced.tree, self.lines)
        return self._script_data

    def _class_lines(self, line: int) -> list[str]:
        """The lines of the module-level class holding ``line`` (where ``self.x`` is that
        class's), or of the whole file outside classes."""
        for cls in self.scopes.classes.values():
            if cls.lineno <= line <= (cls.end_lineno or cls.lineno):
                return self.lines[cls.lineno - 1:cls.end_lineno]
        return self.lines

    def _maybe_changed(self, name: str) -> bool:
        """Can the list, dict or set ``name`` holds change after it is made?  Read off the
        file's text, so code the pre-pass did not walk counts too: a mutating method, an item
        stored or deleted, ``+=``, the name handed to a call or bound to another name."""
        found = self._changed.get(name)
        if found is None:
            if self._readers is None:
                self._readers = Readers(self.scopes.functions, self.scopes.classes, self.lines)
            found = self._changed[name] = changed_in_text(name, self.lines, self._readers)
        return found

    def scopes_binding(self, name: str, scope: Scope, before: int):
        """The ast value ``name`` holds at ``before`` in ``scope`` (straight-line code), or None."""
        found = scope.binding_before(name, before) if name in scope.bindings else None
        return found[1] if found is not None else None

    def unpacked_from(self, name: str, scope: Scope, before: int):
        """(ast value, index) when ``name`` holds, at ``before``, an item of a value unpacked
        in straight-line code (``out, hidden = encoder(x)``); else None."""
        found = scope.binding_before(name, before) if name in scope.bindings else None
        if found is None or found[1] is not None:
            return None
        return self.scopes.unpacked.get((id(scope), name, found[0]))

    def resolve_node(self, node: cst.BaseExpression, scope: Scope, before: int | None = None):
        """Follow a name to the expression it is bound to: its only binding, or (with
        ``before``, in straight-line code of the same scope) the one in effect there."""
        return self.resolve_binding(node, scope, before)[0]

    def resolve_binding(self, node, scope: Scope, before: int | None = None):
        """``resolve_node``, with the order where the expression found stands: names in it
        are read as they were there (``x = x.permute(...)`` reads the earlier x)."""
        for _ in range(10):
            if not isinstance(node, cst.Name):
                return node, before
            value = None
            s = scope
            while s is not None:
                bound = s.bindings.get(node.value)
                if bound:
                    if before is not None and s is scope:
                        found = s.binding_before(node.value, before)
                        before, value = found if found is not None else (before, None)
                    elif len(bound) == 1:
                        value = bound[0][1]
                    break
                s = s.parent
            if value is None:
                return None, before
            node = self.cst_of(value)
        return None, before

    # -- models --

    def models(self) -> list[ModelSpec]:
        specs: dict[int, ModelSpec] = {}  # id(ast Call) -> its model
        nested_ids: set[int] = set()
        self._specs, self._nested = specs, nested_ids
        calls = self.scopes.sequential_calls
        for node, scope in calls:
            if id(node) not in specs:
                call = self.cst_of(node)
                if isinstance(call, cst.Call):
                    self._model(call, scope, specs, nested_ids)
        result = [specs[id(node)] for node, _ in calls if id(node) in specs]
        for key, copy in self._copies:  # copies made for a loop pass or a helper's call
            written = specs.get(key)
            if written is not None and copy.origin is None:
                copy.origin = written
                written.nested = written.nested or copy.nested
        for spec in result:
            spec.nested = spec.nested or id(spec) in nested_ids
            if self.scopes.default_dtype_changed:  # float32 is no longer what "float" means
                spec.cast = "?"
                spec.input = replace(spec.input, dtype=None) if spec.input is not None else None
                spec.later_calls = [(replace(t, dtype=None), tr, "?") for t, tr, _ in spec.later_calls]
        return result

    def _model(self, call: cst.Call, scope: Scope, specs: dict, nested_ids: set,
               env: dict | None = None) -> ModelSpec:
        """The model a Sequential call builds; with ``env`` (the names' values in one pass
        of the code that built it: a loop pass, a helper's call), a copy for those values,
        kept out of ``specs``."""
        twin = self.ast_of.get(id(call))
        key = id(twin) if twin is not None else id(call)
        instance = env is not None
        if not instance and key in specs:
            return specs[key]
        spec = ModelSpec(name=self._assigned_name(twin) if not instance else None, span=self.span(call),
                         layers=[], synthetic=instance, nested=instance)
        if instance:
            spec.origin = specs.get(key)  # else found once every written call is read
            self._copies.append((key, spec))
        else:
            specs[key] = spec
            if twin is not None and self._needs_env(twin, scope):
                # *layers: the code before the call built them; the names' values there
                # (self.num_classes = num_classes, norm = partial(nn.LayerNorm, eps=1e-6))
                env = self._env_at(twin, scope)
        outer_skip, self._skip_instances = self._skip_instances, False
        try:
            for part in self._layer_nodes(call, scope, spec, env):
                if isinstance(part, tuple):
                    node, anchor, display = part
                    layer = self._layer(node, scope, specs, nested_ids, anchor, display, env, instance)
                else:
                    layer = self._layer_of_value(part, call, specs, nested_ids)
                spec.layers.append(layer)
                if layer.type_name is None and layer.model is None and layer.instance is None and \
                        layer.not_a_module is None:
                    # A layer not known: no walk gets past it, so the module classes after it
                    # are not built (their constructors, with values not known, are left).
                    self._skip_instances = True
        finally:
            self._skip_instances = outer_skip
        if not call.args and twin is not None and spec.synthetic is False:
            self._fill_built(spec, twin, scope)
        for layer in spec.layers:
            if layer.model is not None:
                nested_ids.add(id(layer.model))
        if twin is not None and not spec.synthetic:
            self._find_input(twin, scope, spec)
        return spec

    # -- models built by code (``layer_lists``) --

    def _env_at(self, twin: ast.Call, scope: Scope) -> dict | None:
        """The values of the scope's names where ``twin`` runs, if the code is followed."""
        key = id(twin)
        if key not in self._envs:
            body = getattr(scope.node, "body", None)
            if not body:
                self._envs[key] = None
                return None
            # The Sequential calls of the scope's straight-line statements: one run reads them
            # all (each gets the names' values when its statement starts, as a run of its own).
            own = _top_statement(body, twin)
            wanted = {id(own): [twin]} if own is not None else {}
            for node, where in self.scopes.sequential_calls if own is not None else ():
                if where is scope and id(node) not in self._envs and node is not twin:
                    stmt = _top_statement(body, node)
                    if stmt is not None:
                        wanted.setdefault(id(stmt), []).append(node)
            if len(wanted) > 1:
                found = Interpreter(self, scope, self.parameters(scope)).run_recording(body, wanted)
                for nodes in wanted.values():
                    for node in nodes:
                        self._envs[id(node)] = found.get(id(node))
            else:
                self._envs[key] = Interpreter(self, scope, self.parameters(scope)).run_until(body, twin)
        return self._envs[key]

    # -- parameters of code as written (no visible call builds it) --

    def parameters(self, scope: Scope) -> dict:
        """A function's parameters as the interpreter starts its body as written: each the
        symbol of what a caller passed, except factory parameters, which hold their default
        (``act_layer=nn.GELU``; ``norm_layer=None`` the body turns into a class) unless a
        call of the function in this file passes another value for them."""
        if scope.parent is None:
            return {}
        values = {name: parameter(name) for name in scope.params}
        if self.reads_factory_defaults and isinstance(scope.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            values.update(self._factory_defaults(scope))
        return values

    def _factory_defaults(self, scope: Scope) -> dict:
        key = id(scope.node)
        if key not in self._factories:
            self._factories[key] = {}  # a default that leads back here is not assumed
            self._factories[key] = self._factory_defaults_of(scope)
        return self._factories[key]

    def _factory_defaults_of(self, scope: Scope) -> dict:
        function = scope.node
        defaults = _defaults(function)
        if not defaults:
            return {}
        outer = Interpreter(self, self.scopes.module)  # defaults are computed where the def stands
        found = {}
        for name, node in defaults.items():
            if not isinstance(node, (ast.Name, ast.Attribute, ast.Constant, ast.Call)):
                continue
            if isinstance(node, ast.Call) and \
                    qualify_name(dotted(node.func) or "", self.scopes.module) != "functools.partial":
                continue
            value = outer.value(node)
            if _is_class(value) or ((value is None or isinstance(value, str)) and
                                    self._made_class(scope, name, value)):
                found[name] = value
        if found:
            passed = self._passed_by_callers(function, set(found))
            found = {name: value for name, value in found.items() if name not in passed}
        return found

    def _made_class(self, scope: Scope, name: str, default) -> bool:
        """Does the body turn the default of ``name`` (None, a string) into a class before
        anything else binds it: ``norm_layer = norm_layer or nn.BatchNorm2d``, ``if
        norm_layer is None: norm_layer = ...``, ``act_layer = get_act_layer(act_layer)``?"""
        for stmt, stored in self._stores_by_statement(scope.node):
            if name not in stored:
                continue
            if not isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.If)):
                return False
            env = {p: parameter(p) for p in scope.params}
            env[name] = default
            interp = Interpreter(self, scope, env)
            interp.steps = MAX_STEPS - MAX_FACTORY_STEPS  # a factory helper is short
            interp.run_body([stmt])
            return _is_class(interp.env.get(name))
        return False

    def _stores_by_statement(self, function) -> list:
        """``function``'s statements, each with the names it binds (found once per function)."""
        key = id(function)
        if key not in self._stores:
            self._stores[key] = [(stmt, {n.id for n in nodes_under(stmt) if isinstance(n, ast.Name) and
                                         isinstance(n.ctx, ast.Store)}) for stmt in function.body]
        return self._stores[key]

    def _passed_by_callers(self, function: ast.FunctionDef, candidates: set) -> set:
        """The parameters of ``function`` that a call in this file may give a value other
        than their default: a direct call, a ``partial`` of it, a subclass's
        ``super().__init__(...)``; and, where it is also passed around as a value
        (``block=Block``), any call through a local name or attribute passing that keyword.
        A ``*args`` or an unknown ``**kwargs`` in such a call may pass any of them.
        ``candidates``: the parameters asked about (only keywords naming them matter)."""
        every = {p.arg for p in function.args.posonlyargs + function.args.args + function.args.kwonlyargs}
        owner = _callee_name(function, self.scopes)
        if owner is None:
            return every
        name, method = owner
        if _written_once(name, self.reduced.lines):
            return set()  # named only where it is defined: no call of this file passes anything
        positional = [p.arg for p in function.args.posonlyargs + function.args.args]
        if method or function.name == "__init__":
            positional = positional[1:]  # self
        defaults = _defaults(function)
        passed: set = set()

        def given(args: list, keywords: list, by_position: bool = True) -> bool:
            if any(isinstance(a, ast.Starred) for a in args):
                return False
            pairs = list(zip(positional, args)) if by_position else []
            for keyword in keywords:
                if keyword.arg is not None:
                    pairs.append((keyword.arg, keyword.value))
                    continue
                keys = self._literal_dict_keys(keyword.value)
                if keys is None:
                    return False
                passed.update(keys)  # **dd with dd = {"device": device, "dtype": dtype}
            for param, value in pairs:
                default = defaults.get(param)
                if default is None or ast.dump(default) != ast.dump(value):
                    passed.add(param)
            return True

        uses = self._file_uses(name)
        key = (method, name)
        checked = [(call.args, call.keywords) for call in uses.calls.get(key, ())]
        checked += [(call.args[1:], call.keywords) for call in uses.partials.get(key, ())
                    if qualify_name(dotted(call.func) or "", self.scopes.module) == "functools.partial"]
        for cls in uses.bases.get(key, ()):  # its subclasses pass it what they like
            checked += [(call.args[skip:], call.keywords) for call, skip in _super_inits(cls)]
        if not all(given(args, keywords) for args, keywords in checked):
            return every
        as_value = uses.names.get(key, 0) > len(checked) or key in uses.bases
        if as_value and not method:  # block=Block: then block(c, norm_layer=...) somewhere
            if not all(given(call.args, call.keywords, by_position=False) for call in self._file_uses(keywords=candidates).indirect):
                return every
        return passed

    def _literal_dict_keys(self, node) -> set | None:
        """The keys of ``**name`` when every binding of ``name`` in this file is a dict display
        with string keys, never changed in place; None otherwise."""
        if not isinstance(node, ast.Name):
            return None
        uses = self._file_uses(node.id)
        values = uses.dict_values.get(node.id, [])
        if not values or node.id in uses.parameters:
            return None  # a parameter (def build(block, kw): block(**kw)): anything
        if node.id in uses.changed or uses.stores.get(node.id, 0) != len(values) or not all(
                all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in v.keys) for v in values):
            return None
        return {k.value for v in values for k in v.keys}

    def _file_uses(self, name: str | None = None, keywords: set | None = None) -> "_Uses":
        """What ``_passed_by_callers`` reads of this file: every use of ``name``, or every call
        that may pass one of ``keywords`` (by name or ``**``), from one walk of the file made
        as it is needed."""
        if self._occurrences is None:
            self._occurrences = _Uses(self.reduced.tree.body, self.scopes.module, self.reduced.skipped,
                                      self.reduced.lines)
        if keywords is not None:
            alternatives = "|".join(map(re.escape, sorted(keywords)))
            # a keyword naming one, or a *args / **kwargs passed on ("(*", ", **")
            return self._occurrences.complete_for(r"[(,]\s*\*|\b(?:%s)\s*=(?!=)" % alternatives)
        return self._occurrences.complete_for_name(name)

    def _loops(self, root) -> list:
        """The for and while loops (without an else) under ``root``, found once."""
        key = id(root)
        if key not in self._loop_lists:
            self._loop_lists[key] = (root, [n for n in ast.walk(root) if isinstance(n, (ast.For, ast.While))
                                            and not n.orelse] if root is not None else [])
        return self._loop_lists[key][1]

    def _needs_env(self, twin: ast.Call, scope: Scope) -> bool:
        """Does reading the call need the values the code before it computes: a ``*`` or
        ``**``, an attribute of ``self``, a local called as a layer (a class or ``partial``
        passed around), or a name its bindings alone do not fold?  (Else the scopes' own
        bindings give the same values, for less.)"""
        order = self.scopes.order_of.get(id(twin))
        callees = set()
        for node in ast.walk(twin):
            if isinstance(node, ast.Call):
                callees.add(id(node.func))
                if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
                    return True
        for node in ast.walk(twin):
            if isinstance(node, ast.Attribute):
                written = dotted(node)
                if written is None or written.split(".")[0] == "self":
                    return True
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                if id(node) in callees:  # f(...): a local f may be a class or partial passed on
                    if self._shadowed(node.id, scope) or node.id in scope.bindings:
                        return True
                    continue
                if qualify_name(node.id, scope) is not None or node.id in self.scopes.classes or \
                        node.id in self.scopes.functions:
                    continue
                if self.lookup(node.id, scope, before=order) is UNKNOWN:
                    return True
        return False

    def _fill_built(self, spec: ModelSpec, twin: ast.Call, scope: Scope) -> None:
        """``model = nn.Sequential()`` then ``model.add_module(...)`` / ``append`` (in loops
        too): the layers added before its first call, or opaque when that is not followed."""
        target = None
        for _, outer in self._chain(twin):
            twin = outer
        target = self.scopes.assigned_to.get(id(twin))
        key = segment(self.reduced, target) if isinstance(target, (ast.Name, ast.Attribute)) else None
        body = getattr(scope.node, "body", None)
        if key is None or not body:
            return
        env = Interpreter(self, scope, self.parameters(scope)).run_until_called(body, key)
        built = env.get(key) if env is not None else None
        if not isinstance(built, Building):
            spec.opaque = True  # grown or edited in ways not followed
            return
        self._built_by_code.add(id(spec))
        for value in built:
            spec.layers.append(self._layer_of_value(value, None, self._specs, self._nested))

    def _layer_of_value(self, value, anchor, specs: dict, nested_ids: set) -> LayerCall:
        """A layer from what the interpreter put in a list."""
        if isinstance(value, Item):
            other = project.owner(self, value.scope)
            if other is not None:  # built by code of another file: read there
                return project.layer_of_value(self, other, value, anchor)
            node = self.cst_of(value.node)
            if node is not None:
                # A call's display is its callee's (set by _layer): no need to print the call.
                display = "" if isinstance(node, cst.Call) else _source(node)
                return self._layer(node, value.scope, specs, nested_ids, node, display, value.env)
            return LayerCall(None, segment(self.reduced, value.node), self._span(value.node))
        if isinstance(value, Repeat):
            layers = [self._layer_of_value(v, anchor, specs, nested_ids) for v in value.items]
            span = layers[0].span if layers else (self.span(anchor) if anchor is not None else Span.whole_file())
            inner = ModelSpec(name=None, span=span, layers=layers, nested=True, synthetic=True,
                              opaque=not value.stable)
            return LayerCall(None, "a block repeated an unknown number of times", span, model=inner,
                             repeated=True)
        if isinstance(value, ModuleListValue):  # a ModuleList as a step: torch raises at it
            span = self.span(anchor) if anchor is not None else Span.whole_file()
            return LayerCall("ModuleList", "nn.ModuleList", span)
        if isinstance(value, Building):
            inner = ModelSpec(name=None, span=self.span(anchor) if anchor is not None else Span.whole_file(),
                              layers=[self._layer_of_value(v, anchor, specs, nested_ids) for v in value],
                              nested=True, synthetic=True)
            return LayerCall("Sequential", "nn.Sequential", inner.span, model=inner)
        span = self.span(anchor) if anchor is not None else Span.whole_file()
        return LayerCall(None, "?", span)

    def _layer_nodes(self, call: cst.Call, scope: Scope, spec: ModelSpec, env: dict | None = None):
        """Yield, in torch's order of the layers, (layer expression or None if unreadable,
        node with a span, display text) -- or a value the code before the call computed."""
        args = call.args
        twin = self.ast_of.get(id(call))
        before = self.scopes.order_of.get(id(twin)) if twin is not None else None
        if env is not None and twin is not None:
            starred = [a for a in twin.args if isinstance(a, ast.Starred)]
            interp = Interpreter(self, scope, env)
            values = {id(a): interp.value(a.value) for a in starred}
            cst_starred = [a for a in args if a.star == "*"]
            computed = dict(zip((id(a) for a in cst_starred), (values[id(a)] for a in starred))) \
                if len(cst_starred) == len(starred) else {}
        else:
            computed = {}
        if len(args) == 1 and not args[0].star and args[0].keyword is None:
            value = self.resolve_node(args[0].value, scope) or args[0].value
            if isinstance(value, cst.Call) and self.qualify(value.func, scope) in ORDERED_DICTS and \
                    self._ordered_dict_literal(value, scope):
                yield from self._ordered_dict_items(value, args[0].value, scope, spec)
                return
            built = self._ordered_dict_built(call, scope, env)
            if built is not None:  # layers = OrderedDict(); layers["conv"] = ...; nn.Sequential(layers)
                yield from built.values()
                return
            if isinstance(value, cst.Call) and self.qualify(value.func, scope) in ORDERED_DICTS:
                yield from self._ordered_dict_items(value, args[0].value, scope, spec)
                return
        for arg in args:
            if arg.keyword is not None:  # torch raises TypeError; the layer reads as unknown
                yield None, arg.value, self._text(arg)
            elif arg.star == "*" and isinstance(computed.get(id(arg)), (list, tuple)) and \
                    not isinstance(computed[id(arg)], Building):
                yield from computed[id(arg)]
            elif arg.star == "*":
                seq = self._sequence(arg.value, scope, before)
                if isinstance(seq, (cst.List, cst.Tuple)) and not any(
                        isinstance(e, cst.StarredElement) for e in seq.elements):
                    for element in seq.elements:
                        yield element.value, arg.value, self._text(element.value)
                else:
                    spec.complete = False
                    yield None, arg.value, "*" + self._text(arg.value)
            elif arg.star:
                spec.complete = False
                yield None, arg.value, "**" + self._text(arg.value)
            else:
                yield arg.value, arg.value, self._text(arg.value)

    def _built_by_helper(self, call: cst.Call, scope: Scope, specs: dict, nested_ids: set,
                         env: dict | None) -> LayerCall | None:
        """``conv_block(3, 32)`` where the module's ``def conv_block(cin, cout)`` builds and
        returns a model (or a list, which Sequential rejects): run with the call's values."""
        name = dotted_name(call.func)
        twin = self.ast_of.get(id(call))
        if twin is None:
            return None
        if (name not in self.scopes.functions or len(self.scopes.module.bindings.get(name, [])) != 1) and \
                project.function(self, name, scope) is None:  # nor a helper of another file
            return None
        if env is None:
            env = self._env_at(twin, scope) if scope is not self.scopes.module else {}
        value = Interpreter(self, scope, env or {}).value(twin)
        if isinstance(value, Item) and value.node is twin:
            return None  # not followed: an unknown layer
        if isinstance(value, list) and not isinstance(value, Building):
            layer = LayerCall(None, _source(call), self.span(call))
            layer.not_a_module = "a list (unpack it: *" + _source(call) + ")"
            return layer
        if isinstance(value, (Item, Building)):
            layer = self._layer_of_value(value, call, specs, nested_ids)
            if layer.model is not None:
                layer.model.name = f"{name}(...)"
                layer.span = self.span(call)
            return layer
        return None

    def _wrapped(self, call: cst.Call, type_name: str, scope: Scope, specs: dict, nested_ids: set,
                 env: dict | None, instance: bool) -> ModelSpec | None:
        """The modules a wrapper runs, as a model of their own: ``TransformerEncoder(layer,
        n)`` runs its layer (a shape it keeps, so once tells all) then ``norm``;
        ``DataParallel(module)`` runs its module."""
        first, *others = WRAPPERS[type_name]
        found = {}
        for i, arg in enumerate(call.args):
            if arg.star:
                return None
            key = arg.keyword.value if arg.keyword is not None else (first if i == 0 else None)
            if key in (first, *others):
                found[key] = arg.value
        layers = []
        for key in (first, *others):
            node = found.get(key)
            if node is None or (isinstance(node, cst.Name) and node.value == "None"):
                if key == first:
                    return None
                continue
            display = "" if isinstance(node, cst.Call) else _source(node)
            layers.append(self._layer(node, scope, specs, nested_ids, node, display, env, instance))
        return ModelSpec(name=None, span=self.span(call), layers=layers, nested=True, synthetic=True)

    def _class_instance(self, call: cst.Call, scope: Scope, env: dict | None):
        """A module class of the project called as a layer, built with the call's values; the
        same call with the same values (``[Block(dim) for _ in range(depth)]``) is built once."""
        if self._skip_instances:
            return None
        twin = self.ast_of.get(id(call))
        key = passed = func = None
        if twin is not None and env is not None:
            passed = Interpreter(self, scope, env).call_arguments(twin)
            func = env.get(twin.func.id) if isinstance(twin.func, ast.Name) else None
            frozen = _frozen((passed, func)) if passed is not None else None
            if frozen is not None:
                key = (id(twin), self._building, frozen)
                if key in self._instances:
                    return self._instances[key][0]
        # A class whose forward was not read, built again with sizes not known: built no more
        # (its constructors, with those sizes, are all that is left to check; time is spent
        # where shapes come out).
        name = (id(self), func.name if isinstance(func, ClassValue) else dotted(twin.func)) \
            if twin is not None else None
        symbolic = passed is not None and _symbolic_values(passed)
        unread = project.unread_builds(self)  # per check, across the files it reads
        if symbolic and unread.get(name, 0) >= MAX_UNREAD_BUILDS:
            return None
        built = self._class_instance_built(call, scope, env)
        if key is not None:  # the values kept too: the identities in the key stay theirs
            self._instances[key] = (built, passed, func)
        if symbolic and isinstance(built, ModuleInstance) and not built.result:
            unread[name] = unread.get(name, 0) + 1
        return built

    def _class_instance_built(self, call: cst.Call, scope: Scope, env: dict | None):
        from seqlint.extract.classes import ChainReader

        twin = self.ast_of.get(id(call))
        bound = env.get(call.func.value) if env is not None and isinstance(call.func, cst.Name) else None
        if isinstance(bound, PartialValue):  # block = partial(Bottleneck, stride=2): its arguments first
            bound = bound.func
        if isinstance(bound, ClassValue):  # block(inplanes, planes) with block=BasicBlock
            if twin is None or self._building > MAX_CLASS_NESTING or bound.node is None:
                return None
            if bound.x is not self:
                return project.instance_of(self, bound.x, bound.node, twin, scope, env)
            self._building += 1
            try:
                return ChainReader(self, self._specs).instance(bound.node, twin, scope, env)
            finally:
                self._building -= 1
        if isinstance(call.func, cst.Name) and (call.func.value in (env or {}) or
                                                 self._shadowed(call.func.value, scope)):
            return None  # a local name: not the module's class of that name
        cls = self.scopes.classes.get(call.func.value) if isinstance(call.func, cst.Name) else None
        if cls is None and twin is not None and self._building <= MAX_CLASS_NESTING:
            return project.class_instance(self, twin, scope, env)  # a class of another file
        if cls is None or twin is None or self._building > MAX_CLASS_NESTING or \
                len(self.scopes.module.bindings.get(call.func.value, [])) != 1:
            return None
        self._building += 1
        try:
            return ChainReader(self, self._specs).instance(cls, twin, scope, env)
        finally:
            self._building -= 1

    @staticmethod
    def _shadowed(name: str, scope: Scope) -> bool:
        """Is ``name`` a local or parameter of ``scope`` or of a function around it?"""
        while scope is not None and scope.parent is not None:
            if name in scope.bindings or name in scope.params:
                return True
            scope = scope.parent
        return False

    def _text(self, node: cst.CSTNode) -> str:
        """``node`` as written: a slice of the source when its position is known (cheap),
        else libcst's rendering."""
        span = self.spans.get(id(node))
        if span is None and isinstance(node, cst.Attribute | cst.Name):
            return dotted_name(node) or _source(node)
        if span is None or span.line < 1 or span.end_line > len(self.lines):
            return _source(node)
        if span.line == span.end_line:
            return self.lines[span.line - 1][span.column - 1:span.end_column - 1]
        return _source(node)

    def _ast_twin(self, node: cst.BaseExpression):
        """The ast expression a libcst node came from, when it is a call or a name in one."""
        if isinstance(node, cst.Call):
            return self.ast_of.get(id(node))
        if isinstance(node, cst.Attribute) and dotted_name(node):  # self.conv1, set earlier in __init__
            return ast.parse(dotted_name(node), mode="eval").body
        span = self.spans.get(id(node))
        if span is None or not isinstance(node, cst.Name):
            return None
        return ast.Name(id=node.value, ctx=ast.Load(), lineno=span.line, col_offset=0,
                        end_lineno=span.line, end_col_offset=0)

    def _sequence(self, node, scope: Scope, before: int | None):
        """The list literal ``*layers`` unpacks, unless something changed the list first."""
        if not isinstance(node, cst.Name):
            return node
        edited = any(method in _EDITS or method in ("append", "extend")
                     for order, method, _ in scope.uses.get(node.value, [])
                     if before is None or order < before)
        return None if edited else self.resolve_node(node, scope)

    def _not_a_module(self, node, target, scope: Scope) -> str | None:
        """What a layer argument is when it certainly is no module ("a list", "the class ...")."""
        for value in (target, node):
            if isinstance(value, (cst.List, cst.ListComp)):
                return "a list (unpack it: *layers)"
            if isinstance(value, cst.Tuple):
                return "a tuple (unpack it: *layers)"
            if isinstance(value, (cst.Dict, cst.DictComp)):
                return "a dict (wrap it: OrderedDict(...))"
            if isinstance(value, (cst.Integer, cst.Float, cst.SimpleString, cst.ConcatenatedString)):
                return "a constant"
        qualified = self.qualify(node, scope) if isinstance(node, (cst.Name, cst.Attribute)) else None
        if qualified and qualified.startswith("torch.nn.") and qualified[9:] in registry():
            return f"the class torch.nn.{qualified[9:]} (call it: {_source(node)}())"
        if qualified and qualified.startswith("torch.nn.functional."):
            return f"the function {qualified}"
        return None

    def _ordered_dict_literal(self, call: cst.Call, scope: Scope) -> bool:
        """``OrderedDict([("conv", ...), ...])`` written out (read as written)."""
        if len(call.args) != 1 or call.args[0].star or call.args[0].keyword is not None:
            return False
        items = self.resolve_node(call.args[0].value, scope) or call.args[0].value
        return isinstance(items, (cst.List, cst.Tuple))

    def _ordered_dict_built(self, call: cst.Call, scope: Scope, env: dict | None):
        """The ``OrderedDict`` the code before ``nn.Sequential(layers)`` filled, or None."""
        twin = self.ast_of.get(id(call))
        if twin is None or len(twin.args) != 1 or twin.keywords or isinstance(twin.args[0], ast.Starred):
            return None
        arg = twin.args[0]
        if not isinstance(arg, (ast.Name, ast.Attribute, ast.Call)):
            return None
        if env is None:
            env = self._env_at(twin, scope) if scope is not self.scopes.module else None
            if env is None:
                return None
        value = Interpreter(self, scope, env).value(arg)
        return value if isinstance(value, OrderedLayers) else None

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

    def _layer(self, node, scope: Scope, specs: dict, nested_ids: set, anchor, display: str,
               env: dict | None = None, instance: bool = True) -> LayerCall:
        """One layer; ``env`` gives the names' values where it was written, and ``instance``
        says whether a Sequential in it is a copy for those values (else the one written)."""
        if isinstance(node, cst.IfExp):  # nn.BatchNorm1d(32) if use_bn else nn.Identity()
            test = self.folder(scope, env=env).fold(node.test)
            if isinstance(test, (bool, int, str, type(None))) and test is not UNKNOWN:
                chosen = node.body if test else node.orelse
                return self._layer(chosen, scope, specs, nested_ids, anchor, _source(chosen), env, instance)
        if node is not None and not isinstance(node, cst.Call) and env is not None:
            twin = self._ast_twin(node)
            if twin is not None:  # a name the code before bound: what it holds there
                value = Interpreter(self, scope, env).value(twin)
                if isinstance(value, (Item, Repeat, Building)) and not isinstance(value, ModuleListValue):
                    return self._layer_of_value(value, node, specs, nested_ids)
        target = node if isinstance(node, cst.Call) or node is None else self.resolve_node(node, scope)
        if not isinstance(target, cst.Call):
            layer = LayerCall(None, display, self.span(node, anchor) if node is not None else self.span(anchor))
            layer.not_a_module = self._not_a_module(node, target, scope)
            return layer
        qualified = self.qualify(target.func, scope)
        if qualified in WEIGHT_WRAPPERS and target.args and target.args[0].keyword is None and not target.args[0].star:
            # weight_norm(nn.Conv1d(...)): the module itself, its weight reparametrized
            inner = target.args[0].value
            return self._layer(inner, scope, specs, nested_ids, anchor, _source(inner), env, instance)
        bound = env.get(target.func.value) if env is not None and isinstance(target.func, cst.Name) else None
        partial = bound if isinstance(bound, PartialValue) else None
        if partial is not None:  # norm_layer(c) with norm_layer = partial(nn.LayerNorm, eps=1e-6)
            bound = partial.func
        if qualified is None and isinstance(bound, ClassRef):
            qualified = bound.qualified  # norm_layer(c) with norm_layer=nn.BatchNorm2d
        type_name = layer_type(qualified)  # "Linear"; "einops.layers.torch.Rearrange"
        if type_name is None and qualified and qualified.startswith("."):  # a library's own code
            type_name = layer_type(project.absolute(self, qualified))  # ..ops.misc.MLP: torchvision's
        layer = LayerCall(type_name, self._text(target.func), self.span(target))
        if type_name in WRAPPERS:
            layer.model = self._wrapped(target, type_name, scope, specs, nested_ids, env, instance)
            return layer
        if qualified == SEQUENTIAL:
            layer.model = self._model(target, scope, specs, nested_ids, env if instance else None)
            return layer
        if (qualified is None and isinstance(target.func, cst.Name)) or \
                (type_name is None and project.maybe_imported(qualified)):  # from another file
            built = self._built_by_helper(target, scope, specs, nested_ids, env)  # conv_block(3, 32)
            if built is not None:
                return built
            built = self._class_instance(target, scope, env)  # ResidualBlock(32, 64)
            if isinstance(built, ModelSpec):  # an nn.Sequential subclass
                built.name = _source(target.func)
                layer.model = built
            elif built is not None:
                layer.instance = built
            if built is not None:
                return layer
        twin = self.ast_of.get(id(target))
        folder = self.folder(scope, self.scopes.order_of.get(id(twin)) if twin is not None else None, env)
        if partial is not None:  # what partial(...) passes comes first
            span = self.span(target)
            layer.positional = [Argument(constant(v), span) for v in partial.args]
            layer.keywords = {k: Argument(constant(v), span, k) for k, v in partial.keywords.items()}
        for arg in target.args:
            if arg.star == "**":
                spread = self._dict_spread(arg.value, scope, env)
                if spread is not None:  # **kwargs the code before filled: its keys and values
                    for key, value in spread.items():
                        if key in layer.keywords:
                            layer.unpacked = True  # TypeError: got multiple values
                        layer.keywords[key] = Argument(value, self.span(arg.value), key)
                    continue
                keys = self._dict_keys(arg.value, scope)
                if keys is None:
                    layer.unpacked = True
                for key in keys or ():  # **dd with dd = {"device": d, "dtype": t}, as timm writes
                    layer.keywords[key] = Argument(UNKNOWN, self.span(arg.value), key)
                continue
            if arg.star:
                layer.unpacked = True
                continue
            value = folder.fold(arg.value)
            if folder.problems:
                self.notes.append((self.span(arg.value), folder.problems[0]))
                folder.problems.clear()
            argument = Argument(value, self.span(arg.value), arg.keyword.value if arg.keyword else None)
            if arg.keyword is not None:
                layer.keywords[arg.keyword.value] = argument  # over a partial's, as partial does
            else:
                layer.positional.append(argument)
        return layer

    def _dict_spread(self, node, scope: Scope, env: dict | None):
        """``**mapping`` in a layer's call, when the code before it built a known dict: its
        keys and folded values (None when not known)."""
        if env is None:
            return None
        twin = self._ast_twin(node)
        if twin is None:
            return None
        value = Interpreter(self, scope, env).value(twin)
        if not isinstance(value, ConstDict) or not all(isinstance(k, str) for k in value):
            return None
        return constant(value)

    def _dict_keys(self, node, scope: Scope) -> list[str] | None:
        """The keys of a ``**mapping`` argument when the source spells them out, else None."""
        value = self.resolve_node(node, scope)
        if isinstance(value, cst.Dict):
            keys = []
            for element in value.elements:
                if not isinstance(element, cst.DictElement) or not isinstance(element.key, cst.SimpleString):
                    return None
                key = element.key.evaluated_value
                if not isinstance(key, str):
                    return None
                keys.append(key)
            return keys
        if isinstance(value, cst.Call) and dotted_name(value.func) == "dict" and \
                all(a.keyword is not None and not a.star for a in value.args):
            return [a.keyword.value for a in value.args]
        return None

    def _chain(self, node: ast.Call):
        """Follow ``nn.Sequential(...).to(dev).eval()``: yield (method, call) outwards."""
        while id(node) in self.scopes.chained:
            method, node = self.scopes.chained[id(node)]
            yield method, node

    def _assigned_name(self, node: ast.Call | None) -> str | None:
        if node is None:
            return None
        for _, outer in self._chain(node):
            node = outer
        target = self.scopes.assigned_to.get(id(node))
        if target is None or isinstance(target, (ast.Tuple, ast.List)):
            return None
        return segment(self.reduced, target)

    # -- inputs --

    def _find_input(self, node: ast.Call, scope: Scope, spec: ModelSpec) -> None:
        """Input, training mode, weights' dtype and appended layers, from what the same
        scope does with the model before its first call."""
        pragma = self._pragma(spec.span.line)
        if pragma is not None:
            spec.input = pragma
        for method, outer in self._chain(node):
            self._model_method(spec, method, outer, scope)
            node = outer
        caller = self.scopes.called_with.get(id(node))
        if caller is not None:  # nn.Sequential(...)(x)
            spec.call_order = self.scopes.order_of[id(caller)]
            if spec.input is None:
                spec.input = self._tensor_of(caller, scope, spec.call_order)
            return
        if spec.name is not None and "." in spec.name and id(spec) not in self._built_by_code and \
                attribute_edited(spec.name, self._class_lines(spec.span.line)):
            spec.opaque = True  # self.features.add_module(...) after it is made: layers not the ones written
            return
        if spec.name is None or not spec.name.isidentifier():
            return
        created = self.scopes.order_of[id(node)]
        uses = [use for use in scope.uses.get(spec.name, []) if use[0] > created]
        # Rebinding the name ends this model's story, unless it is ``model = model.to(dev)``.
        rebinds = [b[0] for b in scope.bindings.get(spec.name, [])
                   if b[0] > created and b[1] is not node and not self._continues(b[1], spec.name)]
        stop = min(rebinds) if rebinds else None
        calls = []  # (tensor or None, training, cast, a call of the model itself) in order
        for order, method, use in sorted(uses, key=lambda u: u[0]):
            if (stop is not None and order >= stop) or len(calls) > MAX_CALLS:
                break
            real = method != "__iter__"
            if not real:  # for layer in model: x = layer(x)
                use = self._layer_loop_call(use)
                if use is None:
                    continue
                method = None
            if method in (None, "forward"):
                if real and self._wrong_arity(use, spec):
                    break
                tensor = self._tensor_of(use, scope, order)
                looped = self._loop_tensors(use, scope) or self._batch_tensors(use, scope) \
                    if tensor is None and real else None
                for each in looped or [tensor]:  # for img in [small, large]: model(img)
                    calls.append((each, spec.training, spec.cast, real))
                if real and spec.call_order is None:
                    spec.call_order = order
                continue
            if calls and method in _EDITS:
                break  # edited after it ran: the calls so far are what torch checks first
            self._model_method(spec, method, use, scope)
            for chained, outer in self._chain(use):
                self._model_method(spec, chained, outer, scope)
        # The model's first call is the one its shapes describe (a pragma gives its input);
        # every other call with a known input is checked too, in the mode it runs in.
        real_calls = [call for call in calls if call[3]] or calls
        if real_calls:
            first = real_calls[0]
            tensor = spec.input if spec.input is not None else first[0]
            spec.input, spec.training, spec.cast = tensor, first[1], first[2]
            others = [call[:3] for call in calls if call is not first and call[0] is not None]
            spec.later_calls = [call for call in others if call != (spec.input, spec.training, spec.cast)]

    def _wrong_arity(self, use: ast.Call, spec: ModelSpec) -> bool:
        """``model(x, mask)``: Sequential's forward takes one input, and torch raises -- in
        the model itself, so that is where it is reported."""
        if len(use.args) < 2 or use.keywords or any(isinstance(a, ast.Starred) for a in use.args):
            return False
        self.errors.append((spec.span, "Sequential",
                            f"its forward takes one input, but line {use.lineno} passes {len(use.args)}"))
        return True

    @staticmethod
    def _layer_loop_call(loop: ast.For) -> ast.Call | None:
        """In ``for layer in model: x = layer(x)``, the call ``layer(x)``."""
        var = loop.target.id
        for stmt in loop.body:
            value = stmt.value if isinstance(stmt, (ast.Assign, ast.Expr)) else None
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == var:
                if isinstance(stmt, ast.Assign) and len(value.args) == 1 and \
                        isinstance(value.args[0], ast.Name) and \
                        any(isinstance(t, ast.Name) and t.id == value.args[0].id for t in stmt.targets):
                    return value
                return None
        return None

    @staticmethod
    def _continues(value, name: str) -> bool:
        """Is ``value`` a method chain on the model itself (``model.to(dev).eval()``)?"""
        while isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
            value = value.func.value
        return isinstance(value, ast.Name) and value.id == name

    def _model_method(self, spec: ModelSpec, method: str, call: ast.Call, scope: Scope) -> None:
        if method == "eval":
            spec.training = False
        elif method == "train":
            mode = True
            argument = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "mode"), None)
            if argument is not None:
                value = self.cst_of(argument)
                mode = self.folder(scope).fold(value) if value is not None else UNKNOWN
            spec.training = mode if isinstance(mode, bool) else None
        elif method in _MODEL_CASTS:
            spec.cast = _MODEL_CASTS[method]
        elif method == "to":
            spec.cast = self._cast_of_to(call, scope, spec.cast)
        elif method == "type":
            spec.cast = self._cast_of_type(call, scope)
        elif method in _REACHES_LAYERS or method.startswith("item."):
            # for m in model.modules(): m.eval(); model.apply(fn); model[1].eval(): some
            # layers may have changed mode or dtype -- checks that depend on them are off.
            spec.training = None
            spec.cast = "?"
        elif method in ("append", "add_module", "extend"):
            if id(spec) not in self._built_by_code:  # else layer_lists has added them
                self._grow(spec, method, call, scope)
        elif method in _EDITS:
            spec.opaque = True  # layers replaced, inserted or removed: not the ones written

    def _cast_of_type(self, call: ast.Call, scope: Scope) -> str:
        """``model.type(torch.DoubleTensor)`` or ``model.type(torch.float64)``."""
        if len(call.args) != 1:
            return "?"
        node = self.cst_of(call.args[0])
        value = self.folder(scope).fold(node) if node is not None else UNKNOWN
        if isinstance(value, DType):
            return value.name
        name = (dotted_name(node) or "").rsplit(".", 1)[-1] if node is not None else ""
        return _TENSOR_TYPES.get(name, "?")

    def _cast_of_to(self, call: ast.Call, scope: Scope, current):
        """``model.to(...)``: a dtype converts the weights; a device does not."""
        folder = self.folder(scope)
        for arg in list(call.args) + [k.value for k in call.keywords]:
            node = self.cst_of(arg)
            value = folder.fold(node) if node is not None else UNKNOWN
            if isinstance(value, DType):
                return value.name
            if isinstance(value, str):
                continue  # "cuda", "cpu"
            target = self.resolve_node(node, scope) if node is not None else None
            if isinstance(target, cst.Call) and (self.qualify(target.func, scope) or "").endswith("device"):
                continue  # torch.device(...)
            if isinstance(target, cst.Call) and isinstance(target.func, cst.Attribute) and \
                    target.func.attr.value == "device":
                continue
            if isinstance(node, cst.Name) and node.value in ("device", "dev") and target is None:
                continue  # a device passed in as a parameter, by its usual name
            return "?"  # another tensor or module: its dtype is not known
        return current

    def _grow(self, spec: ModelSpec, method: str, call: ast.Call, scope: Scope) -> None:
        """``model.append(layer)`` / ``add_module(name, layer)`` / ``extend([...])`` before the
        first call add layers; anything else that edits the model makes it unreadable."""
        nodes = []
        if method == "append" and len(call.args) == 1 and not call.keywords:
            nodes = [call.args[0]]
        elif method == "add_module" and len(call.args) == 2 and not call.keywords:
            nodes = [call.args[1]]
        elif method == "extend" and len(call.args) == 1 and isinstance(call.args[0], (ast.List, ast.Tuple)):
            nodes = list(call.args[0].elts)
        if not nodes or any(isinstance(n, ast.Starred) for n in nodes):
            spec.opaque = True
            return
        for node in nodes:
            parsed = self.cst_of(node)
            if parsed is None:
                spec.layers.append(LayerCall(None, segment(self.reduced, node), self._span(node)))
                continue
            spec.layers.append(self._layer(parsed, scope, self._specs, self._nested, parsed,
                                           segment(self.reduced, node)))

    def _pragma(self, line: int) -> InputSpec | None:
        for n in (line - 1, line):
            if 1 <= n <= len(self.lines):
                match = PRAGMA.search(self.lines[n - 1])
                if match:
                    return _pragma_input(match.group(1), match.group(2))
        return None

    def _loop_tensors(self, use: ast.Call, scope: Scope) -> list | None:
        """``for img in images: model(img)`` over a literal list of dummies: each of them."""
        if len(use.args) != 1 or use.keywords or not isinstance(use.args[0], ast.Name):
            return None
        name = use.args[0].id
        loops = [loop for loop in scope.loops.get(name, [])
                 if (loop.lineno, loop.col_offset) <= (use.lineno, use.col_offset) <= (loop.end_lineno, loop.end_col_offset)]
        if len(loops) != 1 or len(scope.bindings.get(name, [])) != 1:
            return None
        loop = loops[0]
        items = loop.iter
        if isinstance(items, ast.Name):
            items = self.scopes_binding(items.id, scope, self.scopes.order_of.get(id(use), 0)) \
                if len(scope.bindings.get(items.id, [])) == 1 else None
        if not isinstance(items, (ast.List, ast.Tuple)) or not 0 < len(items.elts) <= MAX_CALLS:
            return None
        order = self.scopes.order_of.get(id(use), 0)
        tensors = [TensorReader(self, scope, order).read(self.cst_of(e)) for e in items.elts]
        if not passes_certain(loop, use):
            tensors = tensors[:1]  # if ...: break -- only the first item is certain to reach the call
        return tensors if all(t is not None for t in tensors) else None

    def _batch_tensors(self, use: ast.Call, scope: Scope) -> list | None:
        """``for i in range(0, len(X), 64): model(X[i:i + 64])``: the tensor of each pass
        (the last batch may be smaller), alike ones once."""
        if len(use.args) != 1 or use.keywords or isinstance(use.args[0], ast.Starred):
            return None
        found = batch_passes(self, use, scope, use.args[0])
        if found is None:
            return self._loader_tensors(use, scope)
        expression, name, values, loop = found
        order = self.scopes.order_of.get(id(expression), self.scopes.order_of.get(id(use), 0))
        written = as_in_pass(self, expression, use, loop, scope=scope)  # X[idx] after idx = perm[i:i + 32]
        if written is None:
            return None
        return _distinct_reads(written, [TensorReader(self, scope, order, {name: value}) for value in values])

    def _loader_tensors(self, use: ast.Call, scope: Scope) -> list | None:
        """``for xb, yb in loader: model(xb)``, the loader a DataLoader over a TensorDataset:
        the tensor of each batch size it gives (the last batch may be smaller)."""
        found = loader_batches(self, use, scope) or listed_batches(self, use, scope)
        if found is None:
            return None
        loop, batches = found
        written = as_in_pass(self, use.args[0], use, loop, scope=scope)
        if written is None:
            return None
        order = self.scopes.order_of.get(id(use), 0)
        return _distinct_reads(written, [TensorReader(self, scope, order, given=names) for names in batches]) or None

    def _tensor_of(self, use: ast.Call, scope: Scope, order: int) -> InputSpec | None:
        """The tensor a call of the model passes, when the source says what it is."""
        args = list(use.args) + [k.value for k in use.keywords if k.arg == "input"]
        if len(args) != 1 or len(use.keywords) > 1 or isinstance(args[0], ast.Starred):
            return None
        found = TensorReader(self, scope, order).read(self.cst_of(args[0]))
        if found is None and isinstance(args[0], ast.Name):
            value = _loop_body_value(args[0].id, use, self._loops(scope.node))
            if value is not None:  # for step in range(2): x = torch.randn(...); model(x)
                found = TensorReader(self, scope, self.scopes.order_of.get(id(value), order)).read(self.cst_of(value))
        loop = innermost_loop(self, use, scope) if found is None and isinstance(args[0], ast.Name) else None
        if loop is not None:  # for step in range(2): x, y = get_batch(); model(x)
            written = as_in_pass(self, args[0], use, loop)
            if written is not None and not isinstance(written, cst.Name):
                found = TensorReader(self, scope, order).read(written)
        return found


def _distinct_reads(written: cst.BaseExpression, readers: list) -> list | None:
    """What ``written`` is for each reader (one a pass of a loop), alike ones once; None
    when one of them does not know."""
    tensors = []
    for reader in readers:
        tensor = reader.read(written)
        if tensor is None:
            return None
        if tensor not in tensors:
            tensors.append(tensor)
    return tensors


_COMPOUND = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.FunctionDef,
             ast.AsyncFunctionDef, ast.ClassDef) + ((ast.Match,) if hasattr(ast, "Match") else ()) + \
            ((ast.TryStar,) if hasattr(ast, "TryStar") else ())


def _top_statement(body: list, node: ast.AST):
    """The statement of ``body`` itself (not inside an if, a loop, a with...) holding ``node``."""
    position = (node.lineno, node.col_offset)
    for stmt in body:
        if (stmt.lineno, stmt.col_offset) <= position and \
                (node.end_lineno, node.end_col_offset) <= (stmt.end_lineno, stmt.end_col_offset):
            return None if isinstance(stmt, _COMPOUND) else stmt
    return None


MAX_FACTORY_STEPS = 400  # statements run to see a default turned into a class
MAX_UNREAD_BUILDS = 2  # instances of one class, with symbolic sizes, whose forward is not read


def _symbolic_values(passed) -> bool:
    """Does a call pass a symbolic size (a parameter's, an input's)?"""
    args, keywords = passed
    return any(isinstance(v, expr.Expr) for v in list(args) + list(keywords.values()))


def _frozen(value, depth: int = 0):
    """A hashable stand-in for values the interpreter passes to a class (None when too deep):
    constants by value, symbolic sizes by form, layers and classes by identity."""
    if depth > 8:
        return None
    if isinstance(value, (list, tuple)):
        items = tuple(_frozen(v, depth + 1) for v in value)
        return None if any(i is None and v is not None for i, v in zip(items, value)) else \
            (type(value).__name__, items)
    if isinstance(value, dict):
        items = tuple((k, _frozen(v, depth + 1)) for k, v in value.items())
        return None if any(i is None and value[k] is not None for k, i in items) else (type(value).__name__, items)
    if isinstance(value, expr.Expr):
        return ("expr", type(value).__name__, value.key)
    if value is None or isinstance(value, (bool, int, float, str)):
        return (type(value).__name__, value)
    if isinstance(value, ClassValue):
        return ("class", id(value.x), value.name)
    if isinstance(value, ClassRef):
        return ("torch", value.qualified)
    return ("id", id(value))




def _defaults(function: ast.FunctionDef) -> dict:
    """Parameter name -> the ast of its default."""
    a = function.args
    positional = a.posonlyargs + a.args
    found = {p.arg: d for p, d in zip(positional[len(positional) - len(a.defaults):], a.defaults)}
    found.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
    return found


_PYTHON_BUILTINS = set(dir(__import__("builtins")))
_WORD = re.compile(r"\w+")


class _Uses:
    """What one walk of a file tells about the uses of its functions and classes, keyed by
    (read as a method ``.name``?, name): how often the name is written, the calls of it, the
    ``partial(name, ...)`` calls, the classes it is a base of; the calls through a local name
    or ``self.`` attribute (which may call a class passed as a value); and, per plain name,
    the dict displays bound to it, how often it is bound, and whether it is changed in place."""

    def __init__(self, statements: list, module: Scope, skipped: set, lines: list):
        self.names: dict = {}
        self.calls: dict = {}
        self.partials: dict = {}
        self.bases: dict = {}
        self.indirect: list = []
        self.dict_values: dict = {}
        self.stores: dict = {}
        self.changed: set = set()
        self.parameters: set = set()  # names some function of the file takes as a parameter
        self.module = module
        self.lines = lines
        # The definitions the pre-pass skipped are walked only when a name they say is asked
        # about: they are most of a file, and walking every file whole cost a tenth of a run.
        self.unwalked: list = []
        self._walk(statements, skipped)
        self._texts: dict = {}  # id(skipped definition) -> its text
        self._by_word: dict | None = None  # word -> the skipped definitions saying it, in order

    def complete_for(self, pattern: str) -> "_Uses":
        """Walk the skipped definitions whose text matches ``pattern`` (what is asked about
        can only be in them)."""
        if self.unwalked:
            found = re.compile(pattern)
            self._walk_skipped([d for d in self.unwalked if found.search(self._text(d))])
        return self

    def complete_for_name(self, name: str) -> "_Uses":
        """``complete_for(r"\\bname\\b")``, from an index of the words each skipped definition
        says (built once: a search of every definition per name asked cost more than the walk)."""
        if not _WORD.fullmatch(name):
            return self.complete_for(r"\b%s\b" % re.escape(name))
        if self.unwalked:
            if self._by_word is None:
                self._by_word = {}
                for definition in self.unwalked:
                    for word in set(_WORD.findall(self._text(definition))):
                        self._by_word.setdefault(word, []).append(definition)
            waiting = {id(d) for d in self.unwalked}
            self._walk_skipped([d for d in self._by_word.get(name, ()) if id(d) in waiting])
        return self

    def _text(self, definition) -> str:
        key = id(definition)
        if key not in self._texts:
            self._texts[key] = statement_text(definition, self.lines)
        return self._texts[key]

    def _walk_skipped(self, wanted: list) -> None:
        if wanted:
            walked = {id(d) for d in wanted}
            self.unwalked = [d for d in self.unwalked if id(d) not in walked]
            self._walk(wanted, set())

    def _walk(self, roots: list, skipped: set) -> None:
        stack = list(roots)
        while stack:
            node = stack.pop()
            if id(node) in skipped:
                self.unwalked.append(node)
                continue
            self._note(node)
            stack.extend(child_nodes(node))

    def _note(self, node) -> None:
        kind = type(node)
        if kind is ast.Name:
            key = (False, node.id)
            self.names[key] = self.names.get(key, 0) + 1
            if not isinstance(node.ctx, ast.Load):
                self.stores[node.id] = self.stores.get(node.id, 0) + 1
        elif kind is ast.Attribute:
            key = (True, node.attr)
            self.names[key] = self.names.get(key, 0) + 1
            if isinstance(node.value, ast.Name):
                self.changed.add(node.value.id)  # dd.update(...), or a method read
        elif kind is ast.Subscript and isinstance(node.value, ast.Name):
            self.changed.add(node.value.id)
        elif kind is ast.arg:
            self.parameters.add(node.arg)
        elif kind is ast.AugAssign and isinstance(node.target, ast.Name):
            self.changed.add(node.target.id)
        elif kind is ast.Assign and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and \
                isinstance(node.value, ast.Dict):
            self.dict_values.setdefault(node.targets[0].id, []).append(node.value)
        elif kind is ast.ClassDef:
            for base in node.bases:
                key = _use_key(base)
                if key is not None:
                    self.bases.setdefault(key, []).append(node)
        elif kind is ast.Call:
            self._call(node, self.module)

    def _call(self, node: ast.Call, module: Scope) -> None:
        key = _use_key(node.func)
        if key is not None:
            self.calls.setdefault(key, []).append(node)
        if node.args and (dotted(node.func) or "").endswith("partial"):
            first = _use_key(node.args[0])
            if first is not None:
                self.partials.setdefault(first, []).append(node)
        func = node.func
        if isinstance(func, ast.Name):
            if func.id not in module.bindings and func.id not in module.imports and \
                    func.id not in _PYTHON_BUILTINS:
                self.indirect.append(node)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
            self.indirect.append(node)


def _written_once(name: str, lines: list) -> bool:
    """Does the identifier ``name`` appear at most once in the file's text?"""
    pattern = re.compile(r"\b%s\b" % re.escape(name))
    seen = 0
    for line in lines:
        if name in line:
            seen += len(pattern.findall(line))
            if seen > 1:
                return False
    return True


def _use_key(node):
    """(read as an attribute?, name) of a name or attribute node; None for anything else."""
    if isinstance(node, ast.Name):
        return False, node.id
    if isinstance(node, ast.Attribute):
        return True, node.attr
    return None


def _super_inits(cls: ast.ClassDef) -> list:
    """The base-class constructor calls in ``cls``'s methods, each with how many of its first
    arguments are not the base's parameters: ``super().__init__(...)``, ``Base.__init__(self, ...)``."""
    found = []
    for item in cls.body:
        if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(item):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__":
                inner = node.func.value
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "super":
                    found.append((node, 0))
                elif isinstance(inner, (ast.Name, ast.Attribute)):
                    found.append((node, 1))
    return found


def _is_class(value) -> bool:
    """A layer class as a value: torch.nn's, the project's, a ``partial`` of one."""
    return isinstance(value, (ClassRef, ClassValue, PartialValue))


def _callee_name(function: ast.FunctionDef, scopes) -> tuple[str, bool] | None:
    """The name callers write to run ``function`` and whether it is a method's (``self.f``):
    a module function's own name, a module class's name for its ``__init__``; None when not
    known (a nested function, a class not at the module's top)."""
    for cls in scopes.classes.values():
        if any(item is function for item in cls.body):
            if function.name == "__init__":
                return cls.name, False
            return function.name, True
    if any(stmt is function for stmt in scopes.module.node.body):
        return function.name, False
    return None


def _loop_body_value(name: str, use: ast.Call, loops: list) -> ast.expr | None:
    """The value ``name`` holds at ``use`` when both stand in one loop's body: the body's last
    plain ``name = value`` before the statement holding ``use`` ran in the same pass, and no
    other statement of the body before the use binds the name.  ``loops``: the scope's loops
    without an else."""
    position = (use.lineno, use.col_offset)
    for loop in loops:
        value = body_value(name, use, loop.body, unpacking=False)
        if value is None:
            continue
        holder = next(s for s in loop.body if (s.lineno, s.col_offset) <= position <= (s.end_lineno, s.end_col_offset))
        evaluated = holder.value if isinstance(holder, ast.Assign) else holder  # its targets are bound after
        if not any(
                isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
                for n in ast.walk(evaluated) if (getattr(n, "lineno", 0), getattr(n, "col_offset", 0)) < position):
            return value
    return None


MAX_CALLS = 5  # calls of one model checked, each with its own input and mode
# torch.nn modules that run the modules given to them: their parameters, in order.
WRAPPERS = {"TransformerEncoder": ("encoder_layer", "norm"), "DataParallel": ("module",)}
MAX_CLASS_NESTING = 6  # module classes built inside module classes

# What changes which layers a model (or a list of layers) holds, besides adding at the end.
_EDITS = {"insert", "__setitem__", "__delitem__", "pop", "remove", "clear", "reverse", "sort"}

# Module methods through which a script reaches (and may change) single layers.
_REACHES_LAYERS = {"modules", "children", "named_modules", "named_children", "apply"}
_TENSOR_TYPES = {"FloatTensor": "float32", "DoubleTensor": "float64", "HalfTensor": "float16",
                 "BFloat16Tensor": "bfloat16"}

# Module methods that convert every parameter to one dtype.
_MODEL_CASTS = {"double": "float64", "float": "float32", "half": "float16", "bfloat16": "bfloat16"}



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


def _cst_calls(node: cst.CSTNode) -> list[cst.Call]:
    """Every call in a libcst expression, in source pre-order.  A walk of the nodes' fields,
    skipping whitespace and punctuation: libcst's visitor costs twice as much here."""
    calls: list[cst.Call] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, cst.Call):
            calls.append(current)
        children = []
        for name in _source_order(current):
            value = getattr(current, name)
            if isinstance(value, cst.CSTNode):
                children.append(value)
            elif isinstance(value, (list, tuple)):
                children.extend(v for v in value if isinstance(v, cst.CSTNode))
        stack.extend(reversed(children))
    return calls


def _source_order(node: cst.CSTNode) -> tuple:
    """The fields of ``node`` that can hold expressions, in the order they are written."""
    kind = type(node)
    names = _FIELDS.get(kind)
    if names is None:
        names = tuple(f for f in node.__dataclass_fields__ if not f.startswith("whitespace")
                      and f not in _PUNCTUATION)
        if kind is cst.IfExp:  # body if test else orelse
            names = ("body", "test", "orelse")
        _FIELDS[kind] = names
    return names


_FIELDS: dict = {}
_PUNCTUATION = {"lpar", "rpar", "comma", "operator", "lbracket", "rbracket", "lbrace", "rbrace", "dot",
                "equal", "colon", "star", "semicolon", "header", "footer", "leading_lines", "lines_after_decorators"}


def extract(reduced: Reduced, path: str | None = None) -> tuple[list[ModelSpec], list, list, list, list]:
    """The Sequential calls, notes about values not computed, module classes to follow,
    errors torch raises outside the models (in building their dummy input), and the loss
    calls on known tensors.  ``path`` names the file: names it imports from other files of
    the project resolve from there."""
    from seqlint.extract.classes import ChainReader
    from seqlint.extract.losses import loss_calls

    extractor = Extractor(reduced, path)
    models = extractor.models()
    reader = ChainReader(extractor, extractor._specs)
    chains = reader.chains() + reader.built_by_functions() + reader.standalone_layers()
    chains += project.chains(reader)  # classes and build functions imported from other files
    for chain in chains:
        chain.describes = id(chain.input) not in reader.later_inputs
    return models, extractor.notes, chains, extractor.errors, loss_calls(extractor, chains)


# Last: project.py extends Extractor (for the files a checked file imports from).
from seqlint.extract import project  # noqa: E402

