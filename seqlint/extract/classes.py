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
from typing import TYPE_CHECKING

from seqlint.extract.scopes import SEQUENTIAL, dotted
from seqlint.extract.spec import ForwardChain, ForwardStep, LayerCall, ModelSpec
from seqlint.extract.tensors import TensorReader

if TYPE_CHECKING:
    from seqlint.extract.models import Extractor

# Functions of one tensor that keep its shape (their other arguments are options).
SHAPE_KEEPING = {
    "relu", "relu6", "gelu", "silu", "elu", "selu", "celu", "leaky_relu", "sigmoid", "tanh",
    "mish", "hardswish", "hardsigmoid", "softplus", "softsign", "dropout", "alpha_dropout",
    "softmax", "log_softmax", "softmin", "logsigmoid", "tanhshrink", "hardtanh",
}
SHAPE_KEEPING_PREFIXES = ("torch.nn.functional.", "torch.")


class ChainReader:
    def __init__(self, extractor: "Extractor", specs: dict):
        self.x = extractor
        self.specs = specs  # id(ast Call of a Sequential) -> ModelSpec

    def chains(self) -> list[ForwardChain]:
        found = []
        module = self.x.scopes.module
        for stmt in self.x.reduced.tree.body:
            if not isinstance(stmt, ast.ClassDef) or id(stmt) in self.x.reduced.skipped:
                continue
            methods = {s.name: s for s in stmt.body if isinstance(s, ast.FunctionDef)}
            if "__init__" in methods and any(_qualified(b, module) == SEQUENTIAL for b in stmt.bases):
                found.extend(self._sequential_subclass(stmt, methods["__init__"], module))
                continue
            if "__init__" not in methods or "forward" not in methods:
                continue
            steps = self._forward(methods["forward"], self._submodules(methods["__init__"]))
            if not steps:
                continue
            for tensor, training, params in self._instances(methods["__init__"], stmt.name, module):
                found.append(ForwardChain(stmt.name, tensor, training, steps, params))
        return found

    def _sequential_subclass(self, cls: ast.ClassDef, init: ast.FunctionDef, module):
        """``class MLP(nn.Sequential)`` whose ``__init__`` calls ``super().__init__(layers...)``:
        each instance called with a dummy tensor is that Sequential, with its sizes."""
        from seqlint.extract.models import _instantiate

        scope = self.x.scopes.function_scopes.get(id(init))
        supers = [s.value for s in init.body if isinstance(s, ast.Expr) and _is_super_init(s.value)]
        if scope is None or len(supers) != 1:
            return
        parsed = self.x.cst_of(supers[0])
        if parsed is None:
            return
        spec = self.x._model(parsed, scope, self.x._specs, self.x._nested)
        for call, where in self.x.scopes.calls_of.get(cls.name, []):
            if where is not module and cls.name in where.bindings:
                continue
            model = _instantiate(spec, self._params(init, call, where), cls.name)
            model.name = cls.name
            steps = [ForwardStep("module", model.span, model=model)]
            for tensor, training in self._uses_of_instance(call, where):
                yield ForwardChain(cls.name, tensor, training, steps)

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
        qualified = _qualified(value.func, scope)
        if not qualified or not qualified.startswith("torch.nn.") or "." in qualified[9:]:
            return None
        parsed = self.x.cst_of(value)
        if parsed is None:
            return None
        layer: LayerCall = self.x._layer(parsed, scope, self.x._specs, self.x._nested, parsed, name)
        layer.display = qualified[9:]
        return ModelSpec(name=name, span=layer.span, layers=[layer], synthetic=True)

    # -- forward: a straight chain --

    def _forward(self, forward: ast.FunctionDef, modules: dict) -> list[ForwardStep] | None:
        args = forward.args
        if len(args.args) != 2 or args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
            return None
        var = args.args[1].arg
        steps: list[ForwardStep] = []
        for i, stmt in enumerate(forward.body):
            if i == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue  # docstring
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                # x = self.a(x), or a new name for it (flat = x.view(x.size(0), -1)): the
                # tensor flows on under the name assigned; the old name is not read again.
                more = self._steps(stmt.value, var, modules)
                var = stmt.targets[0].id
            elif isinstance(stmt, ast.Return) and stmt.value is not None:
                more = self._steps(stmt.value, var, modules)
                if more is None:
                    return None
                steps.extend(more)
                break
            else:
                return None
            if more is None:
                return None
            steps.extend(more)
        return steps if any(s.kind == "module" for s in steps) else None

    def _steps(self, node, var: str, modules: dict) -> list[ForwardStep] | None:
        """The steps that turn ``var`` into ``node``'s value, innermost first."""
        if isinstance(node, ast.Name):
            return [] if node.id == var else None
        if not isinstance(node, ast.Call) or any(isinstance(a, ast.Starred) for a in node.args):
            return None
        span = self.x._span(node)
        func = node.func
        # self.features(x)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
            module = modules.get(func.attr)
            if module is None or len(node.args) != 1 or node.keywords:
                return None
            inner = self._steps(node.args[0], var, modules)
            return None if inner is None else inner + [ForwardStep("module", span, model=module)]
        # x.view(x.size(0), -1), x.flatten(1), x.reshape(-1, 400)
        name = dotted(func) or ""
        qualified = _qualified(func, self.x.scopes.module) or name
        if isinstance(func, ast.Attribute) and func.attr in ("mean", "sum", "amax") and \
                not qualified.startswith("torch."):  # x.mean(dim=1): pooling over a dim
            inner = self._steps(func.value, var, modules)
            dims = [_int(a) for a in node.args] + [_int(k.value) for k in node.keywords if k.arg == "dim"]
            other = [k for k in node.keywords if k.arg != "dim" and not (k.arg == "keepdim" and
                     isinstance(k.value, ast.Constant) and k.value.value is False)]
            if inner is None or len(dims) != 1 or dims[0] is None or other:
                return None
            return inner + [ForwardStep("reduce", span, start_dim=dims[0])]
        if isinstance(func, ast.Attribute) and func.attr in ("view", "reshape", "flatten") and \
                not qualified.startswith("torch."):  # a tensor method, not torch.flatten
            inner = self._steps(func.value, var, modules)
            if inner is None:
                return None
            # x.size(0) names the batch of the tensor viewed only when that tensor is x itself.
            receiver_is_var = isinstance(func.value, ast.Name) and func.value.id == var
            step = self._reshape_step(func.attr, node, var if receiver_is_var else None, span)
            return None if step is None else inner + [step]
        if not node.args:
            return None
        inner = self._steps(node.args[0], var, modules)
        if inner is None:
            return None
        if qualified == "torch.flatten":
            start = _int(node.args[1]) if len(node.args) > 1 else 0
            for kw in node.keywords:
                if kw.arg == "start_dim":
                    start = _int(kw.value)
                elif kw.arg == "end_dim" and _int(kw.value) != -1:
                    return None
            if start is None or len(node.args) > 2:
                return None
            return inner + [ForwardStep("flatten", span, start_dim=start)]
        if qualified.startswith(SHAPE_KEEPING_PREFIXES) and qualified.rsplit(".", 1)[-1] in SHAPE_KEEPING:
            return inner + [ForwardStep("same", span)]
        return None

    def _reshape_step(self, method: str, node: ast.Call, var: str | None, span) -> ForwardStep | None:
        if method == "flatten":
            if node.keywords or len(node.args) > 1:
                return None
            start = _int(node.args[0]) if node.args else 0
            return None if start is None else ForwardStep("flatten", span, start_dim=start)
        args = node.args
        if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)):
            args = args[0].elts
        if len(args) == 2 and _is_batch_size(args[0], var) and _int(args[1]) == -1:
            return ForwardStep("flatten", span, start_dim=1)  # x.view(x.size(0), -1)
        sizes = tuple(_int(a) for a in args)
        if args and None not in sizes:
            return ForwardStep("view", span, sizes=sizes)
        return None

    # -- where the class is used --

    def _instances(self, init: ast.FunctionDef, class_name: str, module):
        """(input, training, params) for each instance of the class called with a dummy tensor."""
        for call, scope in self.x.scopes.calls_of.get(class_name, []):
            if scope is module or class_name not in scope.bindings:  # not shadowed locally
                params = self._params(init, call, scope)
                for tensor, training in self._uses_of_instance(call, scope):
                    yield tensor, training, params

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
        scopes = self.x.scopes
        training = True
        for method, outer in self.x._chain(call):  # model = Net().to(device).eval()
            if method not in ("to", "cuda", "cpu", "eval", "train"):
                return
            training = {"eval": False, "train": True}.get(method, training)
            call = outer
        caller = scopes.called_with.get(id(call))
        if caller is not None:  # Net()(x)
            tensor = self._tensor(caller, scope)
            if tensor is not None:
                yield tensor, training
            return
        target = scopes.assigned_to.get(id(call))
        if not isinstance(target, ast.Name):
            return
        created = scopes.order_of[id(call)]
        for order, method, use in sorted(scope.uses.get(target.id, []), key=lambda u: u[0]):
            if order <= created:
                continue
            if method == "eval":
                training = False
            elif method == "train":
                training = not (use.args and isinstance(use.args[0], ast.Constant) and use.args[0].value is False)
            elif method in (None, "forward"):
                tensor = self._tensor(use, scope)
                if tensor is not None:
                    yield tensor, training
                return
            elif method not in ("to", "cuda", "cpu"):
                return  # something else done to the model: not followed

    def _tensor(self, use: ast.Call, scope):
        if len(use.args) != 1 or use.keywords or isinstance(use.args[0], ast.Starred):
            return None
        return TensorReader(self.x, scope, self.x.scopes.order_of[id(use)]).read(self.x.cst_of(use.args[0]))


def _qualified(func, scope) -> str | None:
    from seqlint.extract.scopes import qualify_name

    return qualify_name(dotted(func), scope)


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


def _is_batch_size(node, var: str) -> bool:
    """``x.size(0)`` or ``x.shape[0]``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "size":
        return (isinstance(node.func.value, ast.Name) and node.func.value.id == var
                and len(node.args) == 1 and _int(node.args[0]) == 0)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "shape":
        return (isinstance(node.value.value, ast.Name) and node.value.value.id == var
                and _int(node.slice) == 0)
    return False
