"""Loss calls: ``criterion(model(x), y)`` with ``criterion = nn.CrossEntropyLoss()``, or
``F.cross_entropy(logits, y)``, where the source says what the two tensors are.

The input is usually a model's output (``logits = model(x)``): the tensor reader gives it as
that model run on its input, which the analysis works out (``propagate.through_models``).
"""

from __future__ import annotations

import ast

from seqlint.extract.spec import InputSpec, LossCall
from seqlint.extract.tensors import TensorReader
from seqlint.layers.losses import CLASSES, FUNCTIONS

MAX_USES = 5  # calls of one loss object checked


def loss_calls(x, chains=()) -> list[LossCall]:
    """Every loss call of the file (``x``: its Extractor) whose two tensors are read; a tensor
    may be what a module class instance returns (``logits = net(images)``: one of ``chains``)."""
    sites = {id(c.call_site): c for c in chains if c.call_site is not None}
    found = []
    for qualified, call, scope in x.scopes.loss_calls:
        short = qualified.rsplit(".", 1)[-1]
        if qualified == f"torch.nn.functional.{short}" and short in FUNCTIONS:
            tensors = _tensors(x, call, scope, sites)
            if tensors is not None:  # torch raises in the function: at the call
                found.append(LossCall(FUNCTIONS[short], f"F.{short}", x._span(call), *tensors))
            continue
        target = x.scopes.assigned_to.get(id(call))
        if qualified != f"torch.nn.{short}" or short not in CLASSES or not isinstance(target, ast.Name):
            continue
        created = x.scopes.order_of[id(call)]
        uses = sorted(u for u in scope.uses.get(target.id, []) if u[0] > created)
        rebound = [b[0] for b in scope.bindings.get(target.id, []) if b[0] > created and b[1] is not call]
        for order, method, use in uses[:MAX_USES]:
            if rebound and order >= min(rebound):
                break
            if method not in (None, "forward"):
                continue
            tensors = _tensors(x, use, scope, sites)
            if tensors is not None:  # raised by the loss module: where it is built, as for layers
                found.append(LossCall(CLASSES[short], short, x._span(call), *tensors))
    return found


def _tensors(x, call: ast.Call, scope, sites: dict):
    """(input, target) the call passes, both read; None otherwise."""
    keywords = {k.arg: k.value for k in call.keywords}
    args = list(call.args[:2]) + [keywords.get(name) for name in ("input", "target")[len(call.args[:2]):]]
    if len(args) != 2 or any(a is None or isinstance(a, ast.Starred) for a in args) or None in keywords:
        return None
    order = x.scopes.order_of.get(id(call), 0)
    reader = TensorReader(x, scope, order)
    tensors = [reader.read(x.cst_of(a)) or _instance_output(a, scope, order, sites) for a in args]
    return None if any(t is None for t in tensors) else tensors


def _instance_output(node, scope, order: int, sites: dict) -> InputSpec | None:
    """``net(images)`` (or a name bound to it just so) where ``net`` is a module class instance
    whose forward is followed: its output, known once the analysis has run it."""
    if isinstance(node, ast.Name):
        node = scope.value_before(node.id, order)
    return InputSpec((), None, origin="instance", through=(node, None)) if id(node) in sites else None
