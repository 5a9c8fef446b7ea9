"""Module classes whose ``forward`` is a straight chain of their submodules.

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(...)
            self.fc = nn.Linear(32 * 8 * 8, 10)

        def forward(self, x):
            x = self.features(x)
            x = x.view(x.size(0), -1)
            return self.fc(x)

    net = Net()
    net(torch.randn(1, 3, 28, 28))

The dummy tensor given to the instance flows through ``forward``: each submodule gets what
the previous step gives.  Only forwards made entirely of steps read here are followed
(submodule calls, element-wise functions, flatten/view); anything else and the class is left
alone, its Sequentials checked on their own as before.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from seqlint.extract import project
from seqlint.extract.scopes import SEQUENTIAL, dotted, enumerated
from seqlint.extract.spec import Argument, ForwardChain, ForwardStep, InputSpec, LayerCall, ModelSpec, ModuleInstance
from seqlint.extract.tensors import TORCH_FACTORIES, TensorReader

if TYPE_CHECKING:
    from seqlint.extract.models import Extractor

# Functions of one tensor that keep its shape (their other arguments are options).
SHAPE_KEEPING = {
    "relu", "relu6", "gelu", "silu", "elu", "selu", "celu", "leaky_relu", "sigmoid", "tanh",
    "mish", "hardswish", "hardsigmoid", "softplus", "softsign", "dropout", "alpha_dropout",
    "softmax", "log_softmax", "softmin", "logsigmoid", "tanhshrink", "hardtanh",
    # normalisations: the shape stays (torch raises if the weights do not fit; not checked)
    "layer_norm", "group_norm", "batch_norm", "instance_norm", "rms_norm", "normalize",
}
SHAPE_KEEPING_PREFIXES = ("torch.nn.functional.", "torch.")


@dataclass(frozen=True)
class SizeTuple:
    """A tuple of sizes forward builds (``(x.shape[0],) + (1,) * (x.ndim - 1)``): size items
    (see _Dataflow.size_item), or ("fill", item, count) for ``(item,) * count``."""

    items: tuple


@dataclass(frozen=True)
class Choice:
    """A submodule ``__init__`` chose by a test not known here (``DropPath(p) if p > 0. else
    nn.Identity()``): either of ``modules``.  Neither is certainly built, so neither's
    constructor is checked; a call of it runs both (a "branch" step)."""

    modules: tuple


@dataclass
class SeveralInputs(ModuleInstance):
    """A module class of the project whose forward takes several tensors (``layer(x, adj)``):
    a Sequential cannot run it (no steps for a walk); a forward calling it with all of them
    runs its operations in its own (``_Dataflow.inlined``)."""

    parameters: tuple = ()  # forward's parameters after self
    required: int = 0  # how many of them have no default
    forward_steps: list = field(default_factory=list)
    forward_result: str = ""


class ChainReader:
    def __init__(self, extractor: "Extractor", specs: dict):
        self.x = extractor
        self.specs = specs  # id(ast Call of a Sequential) -> ModelSpec
        self.call_sites: dict = {}  # id(tensors read) -> the call of the instance that passes them
        # ids of inputs read for a call that follows one whose input is not known: that
        # call's shapes are checked but do not describe the model (its first call does)
        self.later_inputs: set[int] = set()

    def chains(self) -> list[ForwardChain]:
        found = []
        module = self.x.scopes.module
        # Every class of the module, those the pre-pass skipped too: a class that never says
        # Sequential (its layers come from a helper) still has a forward to follow.
        for stmt in self.x.scopes.classes.values():
            if not self.x.scopes.calls_of.get(stmt.name) and id(stmt) in self.x.reduced.skipped:
                continue  # never instantiated here, and nothing in it was read
            methods = {s.name: s for s in stmt.body if isinstance(s, ast.FunctionDef)}
            if "__init__" in methods and any(_qualified(b, module) == SEQUENTIAL for b in stmt.bases):
                found.extend(self._sequential_subclass(stmt, methods["__init__"], module))
                continue
            own = self.inherited(stmt)  # its own, or a base class's of this file
            if own is None or own[0][1] is not self.x or own[1][1] is not self.x:
                continue
            (forward, _), (init, _) = own
            arguments = [a.arg for a in forward.args.args[1:]]
            written = None  # the class's own submodules, sizes from its parameters
            pragma = self.x._pragma(stmt.lineno) or self.x._pragma(forward.lineno)
            if pragma is not None and arguments:
                # # seqlint: input=(N, 1, 28, 28) on the class or its forward
                written = self._submodules(init)
                read = self._forward(forward, written)
                if read is not None:
                    steps, result = read
                    found.append(ForwardChain(stmt.name, pragma, True, steps, {}, result, arguments[0]))
            for call, scope, tensors, (training, cast) in self._instances(stmt.name, module):
                if len(tensors) > len(arguments):
                    continue  # torch raises a TypeError; not a shape question
                tensor = tensors[0]
                more = dict(zip(arguments[1:], tensors[1:]))
                # Each instance is built with the values its constructor call gives.
                modules = self._instance_modules(init, call, scope, methods=self.class_methods(stmt),
                                                 constants=self.chain_constants(stmt))
                params = {}
                if modules is None:
                    written = written if written is not None else self._submodules(init)
                    modules, params = written, self._params(init, call, scope)
                more.update(_kept(modules))
                steps, result = self._forward(forward, modules) or ([], "")
                if steps or (params == {} and _built(modules)):
                    found.append(ForwardChain(stmt.name, tensor, training, steps, params, result, arguments[0], more,
                                              cast, _built(modules), self.call_sites.get(id(tensors))))
        return found

    def instance(self, cls: ast.ClassDef, call: ast.Call, scope, env: dict | None,
                 caller_x=None) -> ModuleInstance | None:
        """A module class of the project used as a layer (``ResidualBlock(32, 64)``): built
        with the call's values, its forward read as operations.  ``caller_x``: the extractor
        of the file ``call`` is in, when the class is another file's (project.py)."""
        module = self.x.scopes.module
        methods = {s.name: s for s in cls.body if isinstance(s, ast.FunctionDef)}
        if any(_qualified(b, module) == SEQUENTIAL for b in cls.bases):
            return self.sequential_instance(methods.get("__init__"), call, scope, env, caller_x)
        found = self.inherited(cls)  # forward or __init__ of a base class of the project
        if found is None:
            return None
        (forward, forward_x), (init, init_x) = found
        # A Sequential passes one tensor: forward's other parameters take their defaults.
        required = len(forward.args.args) - len(forward.args.defaults) if forward is not None else 0
        if required < 2 or (required > 2 and forward_x is not self.x):
            return None
        if init is None:
            modules = {}
        elif init_x is self.x:
            modules = self._instance_modules(init, call, scope, env, caller_x, self.class_methods(cls),
                                             self.chain_constants(cls))
        else:  # class B(A) without an __init__ of its own, A another file's: built there
            modules = project.inherited_modules(self.x, init_x, init, call, scope, env, caller_x or self.x,
                                                self.chain_constants(cls))
        if modules is None:
            return None
        # A forward not read still leaves the submodules' constructors to check.
        own = any(item is forward for item in cls.body)
        if forward_x is self.x:  # an inherited forward calls the instance's class's methods
            methods = None if own else (self.class_methods(cls) or {})
            steps, result = self._forward(forward, modules, needs_module=False, methods=methods) or ([], "")
        else:
            steps, result = project.inherited_forward(self.x, forward_x, forward, modules) or ([], "")
        if required > 2:  # forward needs several tensors: what a Sequential gets from it is not known
            return SeveralInputs(cls.name, [], "", forward.args.args[1].arg, _built(modules), _kept(modules),
                                 tuple(a.arg for a in forward.args.args[1:]), required - 1, steps, result)
        return ModuleInstance(cls.name, steps, result, forward.args.args[1].arg, _built(modules), _kept(modules))

    def class_methods(self, cls: ast.ClassDef | None) -> dict | None:
        """name -> FunctionDef: the methods of the class (and of its base classes of this
        file) an instance of exactly that class calls through ``self``; None if not known."""
        if cls is None:
            return None
        methods: dict = {}
        current = cls
        for _ in range(MAX_BASES + 1):
            for item in current.body:
                if isinstance(item, ast.FunctionDef) and item.name not in methods:
                    methods[item.name] = item
            base = _base_class(current, self.x)
            if base == "module":
                return methods
            if base is None or base[1] is not self.x:
                return None  # a method of a base not read could be any
            current = base[0]
        return None

    def chain_constants(self, cls: ast.ClassDef | None) -> dict:
        """``self.NAME`` -> the constant an instance of exactly ``cls`` reads: the class's own,
        else the nearest base class's that binds the name (a name bound in no class read, or
        to what is not a constant, is left out: unknown)."""
        found: dict = {}
        bound: set = set()
        current, x = cls, self.x
        for _ in range(MAX_BASES + 1):
            if current is None:
                break
            constants, names = _body_constants(current)
            for key, value in constants.items():
                if key[5:] not in bound:
                    found[key] = value
            bound |= names
            base = _base_class(current, x)
            if base is None or base == "module":
                break
            current, x = base
        return found

    def inherited(self, cls: ast.ClassDef):
        """((forward, its file's extractor), (__init__, its file's extractor)) of the class,
        each its own or the nearest base class's of the project (single inheritance, a few
        levels); a missing one is (None, None).  None when a base is not known (neither
        torch.nn.Module nor a class of the project): what it defines is not known."""
        forward = init = (None, None)
        current, x = cls, self.x
        for _ in range(MAX_BASES + 1):
            methods = {s.name: s for s in current.body if isinstance(s, ast.FunctionDef)}
            if forward[0] is None and "forward" in methods:
                forward = (methods["forward"], x)
            if init[0] is None and "__init__" in methods:
                init = (methods["__init__"], x)
            if forward[0] is not None and init[0] is not None:
                return forward, init
            base = _base_class(current, x)
            if base is None:
                return None
            if base == "module":
                return forward, init
            current, x = base
        return None

    def super_init_hook(self, init: ast.FunctionDef, constants: dict | None = None):
        """What ``super().__init__(...)`` in ``init`` does when the base is a class of the
        project: its ``__init__`` runs on the same ``self`` (the attributes it sets are the
        instance's); None when it is torch.nn.Module's or not known."""
        cls = _owner_class(init, self.x.scopes.classes)
        base = _base_class(cls, self.x) if cls is not None else None
        if base is None or base == "module":
            return None
        found = ChainReader(base[1], base[1]._specs).inherited(base[0]) if base[1] is self.x else \
            project.inherited_of(self.x, base[1], base[0])
        if found is None or found[1][0] is None:
            return None
        base_init, base_x = found[1]

        def super_init(interp, call):
            passed = interp.call_arguments(call)
            if passed is None:
                return  # what the base sets is not known: those attributes stay unknown
            values = project.run_base_init(interp, base_x, base_init, passed, constants) \
                if base_x is not interp.x else \
                ChainReader(base_x, base_x._specs).run_init(base_init, passed, interp.depth + 1, interp.methods,
                                                            constants)
            for key, value in (values or {}).items():
                if key.startswith("self."):
                    interp.env[key] = value

        return super_init

    def run_init(self, init: ast.FunctionDef, passed, depth: int = 0, methods=None,
                 constants: dict | None = None) -> dict | None:
        """The names' values after ``init`` runs with ``passed`` (args, keywords), or None."""
        from seqlint.extract.layer_lists import MAX_CALL_DEPTH, Interpreter
        from seqlint.shapes.expr import UNKNOWN

        function_scope = self.x.scopes.scope_of(init)
        if function_scope is None or depth > MAX_CALL_DEPTH:
            return None
        builder = Interpreter(self.x, function_scope, depth=depth)
        builder.env.update(constants or {})  # the instance's class's, not the base's alone
        builder.on_super_init = self.super_init_hook(init, constants)
        builder.methods = methods  # self.f() calls the instance's own class's f
        if not builder.bind_arguments(init, [UNKNOWN, *passed[0]], passed[1]):
            return None
        return builder.run_body(init.body)

    def sequential_instance(self, init, call: ast.Call, scope, env: dict | None, caller_x=None) -> ModelSpec | None:
        """An ``nn.Sequential`` subclass called as a layer (``ConvGN(256, 90)``): the layers its
        ``super().__init__(...)`` passes, with the call's values."""
        from seqlint.extract.layer_lists import Interpreter

        if init is None:
            return None
        supers = [s.value for s in init.body if isinstance(s, ast.Expr) and _is_super_init(s.value)]
        function_scope = self.x.scopes.scope_of(init)
        if len(supers) != 1 or function_scope is None:
            return None
        x = caller_x or self.x  # the call's file
        caller = Interpreter(x, scope, env if env is not None else (x._env_at(call, scope) or {}))
        passed = caller.call_arguments(call)  # ConvGN(256, 90, **dd): known dicts spread
        if passed is None:
            return None
        builder = Interpreter(self.x, function_scope)
        if not builder.bind_arguments(init, [None, *passed[0]], passed[1]):
            return None
        if _grows_self(init):  # super().__init__() then self.add_module(...): self is the list
            return self._grown_sequential(builder, init, supers[0])
        inner = builder.run_until(init.body, supers[0])
        parsed = self.x.cst_of(supers[0])
        if inner is None or parsed is None:
            return None
        return self.x._model(parsed, function_scope, self.x._specs, self.x._nested, inner)

    def _grown_sequential(self, builder, init: ast.FunctionDef, super_call: ast.Call) -> ModelSpec | None:
        """An ``nn.Sequential`` subclass whose ``__init__`` adds layers to ``self`` after
        ``super().__init__(...)`` (``self.add_module("bn", nn.BatchNorm2d(c))``): all of
        ``__init__`` runs, ``self`` being the Sequential filled."""
        from seqlint.extract.layer_lists import Building, OrderedLayers

        def super_init(interp, call):
            passed = interp.call_arguments(call)
            if passed is None or passed[1]:
                interp.env["self"] = None  # not followed: what self holds is not known
                return
            args = passed[0]
            if len(args) == 1 and isinstance(args[0], OrderedLayers):
                args = list(args[0].values())
            interp.env["self"] = Building(args)

        builder.on_super_init = super_init
        env = builder.run_body(init.body)
        built = env.get("self") if env is not None else None
        if not isinstance(built, Building):
            return None
        layers = [self.x._layer_of_value(value, None, self.x._specs, self.x._nested) for value in built]
        return ModelSpec(name=None, span=self.x._span(super_call), layers=layers, nested=True, synthetic=True)

    def _instance_modules(self, init: ast.FunctionDef, call: ast.Call, scope, env: dict | None = None,
                          caller_x=None, methods="own", constants: dict | None = None) -> dict | None:
        """``self.NAME`` -> its model, for the instance ``call`` builds: ``__init__`` run by
        ``layer_lists`` with the call's arguments.  None when ``__init__`` is not followed."""
        from seqlint.extract.layer_lists import Interpreter, ModuleListValue
        from seqlint.shapes.expr import UNKNOWN

        function_scope = self.x.scopes.scope_of(init)
        if function_scope is None:
            return None
        x = caller_x or self.x  # the call's file
        caller = Interpreter(x, scope, env if env is not None else (x._env_at(call, scope) or {}))
        passed = caller.call_arguments(call)  # Block(3, 8, **dd): known dicts spread
        if passed is None:
            return None
        args, keywords = passed
        builder = Interpreter(self.x, function_scope)
        owner = _owner_class(init, self.x.scopes.classes) if methods == "own" or constants is None else None
        if constants is None:  # an instance of the class whose __init__ it is
            constants = self.chain_constants(owner)
        builder.env.update(constants)  # self.expansion: the class's constant
        builder.on_super_init = self.super_init_hook(init, constants)  # a base class of the project's __init__
        if methods == "own":
            methods = self.class_methods(owner)
        builder.methods = methods  # self._make_layer(...) of exactly that class
        if builder.call(init, [UNKNOWN, *args], keywords) is UNKNOWN:
            return None
        modules = {}
        for key, value in builder.env.items():
            if key.startswith("self.") and key.count(".") == 1:
                tensor = self._instance_tensor(value)
                if tensor is not None:  # self.pos = nn.Parameter(torch.zeros(1, max_len, dim))
                    modules[key[5:]] = tensor
                elif _constant(value) or isinstance(value, (bool, float)):  # self.shape = shape: read by view
                    modules[key[5:]] = value
                elif value is None:  # self.downsample = None: read by forward's tests
                    modules[key[5:]] = NONE
                elif isinstance(value, ModuleListValue):  # nn.ModuleList([...]), filled or appended
                    listed = [self._instance_module(v, f"{key}[{i}]") for i, v in enumerate(value)]
                    modules[key[5:]] = listed if all(m is not None for m in listed) else None
                else:
                    modules[key[5:]] = self._instance_module(value, key)
        return modules

    def _instance_tensor(self, value):
        """A tensor an instance keeps (a Parameter, a buffer made by a torch factory)."""
        from seqlint.extract.layer_lists import Item

        if not isinstance(value, Item) or not isinstance(value.node, ast.Call):
            return None
        if project.owner(self.x, value.scope) is not None:
            return None  # written in another file (passed in): not read here
        node = value.node
        qualified = _qualified(node.func, value.scope) or ""
        if qualified in ("torch.nn.Parameter", "torch.nn.parameter.Parameter") and len(node.args) >= 1:
            node = node.args[0]
        elif not qualified.startswith("torch.") or qualified[6:] not in TORCH_FACTORIES:
            return None
        parsed = self.x.cst_of(node)
        order = self.x.scopes.order_of.get(id(node), 1 << 62)
        return TensorReader(self.x, value.scope, order, value.env).read(parsed) if parsed is not None else None

    def _instance_module(self, value, name: str) -> ModelSpec | Choice | None:
        from seqlint.extract.layer_lists import Building, Either, Item

        if isinstance(value, (Either, Item)) and (isinstance(value, Either) or isinstance(value.node, ast.IfExp)):
            # DropPath(p) if p > 0. else nn.Identity(), or an if statement in __init__, the test
            # not known here: either module
            ways = value.ways if isinstance(value, Either) else \
                [Item(part, value.env, value.scope) for part in (value.node.body, value.node.orelse)]
            modules = [self._instance_module(way, name) for way in ways]
            return Choice(tuple(modules)) if len(modules) == 2 and all(isinstance(m, ModelSpec) for m in modules) \
                else None
        if not isinstance(value, (Item, Building)):
            return None
        layer = self.x._layer_of_value(value, None, self.x._specs, self.x._nested)
        if layer.model is not None and not layer.repeated:
            layer.model.name = layer.model.name or name
            return layer.model
        if (layer.type_name is None and layer.instance is None) or layer.not_a_module:
            return None
        return ModelSpec(name=name, span=layer.span, layers=[layer], synthetic=True)

    def standalone_layers(self) -> list[ForwardChain]:
        """torch.nn layers a script builds at the top level outside any Sequential
        (``encoder = nn.TransformerEncoder(...)``): torch runs their constructors too."""
        from seqlint.extract.models import WRAPPERS
        from seqlint.extract.scopes import qualify_name
        from seqlint.layers import registry

        module = self.x.scopes.module
        inside = {id(n) for call, scope in self.x.scopes.sequential_calls if scope is module for n in ast.walk(call)}
        modules = []
        for uses in module.uses.values():
            for _, _, call in uses:
                if not isinstance(call, ast.Call) or id(call) in inside:
                    continue
                qualified = qualify_name(dotted(call.func), module) or ""
                name = qualified[9:] if qualified.startswith("torch.nn.") else ""
                if name not in registry() and name not in WRAPPERS:
                    continue
                parsed = self.x.cst_of(call)
                if parsed is None:
                    continue
                layer = self.x._layer(parsed, module, self.x._specs, self.x._nested, parsed, name, None, False)
                modules.append(ModelSpec(name=name, span=layer.span, layers=[layer], synthetic=True))
        if not modules:
            return []
        # No forward to run: only the constructors are checked.
        return [ForwardChain("<module>", InputSpec(()), True, [], modules=sorted(modules, key=lambda m: m.span.line))]

    def built_by_functions(self) -> list[ForwardChain]:
        """``model = build(3, 10)`` then ``model(x)``, where the module's ``build`` returns a
        Sequential: that model, built with the call's values, gets x."""
        from seqlint.extract.layer_lists import Building, Interpreter, Item

        found = []
        for name, function in self.x.scopes.functions.items():
            if len(self.x.scopes.module.bindings.get(name, [])) != 1:
                continue
            for call, scope in self.x.scopes.calls_of.get(name, []):
                if scope is not self.x.scopes.module and name in scope.bindings:
                    continue  # shadowed
                uses = list(self._uses_of_instance(call, scope))
                if not uses:
                    continue
                value = Interpreter(self.x, scope, self.x._env_at(call, scope) or {}).value(call)
                if not isinstance(value, (Item, Building)) or (isinstance(value, Item) and value.node is call):
                    continue
                layer = self.x._layer_of_value(value, None, self.x._specs, self.x._nested)
                if layer.model is None or layer.repeated:
                    continue
                layer.model.name = f"{name}(...)"
                steps = [ForwardStep("module", layer.model.span, model=layer.model, inputs=("x",), output="y")]
                for tensors, training, cast in uses:
                    if len(tensors) == 1:
                        found.append(ForwardChain(name, tensors[0], training, steps, result="y", argument="x",
                                                  cast=cast))
        return found

    def _sequential_subclass(self, cls: ast.ClassDef, init: ast.FunctionDef, module):
        """``class MLP(nn.Sequential)`` whose ``__init__`` calls ``super().__init__(layers...)``:
        each instance called with a dummy tensor is that Sequential, built with its call's values."""
        for call, where in self.x.scopes.calls_of.get(cls.name, []):
            if where is not module and cls.name in where.bindings:
                continue
            uses = list(self._uses_of_instance(call, where))
            if not uses:
                continue  # never called on a dummy tensor: nothing to run (its layers are read where used)
            model = self.sequential_instance(init, call, where, None)
            if model is None:
                continue
            model.name = cls.name
            steps = [ForwardStep("module", model.span, model=model, inputs=("x",), output="y")]
            for tensors, training, cast in uses:
                if len(tensors) == 1:
                    yield ForwardChain(cls.name, tensors[0], training, steps, result="y", argument="x", cast=cast)

    # -- __init__: what each self.NAME is --

    def _submodules(self, init: ast.FunctionDef) -> dict:
        scope = self.x.scopes.function_scopes.get(id(init))
        names: dict = {}
        if scope is None:
            return names
        for stmt in init.body:
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
                continue
            target = stmt.targets[0]
            if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                    and target.value.id == "self"):
                continue
            if target.attr in names:  # assigned twice: which one forward sees is not read here
                names[target.attr] = None
                continue
            names[target.attr] = self._module_of(stmt.value, scope, f"self.{target.attr}")
        return names

    def _module_of(self, value, scope, name: str) -> ModelSpec | None:
        if not isinstance(value, ast.Call):
            return None
        if id(value) in self.specs:
            return self.specs[id(value)]
        from seqlint.layers import layer_type

        type_name = layer_type(_qualified(value.func, scope))  # torch.nn, or a library layer with a rule
        if type_name is None:
            return None
        parsed = self.x.cst_of(value)
        if parsed is None:
            return None
        layer: LayerCall = self.x._layer(parsed, scope, self.x._specs, self.x._nested, parsed, name)
        layer.display = type_name.rsplit(".", 1)[-1]
        return ModelSpec(name=name, span=layer.span, layers=[layer], synthetic=True)

    # -- forward: operations on named values --

    def _forward(self, forward: ast.FunctionDef, modules: dict, needs_module: bool = True, methods=None):
        """(steps, result name) of ``forward``'s body, read up to the first statement not
        understood (what runs before it is checked; nothing after it is guessed); None when
        nothing worth following is read."""
        args = forward.args
        if len(args.args) < 2 or args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
            return None
        flow = _Dataflow(self, modules, [a.arg for a in args.args[1:]], self.x.scopes.scope_of(forward))
        # The methods self.f() calls: the instance's class's (given), else those beside forward.
        flow.methods = {k: v for k, v in methods.items() if v is not forward} if methods is not None else \
            _methods_beside(forward, self.x.scopes.classes)
        result = flow.body(forward.body)
        if needs_module and not any(step.kind == "module" for step in flow.steps):
            return None
        if not flow.steps and not result:
            return None
        return flow.steps, result

    # -- where the class is used --

    def _instances(self, class_name: str, module):
        """(constructor call, its scope, input, training) for each instance of the class
        called with a dummy tensor."""
        for call, scope in self.x.scopes.calls_of.get(class_name, []):
            if scope is module or class_name not in scope.bindings:  # not shadowed locally
                for tensors, training, cast in self._uses_of_instance(call, scope):
                    yield call, scope, tensors, (training, cast)

    def _params(self, init: ast.FunctionDef, call: ast.Call, scope) -> dict:
        """The int values the constructor call gives ``__init__``'s parameters (defaults too)."""
        a = init.args
        names = [p.arg for p in a.posonlyargs + a.args][1:]
        defaults = dict(zip(names[len(names) - len(a.defaults):], a.defaults))
        defaults.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
        given = dict(zip(names, call.args))
        given.update({k.arg: k.value for k in call.keywords if k.arg})
        if any(isinstance(v, ast.Starred) for v in call.args) or any(k.arg is None for k in call.keywords):
            return {}
        values = {}
        for name in names + [p.arg for p in a.kwonlyargs]:
            node, where = (given[name], scope) if name in given else (defaults.get(name), self.x.scopes.module)
            parsed = self.x.cst_of(node) if node is not None else None
            value = self.x.folder(where).fold(parsed) if parsed is not None else None
            if isinstance(value, int) and not isinstance(value, bool):
                values[name] = value
        return values

    def _uses_of_instance(self, call: ast.Call, scope):
        """(tensors, training, cast) for each call of the instance ``call`` builds, up to the
        first one; cast: the dtype ``.double()`` / ``.to(torch.float64)`` gave its weights."""
        from seqlint.extract.models import _MODEL_CASTS

        scopes = self.x.scopes
        training, cast = True, None
        for method, outer in self.x._chain(call):  # model = Net().to(device).eval()
            if method in _MODEL_CASTS:
                cast = _MODEL_CASTS[method]
            elif method == "to":
                cast = self.x._cast_of_to(outer, scope, cast)
            elif method not in ("cuda", "cpu", "eval", "train"):
                return
            training = {"eval": False, "train": True}.get(method, training)
            call = outer
        caller = scopes.called_with.get(id(call))
        if caller is not None:  # Net()(x)
            tensors = self._tensors(caller, scope)
            if tensors:
                self.call_sites[id(tensors)] = caller
                yield tensors, training, cast
            return
        target = scopes.assigned_to.get(id(call))
        if not isinstance(target, ast.Name):
            return
        created = scopes.order_of[id(call)]
        calls = 0
        unknown_first = False  # the first call's input is not known
        # Rebinding the name ends the instance's story, unless it is net = net.to(device).
        rebound = [b[0] for b in scope.bindings.get(target.id, [])
                   if b[0] > created and b[1] is not call and not self.x._continues(b[1], target.id)]
        for order, method, use in sorted(scope.uses.get(target.id, []), key=lambda u: u[0]):
            if rebound and order >= min(rebound):
                return  # the name holds something else from here
            if order <= created:
                continue
            if method == "eval":
                training = False
            elif method == "train":
                training = not (use.args and isinstance(use.args[0], ast.Constant) and use.args[0].value is False)
            elif method in (None, "forward"):
                # Each call is checked with its own input (a 100x100 and then a 90x90 image).
                tensors = self._tensors(use, scope)
                # for xb, yb in loader: net(xb) -- each batch size the loop passes
                passes = [tensors] if tensors else [[t] for t in self._passes(use, scope)]
                for each in passes:
                    self.call_sites[id(each)] = use
                    if unknown_first or each is not passes[0]:
                        self.later_inputs.add(id(each[0]))
                    yield each, training, cast
                if not passes and calls == 0:
                    unknown_first = True
                calls += 1
                if calls >= MAX_INSTANCE_CALLS:
                    return
            elif method in _MODEL_CASTS:
                cast = _MODEL_CASTS[method]
            elif method == "to":
                cast = self.x._cast_of_to(use, scope, cast)
            elif method == "apply":  # net.apply(weights_init): the layers' mode and dtype may change
                training, cast = None, "?"
            elif method not in ("cuda", "cpu") and method not in READ_ONLY_METHODS and \
                    _pure_method(self.instance_method(call, method)) is None:
                return  # something else done to the model: not followed

    def _passes(self, use: ast.Call, scope) -> list:
        """The tensors a call in a loop gets, pass by pass (a literal list of dummies, the
        slices of a batch loop, a DataLoader's batches); [] when not read."""
        if len(use.args) != 1 or use.keywords or isinstance(use.args[0], ast.Starred):
            return []
        return self.x._loop_tensors(use, scope) or self.x._batch_tensors(use, scope) or []

    def _tensors(self, use: ast.Call, scope) -> list | None:
        """The tensors a call of an instance passes (None for one not known); None when
        the first is not known or the call is not read (keywords, ``*args``)."""
        if not use.args or use.keywords or any(isinstance(a, ast.Starred) for a in use.args):
            return None
        order = self.x.scopes.order_of[id(use)]
        tensors = [self.x._tensor_of(_single_argument_call(use, arg), scope, order) for arg in use.args]
        for i, arg in enumerate(use.args[1:], 1):  # model(x, state), state = model.init_hidden(b)
            if tensors[i] is None:
                tensors[i] = TensorReader(self.x, scope, order).read_tuple(self.x.cst_of(arg))
            if tensors[i] is None and isinstance(arg, ast.Name):  # h = tuple(... for e in h) in the loop
                from seqlint.extract.models import _loop_body_value

                value = _loop_body_value(arg.id, use, self.x._loops(scope.node))
                if value is not None:
                    where = self.x.scopes.order_of.get(id(value), order)
                    tensors[i] = TensorReader(self.x, scope, where).read_tuple(self.x.cst_of(value))
        return tensors if tensors[0] is not None else None

    def class_built_by(self, call: ast.Call) -> ast.ClassDef | None:
        return self.x.scopes.classes.get(call.func.id) if isinstance(call.func, ast.Name) else None

    def instance_method(self, call: ast.Call, name: str) -> ast.FunctionDef | None:
        """The method ``name`` of the module class ``call`` builds (its own, or a base's of
        this file)."""
        cls = self.class_built_by(call)
        return (self.class_methods(cls) or {}).get(name) if cls is not None else None

    def instance_constants(self, call: ast.Call, scope) -> dict | None:
        """``self.NAME`` -> the number or tuple of ints the instance ``call`` builds keeps
        (``self.hidden = hidden``); None when its ``__init__`` is not followed."""
        cls = self.class_built_by(call)
        own = self.inherited(cls) if cls is not None else None
        if own is None or own[1][0] is None or own[1][1] is not self.x:
            return None
        modules = self._instance_modules(own[1][0], call, scope, methods=self.class_methods(cls),
                                         constants=self.chain_constants(cls))
        if modules is None:
            return None
        return {f"self.{k}": v for k, v in modules.items()
                if _constant(v) or (isinstance(v, float) and not isinstance(v, bool))}


def _pure_method(method: ast.FunctionDef | None) -> ast.Return | None:
    """The ``return`` of a method that changes nothing (``init_hidden``: local names bound,
    tensors made and returned), else None: what any other method does to the instance is
    not known."""
    if method is None or method.decorator_list:
        return None
    body = method.body[1:] if method.body and isinstance(method.body[0], ast.Expr) and \
        isinstance(method.body[0].value, ast.Constant) else method.body
    if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None or \
            not all(isinstance(s, ast.Assign) and all(isinstance(t, ast.Name) for t in s.targets) for s in body[:-1]):
        return None
    for node in ast.walk(method):
        if isinstance(node, (ast.Lambda, ast.NamedExpr, ast.Yield, ast.YieldFrom, ast.Await)):
            return None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == "self" and \
                node.func.attr not in READ_ONLY_METHODS:
            return None  # self.reset(), self.lstm(x): may change the instance
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in PURE_BUILTINS \
                and node.func.id != "next":
            return None  # a function of the project: anything
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr.endswith("_") \
                and _root_name(node.func.value) in ("self", None):
            return None  # self.h.zero_(): changes what the instance keeps
    return body[-1]


def _root_name(node) -> str | None:
    """The name a chain of attributes, calls and indexing starts from (``self`` for
    ``self.h[0].data``, ``weight`` for ``weight.new(n, b, h)``), else None."""
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _one_parameter(arguments: ast.arguments) -> bool:
    """A lambda of exactly one plain parameter: ``lambda t: ...``."""
    return len(arguments.args) == 1 and not (arguments.posonlyargs or arguments.vararg or arguments.kwonlyargs
                                             or arguments.kwarg or arguments.defaults)


def _enumerated(iterable, target):
    """``for i, item in enumerate(things)``: (things, "i" or None when not a plain name, the
    item's Name), or None for any other loop."""
    found = enumerated(iterable, target)
    if found is None or not isinstance(found[2], ast.Name):
        return None
    things, index, item = found
    return things, index.id if isinstance(index, ast.Name) else None, item


def _single_argument_call(use: ast.Call, arg) -> ast.Call:
    """``use`` as if ``arg`` were its only argument (to read each tensor a call passes)."""
    call = ast.Call(func=use.func, args=[arg], keywords=[])
    return ast.copy_location(call, use)


def _qualified(func, scope) -> str | None:
    from seqlint.extract.scopes import qualify_name

    return qualify_name(dotted(func), scope)


MAX_BASES = 4  # base classes of the project followed above a class


def _base_class(cls: ast.ClassDef, x):
    """The one base class of ``cls``: "module" for torch.nn.Module, (ClassDef, extractor)
    for a class of the project, None for anything else (several bases, a class not found)."""
    bases = [b for b in cls.bases if _qualified(b, x.scopes.module) not in ("typing.Generic",)]
    if len(bases) != 1 or cls.keywords:
        return None
    qualified = _qualified(bases[0], x.scopes.module)
    if qualified == "torch.nn.Module":
        return "module"
    written = dotted(bases[0])
    if written is None or (qualified or "").startswith("torch."):
        return None
    if written in x.scopes.classes and len(x.scopes.module.bindings.get(written, [])) == 1:
        return x.scopes.classes[written], x
    found = project.definition(x, written, x.scopes.module)
    if found is not None and found.kind == "class" and found.node is not None:
        return found.node, found.x
    return None


def _grows_self(init: ast.FunctionDef) -> bool:
    """Does ``__init__`` do more to ``self`` than pass its layers to ``super().__init__``: add
    some (``self.add_module(...)``, ``self.append(...)``), or set an attribute (a module set
    as ``self.proj = ...`` is one more layer of the Sequential)?"""
    for node in ast.walk(init):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == "self" and \
                node.func.attr not in ("__init__",):
            return True
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, (ast.Store, ast.Del)) and \
                isinstance(node.value, ast.Name) and node.value.id == "self":
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr":
            return True
    return False


def _is_super_init(node) -> bool:
    """``super().__init__(...)`` or ``super(Cls, self).__init__(...)``."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
            and isinstance(node.func.value, ast.Call) and isinstance(node.func.value.func, ast.Name)
            and node.func.value.func.id == "super")


def _int(node) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _int(node.operand)
        return None if inner is None else -inner
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        left, right = _int(node.left), _int(node.right)
        return None if left is None or right is None else left * right
    return None


def _kept(modules: dict) -> dict:
    """The tensors an instance keeps, as forward's extra inputs named ``self.NAME``."""
    return {f"self.{k}": v for k, v in modules.items() if isinstance(v, InputSpec)}


def _built(modules: dict) -> list:
    """The submodules an instance's ``__init__`` built, as models."""
    return [m for m in modules.values() if isinstance(m, ModelSpec)]


def _constant(value) -> bool:
    """An int, or a tuple of ints, that an instance keeps (``self.shape = (64, 7, 7)``)."""
    if isinstance(value, tuple):
        return all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    return isinstance(value, int) and not isinstance(value, bool)


def _number(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool)


def _size_of(node) -> tuple | None:
    """``x.size(i)`` or ``x.shape[i]`` as (variable, i)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "size" and \
            isinstance(node.func.value, ast.Name) and len(node.args) == 1 and _int(node.args[0]) is not None:
        return node.func.value.id, _int(node.args[0])
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "shape" \
            and isinstance(node.value.value, ast.Name) and _int(node.slice) is not None:
        return node.value.value.id, _int(node.slice)
    return None


def _rank_of(node) -> str | None:
    """The variable of ``x.ndim``, ``x.dim()`` or ``len(x.shape)``."""
    if isinstance(node, ast.Attribute) and node.attr == "ndim" and isinstance(node.value, ast.Name):
        return node.value.id
    if isinstance(node, ast.Call) and not node.args and not node.keywords and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "dim" and isinstance(node.func.value, ast.Name):
        return node.func.value.id
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len" and \
            len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Attribute) and \
            node.args[0].attr == "shape" and isinstance(node.args[0].value, ast.Name):
        return node.args[0].value.id
    return None


def _is_batch_size(node, var: str) -> bool:
    """``x.size(0)`` or ``x.shape[0]``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "size":
        return (isinstance(node.func.value, ast.Name) and node.func.value.id == var
                and len(node.args) == 1 and _int(node.args[0]) == 0)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "shape":
        return (isinstance(node.value.value, ast.Name) and node.value.value.id == var
                and _int(node.slice) == 0)
    return False


MAX_INSTANCE_CALLS = 5  # calls of one instance checked, each with its input
_NOT_NONE = object()  # a module in a test: ``self.downsample is not None``
NONE = object()  # an attribute __init__ set to None (the modules' None means "not known")
# Methods of a module that change none of its layers: the calls after them are still followed.
READ_ONLY_METHODS = {"parameters", "named_parameters", "buffers", "named_buffers", "children",
                     "named_children", "modules", "named_modules", "state_dict", "zero_grad"}
RECURRENT = ("RNN", "LSTM", "GRU")
# Modules fed two sequences in forward -> the names of their two tensor parameters.
TWO_SEQUENCES = {"Transformer": ("src", "tgt"), "TransformerDecoderLayer": ("tgt", "memory")}
# Encoders that take a mask beside their sequence -> (the sequence's name, the mask's, second positional).
ENCODERS = {"TransformerEncoderLayer": ("src", "src_mask"), "TransformerEncoder": ("src", "mask")}
MAX_INLINE_DEPTH = 3  # methods inlined into forward, calling each other
MAX_RANGE_PASSES = 64  # a loop over range() in forward is unrolled up to this many passes
MAX_BRANCHING = 6  # ifs not known here read inside one another (each reads both ways)
SCALAR = object()  # a Python number of forward whose value is not known (math.sqrt(d))
SCALAR_OPERATORS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Pow, ast.Mod)
SCALAR_FUNCTIONS = ("math.sqrt", "math.log", "math.exp", "math.pow", "math.ceil", "math.floor", "float", "int",
                    "abs", "min", "max", "round")
# Methods of Python lists and dicts that change them.
MUTATING_METHODS = {"append", "extend", "insert", "pop", "remove", "clear", "update", "setdefault", "popitem",
                    "sort", "reverse", "add", "discard", "register_buffer", "register_parameter", "add_module",
                    "apply", "requires_grad", "train", "eval", "to", "cuda", "cpu", "half", "float", "double"}
# Builtins that change none of their arguments.
PURE_BUILTINS = {"len", "int", "float", "bool", "min", "max", "abs", "round", "range", "isinstance", "tuple",
                 "list", "zip", "enumerate", "sum", "str", "getattr", "hasattr", "reversed", "sorted"}


def _special(module) -> bool:
    """A submodule a forward calls in its own way (several tensors, attention, two sequences)."""
    return _several_inputs(module) is not None or (
        len(module.layers) == 1 and module.layers[0].type_name in ("MultiheadAttention", *TWO_SEQUENCES, *ENCODERS))


def _several_inputs(module) -> SeveralInputs | None:
    """The module of the project whose forward takes several tensors that ``module`` is."""
    if isinstance(module, ModelSpec) and len(module.layers) == 1 and \
            isinstance(module.layers[0].instance, SeveralInputs):
        return module.layers[0].instance
    return None


def _sizes_known(sizes, renamed: dict) -> bool:
    """Does every value a step's sizes read (``("dim", name, i)``) have a name here?"""
    if isinstance(sizes, tuple) and sizes[:1] in (("dim",), ("rank",)):
        return sizes[1] in renamed
    if isinstance(sizes, tuple):
        return all(_sizes_known(s, renamed) for s in sizes)
    return True


def _renamed(sizes, renamed: dict):
    """A step's sizes with the values they read under their names here."""
    if isinstance(sizes, tuple) and sizes[:1] in (("dim",), ("rank",)):
        return (sizes[0], renamed[sizes[1]], *sizes[2:])
    if isinstance(sizes, tuple):
        return tuple(_renamed(s, renamed) for s in sizes)
    return sizes


def _plain_torch_module(module) -> bool:
    """A submodule made of torch.nn layers only: calling it changes no tensor given to it."""
    from seqlint.layers import registry

    if not isinstance(module, ModelSpec):
        return False
    return all(layer.instance is None and layer.type_name in registry() and
               (layer.model is None or _plain_torch_module(layer.model)) for layer in module.layers)


def _owner_class(function: ast.FunctionDef, classes):
    """The class whose body holds ``function``, among the classes already read (a method in
    hand comes from a class read: another file's other classes are not parsed for this)."""
    read = getattr(classes, "read", None)
    candidates = (dict.get(classes, name) for name in read) if read is not None else classes.values()
    return next((c for c in candidates if c is not None and any(item is function for item in c.body)), None)


def _body_constants(cls: ast.ClassDef) -> tuple[dict, set]:
    """The constants a class body assigns (``self.NAME`` -> value), and every name it binds."""
    found, bound = {}, set()
    for item in cls.body:
        targets = item.targets if isinstance(item, ast.Assign) else \
            [item.target] if isinstance(item, (ast.AnnAssign, ast.AugAssign)) else []
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [item.name]
        bound.update(names)
        if isinstance(item, ast.Assign) and len(item.targets) == 1 and len(names) == 1:
            try:
                value = ast.literal_eval(item.value)
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                continue
            if _constant(value):
                found["self." + names[0]] = value
    return found, bound


def _methods_beside(function: ast.FunctionDef, classes) -> dict:
    """The other methods of the class that defines ``function`` (by name)."""
    node = _owner_class(function, classes)
    if node is None:
        return {}
    return {item.name: item for item in node.body if isinstance(item, ast.FunctionDef) and item is not function}
# torch functions that make a float32 tensor of the sizes given.
NEW_TENSORS = ("torch.zeros", "torch.ones", "torch.randn", "torch.rand", "torch.empty")


def _is_device(node) -> bool:
    """``x.device``, ``device`` or ``"cpu"``/``"cuda"``: an argument of ``.to`` that moves, not casts."""
    return (isinstance(node, ast.Attribute) and node.attr == "device") or \
        (isinstance(node, ast.Name) and node.id == "device") or \
        (isinstance(node, ast.Constant) and node.value in ("cpu", "cuda"))

# F.* functions that are a torch.nn layer applied once: read with that layer's rule.
FUNCTIONAL_LAYERS = {
    **{f"{kind}_pool{n}d": f"{cls}Pool{n}d" for n in (1, 2, 3) for kind, cls in (("max", "Max"), ("avg", "Avg"))},
    **{f"adaptive_{kind}_pool{n}d": f"Adaptive{cls}Pool{n}d" for n in (1, 2, 3)
       for kind, cls in (("max", "Max"), ("avg", "Avg"))},
    "interpolate": "Upsample", "upsample": "Upsample", "pixel_shuffle": "PixelShuffle",
}
# torch functions of one tensor that keep its shape, beyond the activations.
ELEMENTWISE = {"exp", "log", "sqrt", "rsqrt", "abs", "sin", "cos", "neg", "square", "randn_like", "rand_like",
               "zeros_like", "ones_like", "empty_like", "clamp", "clone", "detach", "sign", "floor", "ceil", "round"}
# Tensor methods read as rules of seqlint.layers.tensor_ops -> their parameters, in order.
TENSOR_OPERATIONS = {"chunk": ("chunks", "dim"), "split": ("split_size_or_sections", "dim"), "unbind": ("dim",),
                     "unfold": ("dimension", "size", "step")}
OPERATION_KEYWORDS = {"split_size": "split_size_or_sections"}  # Tensor.split's name for it
TENSOR_CASTS = {"float": "float32", "double": "float64", "long": "int64", "half": "float16", "int": "int32"}
# Of those, what keeps an integer tensor's dtype in torch (the others make it floating, or
# raise: either way its dtype is not guessed).
INTEGER_KEEPING = {"relu", "relu6", "relu_", "abs", "neg", "sign", "clamp", "clamp_min", "clamp_max", "clone",
                   "detach", "contiguous", "zeros_like", "ones_like", "empty_like", "floor", "ceil", "round",
                   "square", "dropout", "alpha_dropout", "hardtanh"}
# In-place tensor methods that leave the tensor's shape (and dtype) as it was, or raise.
IN_PLACE_KEEPING = {"bernoulli_", "uniform_", "normal_", "exponential_", "random_", "zero_", "fill_", "mul_",
                    "div_", "add_", "sub_", "clamp_", "clamp_min_", "clamp_max_"}
NEW_LIKE_METHODS = ("new_empty", "new_zeros", "new_ones")  # x.new_empty(sizes): x's dtype
SHAPE_KEEPING_METHODS = {"contiguous", "clone", "detach", "relu", "sigmoid", "tanh", "exp", "abs", "neg",
                         "relu_", "sigmoid_", "tanh_", "clamp", "clamp_min", "clamp_max", "softmax", "log_softmax",
                         "sqrt", "rsqrt", "log", "sin", "cos", "masked_fill"}


class _Dataflow:
    """``forward``'s statements as ForwardSteps: each value computed gets a name (the
    variable it is assigned to, or a fresh one), so residual adds and concatenations see
    every value they combine."""

    def __init__(self, reader: ChainReader, modules: dict, arguments: list, scope):
        self.r = reader
        self.x = reader.x
        self.modules = modules
        self.scope = scope or reader.x.scopes.module
        self.names = {name: name for name in arguments}  # variable -> value name
        self.dims: dict = {}  # variable -> (value name, dim index): b from b, c, h, w = x.size()
        self.aliases: dict = {}  # loop variable -> the module it stands for in this pass
        self.constants: dict = {}  # loop index -> its value in this pass
        self.steps: list[ForwardStep] = []
        self.fresh = 0
        self.methods: dict = {}  # the class's other methods, inlined where forward calls them
        self.depth = 0
        self.sequences: dict = {}  # value name -> the value names a Python list holds, in order
        self.numbers: dict = {}  # variable -> the int it holds (p = self.patch_size), or SCALAR, or a SizeTuple
        self.branching = 0  # ifs not known here being read, one inside the other
        self.shadowing: set = set()  # the locals of the functions read inside forward

    def body(self, statements) -> str:
        """Read statements in order; the name forward returns, or "" if not reached."""
        status, result = self.run(statements, top=True)
        return result if status == "return" else ""

    def run(self, statements, top: bool = False) -> tuple[str, str]:
        """("done", ""), ("return", value name) or ("stop", "") at the first statement not read."""
        for i, stmt in enumerate(statements):
            if top and i == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue  # docstring
            mark = len(self.steps)
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and self.sizes_of(stmt.targets[0], stmt.value):
                continue  # b, c, h, w = x.size()
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and self.number(stmt.targets[0], stmt.value):
                continue  # p = self.patch_size, scale = math.sqrt(d)
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and self.pairwise(stmt.targets[0], stmt.value):
                continue  # mu, logvar = self.mu(h), self.logvar(h)
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and self.mapped(stmt.targets[0], stmt.value):
                continue  # q, k, v = [t.view(b, n, h, d).transpose(1, 2) for t in qkv]
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and self.size_tuple(stmt.value) is not None:  # shape = (x.shape[0],) + (1,) * (x.ndim - 1)
                sizes = self.size_tuple(stmt.value)
                self.forget(stmt.targets[0].id)
                self.numbers[stmt.targets[0].id] = sizes
                continue
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                value = self.value(stmt.value)
                if value is None or not self.bind(stmt.targets[0], value, stmt.value):
                    del self.steps[mark:]
                    if not self.unknown_binding(stmt.targets[0], stmt.value):
                        return "stop", ""
            elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and \
                    isinstance(stmt.op, (ast.Add, ast.Sub, ast.Mult)):
                left = self.names.get(stmt.target.id)
                right = self.value(stmt.value)
                if left is None or right is None:
                    del self.steps[mark:]
                    return "stop", ""
                self.names[stmt.target.id] = self.emit("add", stmt, inputs=(left, right))
            elif isinstance(stmt, ast.For):
                status, result = self.loop(stmt)
                if status != "done":
                    return status, result
            elif isinstance(stmt, ast.Expr) and self.appended(stmt.value):
                continue
            elif isinstance(stmt, ast.Expr) and self.in_place(stmt.value):
                continue  # noise.div_(keep): the tensor keeps its shape
            elif isinstance(stmt, ast.If) and self.condition(stmt.test) is not None:
                # if self.use_res_connect: ... -- a flag __init__ set: one branch runs
                status, result = self.run(stmt.body if self.condition(stmt.test) else stmt.orelse)
                if status != "done":
                    return status, result
            elif isinstance(stmt, ast.If) and self.harmless(stmt.test):
                # if self.fused_attn: ... -- a flag not known here: both ways read
                status, result = self.branch([stmt.body, stmt.orelse], stmt, statements[i + 1:])
                if status != "done":
                    return status, result
            elif isinstance(stmt, ast.Return) and stmt.value is not None:
                value = self.value(stmt.value) if not isinstance(stmt.value, ast.Tuple) else self.packed(stmt.value)
                if value is None:
                    del self.steps[mark:]
                    return "stop", ""
                return "return", value
            else:
                return "stop", ""
        return "done", ""

    def branch(self, ways: list, node, rest: list | None = None) -> tuple[str, str]:
        """Both ways of an ``if`` whose test is not known here, each read from the values
        before it: one "branch" step.  A variable both ways bind is, after it, what the two
        agree on (propagate); one that only one way binds is not read after.  Both ways
        return: the value returned, as far as they agree.  One returns early (``if not
        training: return x``): the other way is read on with ``rest``, the statements after
        the ``if``, to its own return.  Either not read to its end: not followed."""
        if self.branching >= MAX_BRANCHING:
            return "stop", ""
        self.branching += 1
        try:
            status, result = self._branch(ways, node)
            if status == "early" and rest:
                status, result = self._branch([way if returns else way + rest for way, returns in
                                               zip(ways, self._returned)], node)
        finally:
            self.branching -= 1
        return ("stop", "") if status == "early" else (status, result)

    def _branch(self, ways: list, node) -> tuple[str, str]:
        held = (self.names, self.dims, self.numbers, self.constants, self.aliases, self.sequences)
        outer_steps = self.steps
        read = []
        for statements in ways:
            self.names, self.dims, self.numbers, self.constants, self.aliases = \
                (dict(d) for d in held[:5])
            self.steps = []
            status, result = self.run(statements)
            read.append((status, result, self.steps, self.names, self.dims, self.numbers, self.constants,
                         self.aliases))
        self.names, self.dims, self.numbers, self.constants, self.aliases, self.sequences = held
        self.steps = outer_steps
        (status, result, first, *first_held), (other_status, other_result, second, *second_held) = read
        self._returned = [status == "return", other_status == "return"]
        if {status, other_status} == {"return", "done"}:
            return "early", ""
        if status != other_status or status == "stop":
            return "stop", ""
        merged = []

        def joined(a: str, b: str) -> str:
            if a == b:
                return a
            self.fresh += 1
            merged.append((f"_{self.fresh}", a, b))
            return f"_{self.fresh}"

        if status == "return":
            result = joined(result, other_result)
        else:
            (names, *others), (other_names, *other_others) = first_held, second_held
            self.names = {var: joined(value, other_names[var]) for var, value in names.items()
                          if var in other_names}
            # Sizes, numbers, loop names: kept where both ways leave them the same.
            self.dims, self.numbers, self.constants = (
                {var: value for var, value in mine.items() if var in theirs and theirs[var] == value}
                for mine, theirs in zip(others[:3], other_others[:3]))
            self.aliases = {var: module for var, module in others[3].items() if other_others[3].get(var) is module}
        self.steps.append(ForwardStep("branch", self.x._span(node), branches=(first, second), sizes=tuple(merged)))
        return status, result

    def loop(self, stmt: ast.For) -> tuple[str, str]:
        """``for layer in self.layers: x = layer(x)`` over a ModuleList built in __init__
        (also ``enumerate(self.layers)`` and ``zip`` of several): unrolled, one pass a module."""
        if stmt.orelse:
            return "stop", ""
        iterable, target = stmt.iter, stmt.target
        lists, names = None, None
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "range":
            return self.range_loop(stmt)
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and not iterable.keywords:
            enumerated = _enumerated(iterable, target)
            if enumerated is not None:
                inner, index, item = enumerated
                lists, names = [self.attribute_list(inner)], [item.id]
            elif iterable.func.id == "zip" and isinstance(target, ast.Tuple) and \
                    len(target.elts) == len(iterable.args) and all(isinstance(e, ast.Name) for e in target.elts):
                lists, names, index = [self.attribute_list(a) for a in iterable.args], [e.id for e in target.elts], None
        elif isinstance(target, ast.Name):
            lists, names, index = [self.attribute_list(iterable)], [target.id], None
        if not lists or any(m is None for m in lists):
            return "stop", ""
        for i, modules in enumerate(zip(*lists)):
            for name in names + ([index] if index else []):
                self.forget(name)  # bound by the loop: what it held before is gone
            self.aliases.update(zip(names, modules))
            if index:
                self.constants[index] = i
            status, result = self.run(stmt.body)
            if status != "done":
                return status, result
        for name in names + ([index] if index else []):
            self.aliases.pop(name, None)
            self.constants.pop(name, None)
        return "done", ""

    def range_loop(self, stmt: ast.For) -> tuple[str, str]:
        """``for i in range(0, len(self.ups), 2):`` with a count known here: unrolled, ``i``
        a constant in each pass."""
        call = stmt.iter
        bounds = [self.constant_int(a) for a in call.args]
        if call.keywords or not 1 <= len(bounds) <= 3 or None in bounds or not isinstance(stmt.target, ast.Name) \
                or (len(bounds) == 3 and bounds[2] == 0):
            return "stop", ""
        passes = range(*bounds)
        if len(passes) > MAX_RANGE_PASSES:
            return "stop", ""
        name = stmt.target.id
        for i in passes:
            self.forget(name)
            self.constants[name] = i
            status, result = self.run(stmt.body)
            if status != "done":
                return status, result
        self.constants.pop(name, None)  # bound after the loop, or not bound at all: not read
        return "done", ""

    def packed(self, node: ast.Tuple) -> str | None:
        """``return out, weights``: a tuple of the values."""
        if not node.elts or any(isinstance(e, ast.Starred) for e in node.elts):
            return None
        names = [self.value(e) for e in node.elts]
        return None if None in names else self.emit("tuple", node, inputs=tuple(names))

    def condition(self, node) -> bool | None:
        """The truth of an ``if`` test made of the instance's constants (``self.downsample is
        not None``, ``self.stride == 1 and self.shortcut``), or None when it is not known."""
        from seqlint.extract.folding import compare_values
        from seqlint.shapes.expr import UNKNOWN

        if isinstance(node, ast.Constant) and isinstance(node.value, (bool, int, type(None))):
            return bool(node.value)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            if node.attr not in self.modules:
                return None
            value = self.modules[node.attr]
            if isinstance(value, (ModelSpec, list, InputSpec, Choice)):
                return True  # a module (or a kept tensor) is truthy
            if value is NONE:
                return False
            return bool(value) if isinstance(value, (bool, int)) else None
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            inner = self.condition(node.operand)
            return None if inner is None else not inner
        if isinstance(node, ast.BoolOp):
            values = [self.condition(v) for v in node.values]
            want = isinstance(node.op, ast.Or)  # the value that decides: True for or, False for and
            if want in values:
                return want
            return None if None in values else not want
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            sides = [self.condition_value(node.left), self.condition_value(node.comparators[0])]
            if UNKNOWN in sides:
                return None
            op = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.Gt: ">", ast.LtE: "<=", ast.GtE: ">=",
                  ast.Is: "is", ast.IsNot: "is not"}.get(type(node.ops[0]))
            verdict = compare_values(op, *sides) if op else UNKNOWN
            return verdict if isinstance(verdict, bool) else None
        return None

    def condition_value(self, node):
        """A constant of a test: a literal, or an attribute of the instance (a module is
        not None)."""
        from seqlint.shapes.expr import UNKNOWN

        if isinstance(node, ast.Constant):
            return node.value
        if self.constant_int(node) is not None:  # i < len(self.layers) - 1
            return self.constant_int(node)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" \
                and node.attr in self.modules:
            value = self.modules[node.attr]
            if isinstance(value, (ModelSpec, list, InputSpec, Choice)):
                return _NOT_NONE
            if value is NONE:
                return None
            return value if _constant(value) or isinstance(value, bool) else UNKNOWN
        return UNKNOWN

    def appended(self, node) -> bool:
        """``outs.append(v)`` on a list of values: the list, one longer."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
                and isinstance(node.func.value, ast.Name) and len(node.args) == 1 and not node.keywords):
            return False
        held = self.names.get(node.func.value.id)
        if held not in self.sequences:
            return False
        item = self.value(node.args[0])
        if item is None:
            return False
        self.names[node.func.value.id] = self.sequence(self.sequences[held] + (item,))
        return True

    def in_place(self, node) -> bool:
        """``noise.div_(keep)`` as a statement: a tensor of forward changed in place, its
        shape and dtype kept (torch raises if the operation would change them)."""
        return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in IN_PLACE_KEEPING and isinstance(node.func.value, ast.Name) and \
            node.func.value.id in self.names and self.harmless_arguments(node)

    def size_tuple(self, node) -> SizeTuple | None:
        """A tuple of sizes: ``(b, 1, 1)``, ``[x.shape[0]] + [1] * (x.ndim - 1)``, a name
        bound to one; None for anything else."""
        if isinstance(node, ast.Name):
            held = self.numbers.get(node.id)
            return held if isinstance(held, SizeTuple) else None
        if isinstance(node, (ast.Tuple, ast.List)):
            if not node.elts or any(isinstance(e, ast.Starred) for e in node.elts):
                return None  # outs = []: a list of tensors to come, not sizes
            items = tuple(self.size_item(e) for e in node.elts)
            return None if None in items else SizeTuple(items)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.size_tuple(node.left), self.size_tuple(node.right)
            return None if left is None or right is None else SizeTuple(left.items + right.items)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
            for one, count in ((node.left, node.right), (node.right, node.left)):
                single = self.size_tuple(one) if isinstance(one, (ast.Tuple, ast.List)) else None
                times = self.size_item(count)
                if single is not None and len(single.items) == 1 and times is not None:
                    return SizeTuple((("fill", single.items[0], times),))
        return None

    def sequence(self, items: tuple) -> str:
        self.fresh += 1
        name = f"_{self.fresh}"
        self.sequences[name] = tuple(items)
        return name

    def listed(self, node) -> str | None:
        """A Python list of tensors: ``[a, b]``, ``(a, b)``, ``[m(x) for m in self.blocks]``,
        ``l1 + l2``."""
        if isinstance(node, (ast.List, ast.Tuple)):
            items = [self.value(e) for e in node.elts] if not any(isinstance(e, ast.Starred) for e in node.elts) \
                else [None]
            return None if None in items else self.sequence(tuple(items))
        if isinstance(node, ast.ListComp) and len(node.generators) == 1:
            generator = node.generators[0]
            iterable, target, index = generator.iter, generator.target, None
            enumerated = _enumerated(iterable, target)
            if enumerated is not None and enumerated[1] is not None:
                # [emb(x_cat[:, i]) for i, emb in enumerate(self.embeds)]
                iterable, index, target = enumerated
            modules = self.attribute_list(iterable)
            if modules is None or generator.ifs or generator.is_async or not isinstance(target, ast.Name):
                return None
            var, items = target.id, []
            saved = self.aliases.get(var)
            saved_index = self.constants.get(index) if index else None
            try:
                for i, module in enumerate(modules):
                    self.aliases[var] = module
                    if index:
                        self.constants[index] = i
                    item = self.value(node.elt)
                    if item is None:
                        return None
                    items.append(item)
            finally:
                self.aliases.pop(var, None)
                if saved is not None:
                    self.aliases[var] = saved
                if index:
                    self.constants.pop(index, None)
                    if saved_index is not None:
                        self.constants[index] = saved_index
            return self.sequence(tuple(items))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.listed(node.left) if not isinstance(node.left, ast.Name) else self.names.get(node.left.id)
            right = self.listed(node.right) if not isinstance(node.right, ast.Name) else self.names.get(node.right.id)
            if left in self.sequences and right in self.sequences:
                return self.sequence(self.sequences[left] + self.sequences[right])
        return None

    def attribute_list(self, node):
        """The modules of ``self.NAME`` when __init__ made it a ModuleList, else None."""
        value = self.attribute(node) if isinstance(node, ast.Attribute) else None
        return value if isinstance(value, list) else None

    def pairwise(self, target, node) -> bool:
        """``a, b = f(x), g(x)``: each name its own value (all read, or the statement is not)."""
        if not (isinstance(target, ast.Tuple) and isinstance(node, ast.Tuple) and len(target.elts) == len(node.elts)
                and all(isinstance(e, ast.Name) for e in target.elts)):
            return False
        mark = len(self.steps)
        return self.bind_names(target, [self.value(v) for v in node.elts], mark)

    def bind_names(self, target: ast.Tuple, values: list, mark: int) -> bool:
        """Each name of ``target`` its value; when one is not read, none, and the steps
        emitted since ``mark`` are undone."""
        if None in values:
            del self.steps[mark:]
            return False
        for element, value in zip(target.elts, values):
            self.forget(element.id)
            self.names[element.id] = value
        return True

    def mapped(self, target, node) -> bool:
        """``q, k, v = [t.view(b, n, h, d).transpose(1, 2) for t in qkv]``, or the same with
        ``map(lambda t: ..., qkv)``: each name the expression on one item of ``qkv`` (a tuple
        such as a chunk's, or a list of tensors); as many items as names, or torch raises."""
        if not (isinstance(target, ast.Tuple) and target.elts and all(isinstance(e, ast.Name) for e in target.elts)):
            return False
        if isinstance(node, ast.ListComp) and len(node.generators) == 1 and not node.generators[0].ifs and \
                not node.generators[0].is_async and isinstance(node.generators[0].target, ast.Name):
            var, body, iterable = node.generators[0].target.id, node.elt, node.generators[0].iter
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "map" and \
                "map" not in self.x.scopes.module.bindings and len(node.args) == 2 and not node.keywords and \
                isinstance(node.args[0], ast.Lambda) and _one_parameter(node.args[0].args):
            var, body, iterable = node.args[0].args.args[0].arg, node.args[0].body, node.args[1]
        else:
            return False
        if not isinstance(iterable, ast.Name) or self.names.get(iterable.id) is None:
            return False
        source = self.names[iterable.id]
        count = len(target.elts)
        if source in self.sequences and len(self.sequences[source]) != count:
            return False
        mark, saved, values = len(self.steps), self.names.get(var), []
        for i in range(count):
            item = self.sequences[source][i] if source in self.sequences else \
                self.emit("subscript", node, inputs=(source,), sizes=(i,))
            self.names[var] = item
            values.append(self.value(body))
            if values[-1] is None:
                break
        self.names.pop(var, None)
        if saved is not None:
            self.names[var] = saved
        return self.bind_names(target, values, mark)

    def sizes_of(self, target, node) -> bool:
        """``b, c, _, _ = x.size()`` / ``x.shape``, or ``n = x.size(0)``: names for dims."""
        if isinstance(target, ast.Name):
            ref = _size_of(node)
            if ref is None or ref[0] not in self.names:
                return False
            dim = (self.names[ref[0]], ref[1])
            self.forget(target.id)
            self.dims[target.id] = dim
            return True
        start, exact = 0, True  # h, w = x.shape[2:]: the dims from the slice's start
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice) and node.slice.step is None:
            lower = _int(node.slice.lower) if node.slice.lower is not None else 0
            upper = _int(node.slice.upper) if node.slice.upper is not None else None
            if lower is None or lower < 0 or (node.slice.upper is not None and (
                    upper is None or upper < 0 or not isinstance(target, ast.Tuple) or
                    upper - lower != len(target.elts))):
                return False
            # n, c = x.shape[:2]: the first dims, whatever the rank beyond them
            start, node, exact = lower, node.value, node.slice.upper is None
        shape = node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr == "size" and not node.args else \
            (node.value if isinstance(node, ast.Attribute) and node.attr == "shape" else None)
        if not (isinstance(shape, ast.Name) and shape.id in self.names and isinstance(target, ast.Tuple)) or \
                not all(isinstance(e, ast.Name) for e in target.elts):
            return False
        source = self.names[shape.id]
        for i, element in enumerate(target.elts):
            self.forget(element.id)
            self.dims[element.id] = (source, start + i)
        if exact:
            self.steps.append(ForwardStep("rank", self.x._span(node), inputs=(self.names[shape.id],),
                                          output="", sizes=(start + len(target.elts),)))
        return True

    def forget(self, name: str) -> None:
        """``name`` is bound again: what it held before is no longer read through it."""
        for held in (self.names, self.dims, self.numbers, self.constants, self.aliases):
            held.pop(name, None)

    def number(self, target, node) -> bool:
        """``p = self.patch_size``, ``h, w = self.grid``, ``scale = math.sqrt(self.d_k)``: a
        Python number, its value kept when it is an int known here."""
        if isinstance(target, ast.Tuple) and all(isinstance(e, ast.Name) for e in target.elts):
            held = self.attribute(node)
            if not (isinstance(held, tuple) and len(held) == len(target.elts)):
                return False
            for element, item in zip(target.elts, held):
                self.forget(element.id)
                self.numbers[element.id] = item
            return True
        if not isinstance(target, ast.Name):
            return False
        known = self.constant_int(node)
        if known is None and not self.is_scalar(node):
            return False
        self.forget(target.id)
        self.numbers[target.id] = SCALAR if known is None else known
        return True

    def is_scalar(self, node) -> bool:
        """Is ``node`` a Python number (an int or a float), whatever its value?"""
        if _number(node) or self.constant_int(node) is not None:
            return True
        if isinstance(node, ast.Name):
            return (node.id in self.numbers and not isinstance(self.numbers[node.id], SizeTuple)) or \
                node.id in self.dims or node.id in self.constants
        if isinstance(node, ast.Attribute):  # self.scale = head_dim ** -0.5 in __init__
            held = self.attribute(node)
            return isinstance(held, (int, float)) and not isinstance(held, bool)
        if _size_of(node) is not None:  # x.size(-1): a dim of a tensor of forward
            return _size_of(node)[0] in self.names
        if isinstance(node, ast.BinOp) and isinstance(node.op, SCALAR_OPERATORS):
            return self.is_scalar(node.left) and self.is_scalar(node.right)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            return self.is_scalar(node.operand)
        if isinstance(node, ast.Call) and not node.keywords and node.args and \
                all(self.is_scalar(a) for a in node.args):
            return (_qualified(node.func, self.x.scopes.module) or "") in SCALAR_FUNCTIONS
        return False

    def unknown_binding(self, target, node) -> bool:
        """``mask = nn.Transformer.generate_square_subsequent_mask(n)``: a value not read,
        bound to plain names by code that changes no value forward holds.  The names are
        unknown from here (what reads them is not followed); the rest goes on."""
        names = [target] if isinstance(target, ast.Name) else \
            list(target.elts) if isinstance(target, ast.Tuple) else []
        if not names or not all(isinstance(n, ast.Name) for n in names) or not self.harmless(node):
            return False
        for name in names:
            self.forget(name.id)
        return True

    def harmless(self, node) -> bool:
        """Does evaluating ``node`` leave every value of forward as it was?  Reads,
        arithmetic, torch functions and tensor methods that are not in-place (no trailing
        ``_``), torch.nn submodules, and a few builtins; any other call may change anything."""
        for part in ast.walk(node):
            if isinstance(part, (ast.NamedExpr, ast.Yield, ast.YieldFrom, ast.Await, ast.Lambda)):
                return False
            if not isinstance(part, ast.Call):
                continue
            func = part.func
            qualified = _qualified(func, self.x.scopes.module) or ""
            if isinstance(func, ast.Name):
                if func.id not in PURE_BUILTINS or func.id in self.x.scopes.module.bindings:
                    return False
            elif qualified.startswith("torch."):
                if qualified.endswith("_") or qualified.startswith(("torch.nn.init.", "torch.nn.utils.")):
                    return False
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
                if not _plain_torch_module(self.modules.get(func.attr)):
                    return False  # a method of the class, or a module of the project: anything
            elif not isinstance(func, ast.Attribute) or func.attr.endswith("_") or func.attr in MUTATING_METHODS:
                return False
        return True

    def harmless_arguments(self, call: ast.Call) -> bool:
        return all(self.harmless(a) for a in call.args) and all(self.harmless(k.value) for k in call.keywords)

    def bind(self, target, value: str, node) -> bool:
        if isinstance(target, ast.Name):
            self.forget(target.id)
            self.names[target.id] = value
            return True
        if isinstance(target, ast.Tuple) and not any(isinstance(e, ast.Starred) for e in target.elts):
            for i, element in enumerate(target.elts):  # out, (h, c) = self.lstm(x)
                item = self.emit("subscript", node, inputs=(value,), sizes=(i,))
                if not self.bind(element, item, node):
                    return False
            return True
        return False

    def emit(self, kind: str, node, **fields) -> str:
        self.fresh += 1
        name = f"_{self.fresh}"
        self.steps.append(ForwardStep(kind, self.x._span(node), output=name, **fields))
        return name

    def value(self, node) -> str | None:
        """The name of the value ``node`` computes, emitting its steps; None if not read."""
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, (ast.List, ast.ListComp)) or \
                (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and
                 (isinstance(node.left, (ast.List, ast.ListComp)) or self.names.get(getattr(node.left, "id", None))
                  in self.sequences)):
            return self.listed(node)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" and \
                isinstance(self.modules.get(node.attr), InputSpec):
            return f"self.{node.attr}"  # a tensor the instance keeps: an input of forward
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):  # adj @ h
            left = self.value(node.left)
            right = self.value(node.right) if left is not None else None
            return None if right is None else self.emit("matmul", node, inputs=(left, right))
        if isinstance(node, ast.IfExp):  # x if self.downsample is None else self.downsample(x)
            test = self.condition(node.test)
            return None if test is None else self.value(node.body if test else node.orelse)
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and \
                isinstance(node.ops[0], (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE)) and \
                self.is_scalar(node.comparators[0]):  # tokens != 0: a bool tensor of its shape
            inner = self.value(node.left)
            return None if inner is None else self.emit("cast", node, inputs=(inner,), sizes=("bool",))
        if isinstance(node, ast.BinOp) and isinstance(node.op, SCALAR_OPERATORS) and \
                (self.is_scalar(node.left) or self.is_scalar(node.right)):  # x * 0.5, x / scale: element-wise
            if self.is_scalar(node.left) and self.is_scalar(node.right):
                return None  # a number, not a tensor
            if not isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)) and self.is_scalar(node.left):
                return None  # 2 ** x: not read
            inner = self.value(node.right if self.is_scalar(node.left) else node.left)
            if inner is None:
                return None
            scalar = node.left if self.is_scalar(node.left) else node.right
            # An integer tensor stays one only with an int written out, and no true division.
            keeps = not isinstance(node.op, ast.Div) and self.constant_int(scalar) is not None
            return self.emit("same" if keeps else "float_op", node, inputs=(inner,))
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
            left, right = self.value(node.left), None
            if left is not None:
                right = self.value(node.right)
            return None if right is None else self.emit("add", node, inputs=(left, right))
        if isinstance(node, ast.Attribute) and node.attr == "values" and isinstance(node.value, ast.Call) and \
                isinstance(node.value.func, ast.Attribute) and node.value.func.attr in ("max", "min"):
            call = node.value  # out.max(dim=1).values: the reduced tensor
            receiver = self.value(call.func.value)
            return None if receiver is None else self.reduce(receiver, call, call.args,
                                                             {k.arg: k.value for k in call.keywords})
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and \
                self.names.get(node.value.id) in self.sequences:
            return self.sequence_item(self.sequences[self.names[node.value.id]], node.slice)
        if isinstance(node, ast.Subscript):
            inner = self.value(node.value)
            index = self.index(node.slice)
            return None if inner is None or index is None else self.emit("subscript", node, inputs=(inner,),
                                                                          sizes=index)
        if not isinstance(node, ast.Call):
            return None
        func = node.func
        starred = any(isinstance(a, ast.Starred) for a in node.args)
        if starred and not (isinstance(func, ast.Attribute) and func.attr in ("view", "reshape")):
            return None
        if isinstance(func, ast.Name) and func.id in self.aliases:  # for layer in self.layers: layer(x)
            if _several_inputs(self.aliases[func.id]) is not None:
                return self.inlined(_several_inputs(self.aliases[func.id]), node)
            if len(node.args) != 1 or node.keywords:
                return None
            inner = self.value(node.args[0])
            return None if inner is None else self.emit("module", node, inputs=(inner,), model=self.aliases[func.id])
        if isinstance(func, ast.Subscript) and self.attribute_list(func.value) is not None:  # self.layers[0](x)
            modules = self.attribute_list(func.value)
            index = self.constant_int(func.slice)
            if index is None or not -len(modules) <= index < len(modules):
                return None
            if _several_inputs(modules[index]) is not None:
                return self.inlined(_several_inputs(modules[index]), node)
            if len(node.args) != 1 or node.keywords:
                return None
            inner = self.value(node.args[0])
            return None if inner is None else self.emit("module", node, inputs=(inner,), model=modules[index])
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self" and \
                func.attr in self.methods and func.attr not in self.modules:
            return self.inline(self.methods[func.attr], node)
        if isinstance(func, ast.Name) and func.id in self.x.scopes.functions and \
                len(self.x.scopes.module.bindings.get(func.id, [])) == 1 and self.local(func.id) is None:
            return self.inline(self.x.scopes.functions[func.id], node, function=True)  # drop_path(x, p, training)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
            module = self.modules.get(func.attr)
            if isinstance(module, ModelSpec) and len(module.layers) == 1 and \
                    module.layers[0].type_name == "MultiheadAttention":
                return self.attention(module, node)
            if _several_inputs(module) is not None:
                return self.inlined(_several_inputs(module), node)
            if isinstance(module, ModelSpec) and len(module.layers) == 1 and \
                    module.layers[0].type_name in TWO_SEQUENCES:
                return self.two_sequences(module, node)
            if isinstance(module, ModelSpec) and len(module.layers) == 1 and \
                    module.layers[0].type_name in ENCODERS and (node.keywords or len(node.args) == 2):
                return self.masked(module, node)
            if isinstance(module, Choice):
                return self.chosen(module, node)
            if not isinstance(module, ModelSpec) or node.keywords or len(node.args) not in (1, 2):
                return None
            if len(node.args) == 2:  # self.gru(x, h0), self.lstm(x, (h0, c0)): an RNN's initial state
                return self.recurrent(module, node)
            inner = self.value(node.args[0])
            return None if inner is None else self.emit("module", node, inputs=(inner,), model=module)
        qualified = _qualified(func, self.x.scopes.module) or ""
        if isinstance(func, ast.Attribute) and not qualified.startswith("torch."):
            receiver = self.value(func.value)
            return None if receiver is None else self.method(func.attr, receiver, node)
        return self.function(qualified, node)

    def chosen(self, choice: Choice, node: ast.Call) -> str | None:
        """``self.drop_path(x)`` where __init__ chose the module by a test not known here:
        each module run on x, one way of a "branch" step; after it, what both give."""
        if node.keywords or len(node.args) != 1 or any(_special(m) for m in choice.modules):
            return None
        inner = self.value(node.args[0])
        if inner is None:
            return None
        span = self.x._span(node)
        ways, outputs = [], []
        for module in choice.modules:
            self.fresh += 1
            outputs.append(f"_{self.fresh}")
            ways.append([ForwardStep("module", span, model=module, inputs=(inner,), output=outputs[-1])])
        self.fresh += 1
        result = f"_{self.fresh}"
        self.steps.append(ForwardStep("branch", span, branches=tuple(ways), sizes=((result, *outputs),)))
        return result

    def local(self, name: str):
        """Is ``name`` a local here (of forward, or of a function being read inside it)?  A
        local shadows the module's function of that name."""
        scope = self.scope
        if name in self.names or name in self.dims or name in self.numbers or name in self.aliases or \
                name in self.shadowing:
            return name
        return name if scope is not self.x.scopes.module and (name in scope.bindings or name in scope.params) else None

    def sequence_item(self, items: tuple, index) -> str | None:
        """``skips[i // 2]``, ``skips[::-1]``, ``outs[-1]``: an item of a list of values, or a
        list sliced from it (None when the index is not known or out of range)."""
        if isinstance(index, ast.Slice):
            bounds = [None if part is None else self.constant_int(part) for part in (index.lower, index.upper,
                                                                                     index.step)]
            given = [part for part in (index.lower, index.upper, index.step) if part is not None]
            if sum(b is not None for b in bounds) != len(given) or bounds[2] == 0:
                return None
            return self.sequence(items[slice(*bounds)])
        position = self.constant_int(index)
        return items[position] if position is not None and -len(items) <= position < len(items) else None

    def index(self, node) -> tuple | None:
        """``[0]``, ``[:, -1]``, ``[:, i]``, ``[:, :-2]``: per dim, an int (a loop's index
        included), None for a whole ``:``, or ("slice", start, stop, step) of ints or None."""
        parts = node.elts if isinstance(node, ast.Tuple) else [node]
        out = []
        for part in parts:
            if isinstance(part, ast.Slice) and part.lower is None and part.upper is None and part.step is None:
                out.append(None)
            elif isinstance(part, ast.Slice):  # x[:, :, :-self.chomp_size]: ("slice", start, stop, step)
                bounds = [None if b is None else self.constant_int(b) for b in (part.lower, part.upper, part.step)]
                if any(b is None and given is not None
                       for b, given in zip(bounds, (part.lower, part.upper, part.step))):
                    return None
                out.append(("slice", *bounds))
            elif self.constant_int(part) is not None:
                out.append(self.constant_int(part))
            else:
                return None
        return tuple(out)

    def inline(self, method: ast.FunctionDef, node: ast.Call, function: bool = False) -> str | None:
        """``self.init_hidden(x.size(0))``: the method's body read with its parameters bound to
        the call's tensors and sizes; the value it returns.  ``function``: a function of the
        module (``drop_path(x, self.drop_prob, self.training)``), no ``self``.  A parameter
        given what is not read here, by code that changes nothing (a flag, a rate), or left
        to its default, is not known in the body."""
        args = method.args
        params = [a.arg for a in args.args[0 if function else 1:]]
        required = len(params) - len(args.defaults)
        if self.depth >= MAX_INLINE_DEPTH or node.keywords or args.vararg or args.kwarg or args.kwonlyargs or \
                not required <= len(node.args) <= len(params) or any(isinstance(a, ast.Starred) for a in node.args):
            return None
        names, dims, numbers = {}, {}, {}
        for param, arg in zip(params, node.args):
            ref = _size_of(arg)
            if ref is not None and ref[0] in self.names:
                dims[param] = (self.names[ref[0]], ref[1])
                continue
            if isinstance(arg, ast.Name) and arg.id in self.dims:  # self.init_hidden(b)
                dims[param] = self.dims[arg.id]
                continue
            if self.constant_int(arg) is not None:
                numbers[param] = self.constant_int(arg)
                continue
            mark = len(self.steps)
            value = self.value(arg)
            if value is None:
                del self.steps[mark:]
                if not self.harmless(arg):
                    return None
                continue  # not known in the body
            names[param] = value
        # The method sees its parameters only: forward's locals are not its.
        saved = self.names, self.dims, self.numbers, self.constants, self.aliases, self.shadowing
        self.names, self.dims, self.numbers, self.constants, self.aliases = names, dims, numbers, {}, {}
        self.shadowing = self.shadowing | set(params) | {n.id for n in ast.walk(method) if isinstance(n, ast.Name)
                                                         and isinstance(n.ctx, ast.Store)}
        self.depth += 1
        try:
            status, result = self.run(method.body, top=True)
        finally:
            self.names, self.dims, self.numbers, self.constants, self.aliases, self.shadowing = saved
            self.depth -= 1
        return result if status == "return" else None

    def attention(self, module: ModelSpec, node: ast.Call) -> str | None:
        """``self.attn(q, k, v, need_weights=False)``: (output, weights) of attention; the masks
        are not checked."""
        keywords = {k.arg: k.value for k in node.keywords}
        if None in keywords or any(isinstance(a, ast.Starred) for a in node.args) or len(node.args) > 3 or \
                set(keywords) - {"query", "key", "value", "need_weights", "attn_mask", "key_padding_mask",
                                 "average_attn_weights", "is_causal"}:
            return None
        parts = list(node.args) + [keywords.get(name) for name in ("query", "key", "value")[len(node.args):]]
        flags = []
        for name in ("need_weights", "average_attn_weights"):
            flag = keywords.get(name, ast.Constant(True))
            if not (isinstance(flag, ast.Constant) and isinstance(flag.value, bool)):
                return None
            flags.append(flag.value)
        if any(p is None for p in parts):
            return None
        names = [self.value(p) for p in parts]
        return None if None in names else self.emit("module", node, inputs=tuple(names), model=module,
                                                    sizes=("attention", *flags))

    def inlined(self, instance: SeveralInputs, node: ast.Call) -> str | None:
        """``layer(x, adj)``, a module of the project whose forward takes several tensors:
        its operations run here on the values given, each under a fresh name."""
        given = len(node.args)
        if instance.tensors or node.keywords or not instance.required <= given <= len(instance.parameters) or \
                any(isinstance(a, ast.Starred) for a in node.args) or not instance.forward_result:
            return None
        values = [self.value(a) for a in node.args]
        if None in values:
            return None
        renamed = dict(zip(instance.parameters, values))  # a parameter left to its default: not known
        steps = self.renamed_steps(instance.forward_steps, renamed)
        if steps is None:
            return None
        self.steps.extend(steps)
        return renamed.get(instance.forward_result)

    def renamed_steps(self, steps, renamed: dict) -> list | None:
        """Another forward's steps with its values under fresh names here (``renamed`` maps
        its names to ours and grows); None when a step reads a value not given."""
        out = []
        for step in steps:
            if step.kind == "branch":  # each way renamed on its own; the merged names after it
                ways, names = [], []
                for way in step.branches:
                    own = dict(renamed)
                    copied = self.renamed_steps(way, own)
                    if copied is None:
                        return None
                    ways.append(copied)
                    names.append(own)
                merged = []
                for name, *per_way in step.sizes:
                    if any(n not in own for n, own in zip(per_way, names)):
                        return None
                    self.fresh += 1
                    renamed[name] = f"_{self.fresh}"
                    merged.append((renamed[name], *(own[n] for n, own in zip(per_way, names))))
                out.append(replace(step, branches=tuple(ways), sizes=tuple(merged)))
                continue
            if any(name not in renamed for name in step.inputs) or not _sizes_known(step.sizes, renamed):
                return None
            output = ""
            if step.output:
                self.fresh += 1
                output = renamed[step.output] = f"_{self.fresh}"
            out.append(replace(step, inputs=tuple(renamed[n] for n in step.inputs), output=output,
                               sizes=_renamed(step.sizes, renamed)))
        return out

    def two_sequences(self, module: ModelSpec, node: ast.Call) -> str | None:
        """``self.transformer(src, tgt, tgt_mask=mask)``, ``self.decoder_layer(tgt, memory)``:
        both sequences checked as torch checks them (the masks are not read)."""
        first, second = TWO_SEQUENCES[module.layers[0].type_name]
        keywords = {k.arg: k.value for k in node.keywords}
        if None in keywords or any(isinstance(a, ast.Starred) for a in node.args) or len(node.args) > 2:
            return None
        parts = list(node.args) + [keywords.pop(name, None) for name in (first, second)[len(node.args):]]
        if any(p is None for p in parts) or not self.masks_only(keywords):
            return None
        names = [self.value(p) for p in parts]
        return None if None in names else self.emit("module", node, inputs=tuple(names), model=module,
                                                    sizes=("attention", True, True))

    def masked(self, module: ModelSpec, node: ast.Call) -> str | None:
        """``self.encoder(x, mask=mask, src_key_padding_mask=pad)``: the sequence through the
        encoder (the masks are not read)."""
        first, mask = ENCODERS[module.layers[0].type_name]
        keywords = {k.arg: k.value for k in node.keywords}
        if None in keywords or any(isinstance(a, ast.Starred) for a in node.args) or len(node.args) > 2:
            return None
        if len(node.args) == 2:
            if mask in keywords:
                return None  # given twice: a TypeError
            keywords[mask] = node.args[1]
        source = node.args[0] if node.args else keywords.pop(first, None)
        if source is None or not self.masks_only(keywords):
            return None
        inner = self.value(source)
        return None if inner is None else self.emit("module", node, inputs=(inner,), model=module)

    def masks_only(self, keywords: dict) -> bool:
        """Keywords that are masks or causality hints, given by code that changes nothing."""
        return all(key.endswith(("mask", "is_causal")) and self.harmless(value) for key, value in keywords.items())

    def recurrent(self, module: ModelSpec, node: ast.Call) -> str | None:
        """A recurrent layer called with its initial state: inputs (x, h0) or (x, h0, c0)."""
        if len(module.layers) != 1 or module.layers[0].type_name not in RECURRENT:
            return None
        state = node.args[1]
        if isinstance(state, ast.Tuple):
            held = [self.value(p) for p in state.elts]
        else:  # a name: a tensor, a tuple a method returned, or a list of tensors built here
            value = self.value(state)
            held = list(self.sequences[value]) if value in self.sequences else [value]
        names = [self.value(node.args[0])] + held
        return None if None in names else self.emit("module", node, inputs=tuple(names), model=module)

    def method(self, name: str, receiver: str, node: ast.Call) -> str | None:
        args, keywords = node.args, {k.arg: k.value for k in node.keywords}
        if name in ("view", "reshape"):
            sizes = self.sizes(args[0].elts if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List))
                               else args)
            return None if sizes is None or keywords else self.emit(name, node, inputs=(receiver,), sizes=sizes)
        if name == "flatten":
            start = _int(args[0]) if args else _int(keywords.get("start_dim", ast.Constant(0)))
            if start is None or len(args) > 1 or set(keywords) - {"start_dim"}:
                return None
            return self.emit("flatten", node, inputs=(receiver,), start_dim=start)
        if name in ("mean", "sum", "amax", "amin"):
            return self.reduce(receiver, node, args, keywords)
        if name == "permute":
            dims = args[0].elts if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)) else args
            order = tuple(_int(d) for d in dims)
            return None if None in order or keywords else self.emit("permute", node, inputs=(receiver,), sizes=order)
        if name in ("transpose", "swapaxes"):
            pair = tuple(_int(a) for a in args)
            return None if len(pair) != 2 or None in pair or keywords else \
                self.emit("transpose", node, inputs=(receiver,), sizes=pair)
        if name in ("unsqueeze", "squeeze"):
            dim = _int(args[0]) if args else None
            if (args and dim is None) or keywords or len(args) > 1 or (name == "unsqueeze" and dim is None):
                return None
            return self.emit(name, node, inputs=(receiver,), start_dim=dim, sizes=() if args else (None,))
        if name in TENSOR_CASTS and not args and not keywords:
            return self.emit("cast", node, inputs=(receiver,), sizes=(TENSOR_CASTS[name],))
        if name == "contiguous" and not args and not keywords:
            return self.emit("contiguous", node, inputs=(receiver,))
        if name in SHAPE_KEEPING_METHODS:
            return self.emit("same" if name in INTEGER_KEEPING else "float_op", node, inputs=(receiver,))
        if name in IN_PLACE_KEEPING and self.harmless_arguments(node):  # x.new_empty(shape).bernoulli_(p)
            return self.emit("same", node, inputs=(receiver,))
        if name in NEW_LIKE_METHODS and args and not keywords:
            sizes = self.sizes(args[0].elts if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)) else args)
            return None if sizes is None else self.emit("new_as", node, inputs=(receiver,), sizes=sizes)
        if name in ("matmul", "mm", "bmm") and len(args) == 1 and not keywords:
            other = self.value(args[0])
            return None if other is None else self.emit("matmul", node, inputs=(receiver, other), sizes=(name,))
        if name in ("repeat", "expand") and args and not keywords:
            sizes = self.sizes(args[0].elts if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)) else args)
            return None if sizes is None else self.emit(name, node, inputs=(receiver,), sizes=sizes)
        if name == "expand_as" and len(args) == 1 and not keywords:
            other = self.value(args[0])
            return None if other is None else self.emit("expand_as", node, inputs=(receiver, other))
        if name == "to" and len(args) == 1 and not keywords and _is_device(args[0]):
            return self.emit("same", node, inputs=(receiver,))  # h0.to(x.device)
        if name in TENSOR_OPERATIONS:
            return self.operation(name, receiver, node, args, keywords)
        return None

    def operation(self, name: str, receiver: str, node: ast.Call, args, keywords) -> str | None:
        """``x.chunk(2, dim=-1)``, ``x.split([3, 5], 1)``, ``x.unbind(1)``, ``x.unfold(2, p, p)``:
        a one-layer model of the tensor method's rule (seqlint.layers.tensor_ops), its
        arguments ints known here."""
        params = TENSOR_OPERATIONS[name]
        keywords = {OPERATION_KEYWORDS.get(k, k): v for k, v in keywords.items()}
        if len(args) > len(params) or set(keywords) - set(params[len(args):]) or \
                any(isinstance(a, ast.Starred) for a in args):
            return None
        span = self.x._span(node)
        layer = LayerCall(f"Tensor.{name}", name, span)
        for param, given in [*zip(params, args), *keywords.items()]:
            value = self.constant_int(given)
            if value is None and isinstance(given, (ast.List, ast.Tuple)):  # split sections
                value = tuple(self.constant_int(e) for e in given.elts)
                value = None if None in value else value
            if value is None:
                return None
            layer.keywords[param] = Argument(value, self.x._span(given))
        model = ModelSpec(name=name, span=span, layers=[layer], synthetic=True)
        return self.emit("module", node, inputs=(receiver,), model=model)

    def stacked(self, node: ast.Call, args, keywords) -> str | None:
        """``torch.stack(items, dim)``: each item given a dim of 1 there, then concatenated
        (torch's rule: every item of one shape)."""
        dim = self.constant_int(args[1]) if len(args) > 1 else self.constant_int(keywords.get("dim", ast.Constant(0)))
        if dim is None or len(args) > 2 or set(keywords) - {"dim"} or (len(args) > 1 and "dim" in keywords):
            return None
        held = self.value(args[0]) if isinstance(args[0], (ast.Name, ast.List, ast.ListComp, ast.BinOp)) else None
        items = self.sequences.get(held) if held is not None else None
        if not items:
            return None
        raised = tuple(self.emit("unsqueeze", node, inputs=(item,), start_dim=dim) for item in items)
        return self.emit("cat", node, inputs=raised, start_dim=dim)

    def reduce(self, receiver: str, node, args, keywords) -> str | None:
        given = args[0] if args else keywords.get("dim")
        if isinstance(given, ast.Tuple) and given.elts and not (args and "dim" in keywords):
            several = tuple(_int(e) for e in given.elts)  # x.mean(dim=(2, 3))
            keep = keywords.get("keepdim", args[1] if len(args) > 1 else ast.Constant(False))
            if None in several or not (isinstance(keep, ast.Constant) and isinstance(keep.value, bool)) or \
                    set(keywords) - {"dim", "keepdim"}:
                return None
            return self.emit("reduce", node, inputs=(receiver,), start_dim=several[0], sizes=several,
                             keepdim=keep.value)
        dims = [_int(a) for a in args[:1]] + ([_int(keywords["dim"])] if "dim" in keywords else [])
        keep = keywords.get("keepdim", args[1] if len(args) > 1 else None)
        keepdim = keep.value if isinstance(keep, ast.Constant) and isinstance(keep.value, bool) else \
            (False if keep is None else None)
        if len(dims) != 1 or dims[0] is None or keepdim is None or set(keywords) - {"dim", "keepdim"}:
            return None
        return self.emit("reduce", node, inputs=(receiver,), start_dim=dims[0], keepdim=keepdim)

    def function(self, qualified: str, node: ast.Call) -> str | None:
        args, keywords = node.args, {k.arg: k.value for k in node.keywords}
        short = qualified.rsplit(".", 1)[-1]
        if qualified in ("torch.cat", "torch.concat", "torch.concatenate"):
            items = args[0].elts if args and isinstance(args[0], (ast.List, ast.Tuple)) else None
            dim = _int(args[1]) if len(args) > 1 else _int(keywords.get("dim", ast.Constant(0)))
            if dim is None or set(keywords) - {"dim"} or len(args) > 2 or not args:
                return None
            if items is None:  # torch.cat(outs, dim=1): a list of tensors built before
                held = self.value(args[0]) if isinstance(args[0], (ast.Name, ast.ListComp, ast.BinOp)) else None
                return self.emit("cat", node, inputs=self.sequences[held], start_dim=dim) \
                    if held in self.sequences and self.sequences[held] else None
            if not items or any(isinstance(i, ast.Starred) for i in items):
                return None
            names = []
            for item in items:
                name = self.value(item)
                if name is None:
                    return None
                names.append(name)
            return self.emit("cat", node, inputs=tuple(names), start_dim=dim)
        if qualified in NEW_TENSORS:
            return self.new_tensor(node, args, keywords)
        if qualified == "torch.stack" and args:
            return self.stacked(node, args, keywords)
        if qualified[6:] in TENSOR_OPERATIONS and qualified.count(".") == 1 and args and \
                not isinstance(args[0], ast.Starred):  # torch.chunk(x, 2, dim=1)
            inner = self.value(args[0])
            return None if inner is None else self.operation(qualified[6:], inner, node, args[1:], keywords)
        if qualified == "torch.arange" and len(args) == 1 and not set(keywords) - {"device"}:
            sizes = self.sizes(args)  # torch.arange(x.size(1)): int64 positions
            return None if sizes is None else self.emit("arange", node, sizes=sizes)
        if qualified == "torch.einsum" and len(args) >= 2 and not keywords and isinstance(args[0], ast.Constant) \
                and isinstance(args[0].value, str):  # torch.einsum("bhid,bhjd->bhij", q, k)
            operands = [self.value(a) for a in args[1:]]
            return None if None in operands else self.emit("einsum", node, inputs=tuple(operands),
                                                           sizes=(args[0].value,))
        if qualified in ("torch.matmul", "torch.bmm", "torch.mm") and len(args) == 2 and not keywords:
            left = self.value(args[0])
            right = self.value(args[1]) if left is not None else None
            if right is None:
                return None
            return self.emit("matmul", node, inputs=(left, right), sizes=(qualified[6:],))
        if not args:
            return None
        if qualified == "torch.flatten":
            start = _int(args[1]) if len(args) > 1 else _int(keywords.get("start_dim", ast.Constant(0)))
            end = keywords.get("end_dim")
            if start is None or len(args) > 2 or (end is not None and _int(end) != -1):
                return None
            inner = self.value(args[0])
            return None if inner is None else self.emit("flatten", node, inputs=(inner,), start_dim=start)
        if qualified in ("torch.mean", "torch.sum", "torch.amax"):
            inner = self.value(args[0])
            return None if inner is None else self.reduce(inner, node, args[1:], keywords)
        if qualified.startswith("torch.nn.functional.") and short in FUNCTIONAL_LAYERS:
            inner = self.value(args[0])
            layer = self.functional_layer(FUNCTIONAL_LAYERS[short], node)
            if inner is None or layer is None:
                return None
            model = ModelSpec(name=short, span=layer.span, layers=[layer], synthetic=True)
            return self.emit("module", node, inputs=(inner,), model=model)
        if qualified in ("torch.nn.functional.group_norm", "torch.group_norm") and len(args) >= 2 and \
                self.constant_int(args[1]) is not None:  # F.group_norm(x, 8): the channels split in 8
            inner = self.value(args[0])
            return None if inner is None else self.emit("group_norm", node, inputs=(inner,),
                                                        sizes=(self.constant_int(args[1]),))
        if (qualified.startswith(SHAPE_KEEPING_PREFIXES) and short in SHAPE_KEEPING) or \
                (qualified.startswith("torch.") and qualified.count(".") == 1 and short in ELEMENTWISE):
            inner = self.value(args[0])
            kind = "same" if short in INTEGER_KEEPING else "float_op"
            return None if inner is None else self.emit(kind, node, inputs=(inner,))
        return None

    def new_tensor(self, node: ast.Call, args, keywords) -> str | None:
        """``torch.zeros(self.num_layers, x.size(0), self.hidden)``: a float tensor of those sizes."""
        if set(keywords) - {"device", "requires_grad"} or not args:
            return None
        sizes = self.sizes(args[0].elts if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)) else args)
        if sizes is None or any(isinstance(s, int) and s < 0 for s in sizes):
            return None
        return self.emit("new", node, sizes=sizes)

    def functional_layer(self, type_name: str, node: ast.Call) -> LayerCall | None:
        """``F.max_pool2d(x, 2)`` read as ``nn.MaxPool2d(2)`` applied to x."""
        parsed = self.x.cst_of(node)
        if parsed is None:
            return None
        folder = self.x.folder(self.scope)
        layer = LayerCall(type_name, type_name, self.x.span(parsed))
        for arg in parsed.args[1:]:
            if arg.star:
                return None
            value = Argument(folder.fold(arg.value), self.x.span(arg.value, parsed))
            if arg.keyword is not None:
                if arg.keyword.value == "antialias":
                    continue  # interpolate's own option; no shape effect
                layer.keywords[arg.keyword.value] = value
            else:
                layer.positional.append(value)
        return layer

    def attribute(self, node):
        """The constant an instance attribute holds (``self.shape``), or None."""
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            value = self.modules.get(node.attr)
            return value if not isinstance(value, ModelSpec) else None
        return None

    def constant_int(self, node) -> int | None:
        """An int written as literals and the instance's int attributes: ``self.n_layers * 2``."""
        number = _int(node)
        if number is not None:
            return number
        value = self.attribute(node)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(node, ast.Name):  # p = self.patch_size; a loop's index
            value = self.numbers.get(node.id, self.constants.get(node.id))
            return value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len" and \
                len(node.args) == 1 and not node.keywords and "len" not in self.x.scopes.module.bindings:
            held = self.attribute_list(node.args[0])  # len(self.layers), len(outs)
            if held is None and isinstance(node.args[0], ast.Name):
                held = self.sequences.get(self.names.get(node.args[0].id))
            return None if held is None else len(held)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv)):
            left, right = self.constant_int(node.left), self.constant_int(node.right)
            if left is None or right is None or (isinstance(node.op, ast.FloorDiv) and right == 0):
                return None
            result = {ast.Add: left + right, ast.Sub: left - right, ast.Mult: left * right}.get(type(node.op)) \
                if not isinstance(node.op, ast.FloorDiv) else left // right
            return result if abs(result) < 2 ** 31 else None
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):  # -self.chomp_size
            inner = self.constant_int(node.operand)
            return None if inner is None else -inner
        return None

    def sizes(self, args) -> tuple | None:
        """view/reshape sizes: ints, or ("dim", value, i) for ``x.size(i)`` / ``x.shape[i]``."""
        out = []
        for arg in args:
            number = self.constant_int(arg)
            if number is not None:
                out.append(number)
                continue
            held = self.size_tuple(arg.value if isinstance(arg, ast.Starred) else arg)
            if held is not None and (isinstance(arg, ast.Starred) or len(args) == 1):
                out.extend(held.items)  # x.new_empty(shape), x.view(*shape)
                continue
            if isinstance(arg, ast.Name) and arg.id in self.dims:
                out.append(("dim", *self.dims[arg.id]))
                continue
            constant = self.attribute(arg.value if isinstance(arg, ast.Starred) else arg)
            if isinstance(arg, ast.Starred) and isinstance(constant, tuple) and \
                    all(isinstance(v, int) and not isinstance(v, bool) for v in constant):
                out.extend(constant)  # x.view(x.size(0), *self.shape)
                continue
            if isinstance(constant, int) and not isinstance(constant, bool) and not isinstance(arg, ast.Starred):
                out.append(constant)
                continue
            item = self.size_item(arg)
            if item is None:
                return None
            out.append(item)
        return tuple(out) if out else None

    def size_item(self, node):
        """One size: an int, ("dim", value, i) for ``x.size(i)``, or ("op", "*", a, b) for
        ``c * h`` of such sizes (``b, c, h, w = x.size(); x.view(b, c * h, w)``)."""
        number = self.constant_int(node)
        if number is not None:
            return number
        if isinstance(node, ast.Name) and node.id in self.dims:
            return ("dim", *self.dims[node.id])
        ref = _size_of(node)
        if ref is not None and ref[0] in self.names:
            return ("dim", self.names[ref[0]], ref[1])
        ranked = _rank_of(node)  # x.ndim, x.dim(), len(x.shape)
        if ranked is not None and ranked in self.names:
            return ("rank", self.names[ranked])
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Add, ast.Sub, ast.FloorDiv)):
            left, right = self.size_item(node.left), self.size_item(node.right)
            if left is not None and right is not None:
                return ("op", type(node.op).__name__, left, right)
        return None
