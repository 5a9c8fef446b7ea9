"""Loss calls: ``criterion(model(x), y)`` with ``criterion = nn.CrossEntropyLoss()``, or
``F.cross_entropy(logits, y)``, where the source says what the two tensors are.

The input is usually a model's output (``logits = model(x)``): the tensor reader gives it as
that model run on its input, which the analysis works out (``propagate.through_models``).
"""

from __future__ import annotations

import ast

from seqlint.extract.batches import (Unpacked, as_in_pass, batch_passes, body_value, innermost_loop,
                                     listed_batches, loader_batches)
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
            # torch raises in the function: at the call
            pairs = _tensors(x, call, scope, sites) or _through_helper(x, call, scope, sites)
            found.extend(LossCall(FUNCTIONS[short], f"F.{short}", x._span(call), *tensors) for tensors in pairs)
            continue
        if qualified != f"torch.nn.{short}" or short not in CLASSES:
            continue
        outer = x.scopes.called_with.get(id(call))
        if outer is not None:  # nn.CrossEntropyLoss()(logits, y): built and called at once
            found.extend(LossCall(CLASSES[short], short, x._span(call), *tensors)
                         for tensors in _tensors(x, outer, scope, sites))
            continue
        target = x.scopes.assigned_to.get(id(call))
        if not isinstance(target, ast.Name):
            continue
        created = x.scopes.order_of[id(call)]
        uses = sorted(u for u in scope.uses.get(target.id, []) if u[0] > created)
        rebound = [b[0] for b in scope.bindings.get(target.id, []) if b[0] > created and b[1] is not call]
        for order, method, use in uses[:MAX_USES]:
            if rebound and order >= min(rebound):
                break
            if method not in (None, "forward"):
                continue
            # raised by the loss module: where it is built, as for layers
            found.extend(LossCall(CLASSES[short], short, x._span(call), *tensors)
                         for tensors in _tensors(x, use, scope, sites))
    return found


def _through_helper(x, call: ast.Call, scope, sites: dict) -> list:
    """``def loss_function(recon_x, x, mu, logvar): F.binary_cross_entropy(recon_x, x.view(-1,
    784))`` called as ``loss_function(recon, data, mu, logvar)``: the loss's tensors read from
    what each call of the module's function passes (its parameters, nothing the body binds)."""
    function = scope.node
    if not isinstance(function, ast.FunctionDef) or scope.parent is not x.scopes.module or \
            function.args.vararg or function.args.kwarg or function.args.kwonlyargs or function.args.posonlyargs:
        return []
    params = [a.arg for a in function.args.args]
    keywords = {k.arg: k.value for k in call.keywords}
    args = list(call.args[:2]) + [keywords.get(name) for name in ("input", "target")[len(call.args[:2]):]]
    if None in args or any(isinstance(a, ast.Starred) for a in args) or \
            any(n.id in scope.bindings for a in args for n in ast.walk(a) if isinstance(n, ast.Name)) or \
            any(isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id in params for n in ast.walk(function)):
        return []  # a name the body binds (or a parameter bound again): not read
    used = sorted({n.id for a in args for n in ast.walk(a) if isinstance(n, ast.Name) and n.id in params},
                  key=params.index)
    found = []
    for site, site_scope in x.scopes.calls_of.get(function.name, [])[:MAX_USES]:
        if site_scope is scope or site.keywords or len(site.args) != len(params) or \
                any(isinstance(a, ast.Starred) for a in site.args):
            continue
        passed = dict(zip(params, site.args))
        for tensors in _tensors(x, site, site_scope, sites, [passed[p] for p in used]):
            reader = TensorReader(x, scope, x.scopes.order_of.get(id(call), 0), given=dict(zip(used, tensors)))
            pair = [reader.read(x.cst_of(a)) for a in args]
            if None not in pair and pair not in found:
                found.append(pair)
    return found


def _tensors(x, call: ast.Call, scope, sites: dict, args: list | None = None) -> list:
    """The (input, target) pairs the call passes, both read: one pair, or one per pass of a
    mini-batch loop (``y[i:i + 64]``) that differs from the others; none when not read.
    ``args``: other arguments of the call to read instead (a helper's, see _through_helper)."""
    keywords = {k.arg: k.value for k in call.keywords}
    if args is None:
        args = list(call.args[:2]) + [keywords.get(name) for name in ("input", "target")[len(call.args[:2]):]]
        if len(args) != 2 or None in keywords:
            return []
    if any(a is None or isinstance(a, ast.Starred) for a in args):
        return []
    order = x.scopes.order_of.get(id(call), 0)
    pair = _read(x, args, scope, order, sites, None)
    if pair is not None:
        return [pair]
    for arg in args:
        found = batch_passes(x, call, scope, arg)
        if found is not None:
            _, name, values, loop = found
            written = [as_in_pass(x, a, call, loop, scope=scope) for a in args]
            if None in written:
                return []
            pairs = []
            for value in values:
                pair = _read(x, args, scope, order, sites, {name: value}, written, loop)
                if pair is None:
                    return []
                if pair not in pairs:
                    pairs.append(pair)
            return pairs
    found = loader_batches(x, call, scope) or listed_batches(x, call, scope)
    if found is not None:  # for xb, yb in loader: loss(model(xb), yb)
        loop, batches = found
        written = [as_in_pass(x, a, call, loop, scope=scope) for a in args]
        pairs = []
        for names in batches if None not in written else []:
            pair = _read(x, args, scope, order, sites, None, written, loop, names)
            if pair is None:
                return []
            if pair not in pairs:
                pairs.append(pair)
        return pairs
    loop = innermost_loop(x, call, scope)
    if loop is not None:  # for step in ...: img = torch.rand(...); out = model(img); loss(out, img)
        written = [as_in_pass(x, a, call, loop) for a in args]
        pair = _read(x, args, scope, order, sites, None, written, loop) if None not in written else None
        if pair is not None:
            return [pair]
    return []


def _read(x, args: list, scope, order: int, sites: dict, env: dict | None, written=None, loop=None,
          loop_values=None):
    """``written``: the arguments as libcst reads them, when not as written (``as_in_pass``
    in ``loop``); ``loop_values``: the tensors the loop's names hold in this pass."""
    reader = TensorReader(x, scope, order, env, given=loop_values)
    written = written or [x.cst_of(a) for a in args]
    tensors = [reader.read(w) or _instance_output(x, a, scope, order, sites, loop) for a, w in zip(args, written)]
    return None if any(t is None for t in tensors) else tensors


def _instance_output(x, node, scope, order: int, sites: dict, loop=None) -> InputSpec | None:
    """``net(images)`` (or a name bound to it just so, in ``loop``'s body if given) where
    ``net`` is a module class instance whose forward is followed: its output, known once the
    analysis has run it."""
    index = None
    if isinstance(node, ast.Name):
        name = node
        node = scope.value_before(name.id, order)
        if node is None and loop is not None:
            node = body_value(name.id, name, loop.body, calls=True)
            if isinstance(node, Unpacked):  # recon, mu, logvar = model(data) in the loop's body
                node, index = node.call, node.index
        if node is None:  # logits, aux = net(images): one item of what it returns
            node, index = x.unpacked_from(name.id, scope, order) or (None, None)
    return InputSpec((), None, origin="instance", through=(node, index)) if id(node) in sites else None
