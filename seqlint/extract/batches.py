"""Mini-batch loops: ``for i in range(0, len(X), 64): xb = X[i:i + 64]; model(xb)``.

Such a loop gives the model one tensor per pass, and they are not all alike: the last batch
is what is left over (65 samples by 16 leave a batch of 1, which BatchNorm refuses in
training).  The passes are read with the loop variable bound to each value it takes; only
the first two and the last two are read when there are many (slices of a batch loop differ
at the end only).  A loop whose bounds do not fold is not read.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

import libcst as cst

MAX_PASSES = 64  # a loop with more passes is read at its ends only


def passes_certain(loop: ast.For, use: ast.AST) -> bool:
    """Does ``use`` run in every pass of ``loop``?  Only when it stands in the loop's body
    itself (or a ``with`` there) and nothing in the body ends a pass early (``break``,
    ``continue``, ``return``): otherwise only the first pass is certain (``if step == 1:
    break``, ``if xb.size(0) > 1: model(xb)``)."""
    position = (use.lineno, use.col_offset)
    body = loop.body
    while True:
        holder = next((s for s in body if (s.lineno, s.col_offset) <= position <= (s.end_lineno, s.end_col_offset)),
                      None)
        if holder is None:
            return False
        if isinstance(holder, ast.With):
            body = holder.body
            continue
        if isinstance(holder, (ast.If, ast.For, ast.While, ast.Try, ast.AsyncFor, ast.AsyncWith, ast.Match)):
            return False
        break
    return not _ends_early(loop.body)


def _ends_early(body: list, nested: bool = False) -> bool:
    """A ``break`` / ``continue`` of this loop, or a ``return``, in ``body``."""
    for stmt in body:
        for node in _own_nodes(stmt):
            if isinstance(node, ast.Return) or (isinstance(node, (ast.Break, ast.Continue)) and not nested):
                return True
            if isinstance(node, (ast.For, ast.While, ast.AsyncFor)) and _ends_early(node.body + node.orelse, True):
                return True
    return False


def _own_nodes(stmt: ast.AST):
    """The nodes of ``stmt`` outside nested loops and definitions (those are yielded, not entered)."""
    yield stmt
    if isinstance(stmt, (ast.For, ast.While, ast.AsyncFor, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                         ast.Lambda)):
        return
    for child in ast.iter_child_nodes(stmt):
        yield from _own_nodes(child)


def range_loop_values(x, loop: ast.For, scope) -> tuple[str, list[int]] | None:
    """``(variable, values)`` of ``for variable in range(...)`` whose bounds fold to ints."""
    if not isinstance(loop.target, ast.Name) or loop.orelse or not isinstance(loop.iter, ast.Call):
        return None
    call = loop.iter
    if not isinstance(call.func, ast.Name) or call.func.id != "range" or call.keywords or \
            not 1 <= len(call.args) <= 3 or x._shadowed("range", scope):
        return None
    order = x.scopes.order_of.get(id(call))
    bounds = [_bound(x, arg, scope, order) for arg in call.args]
    if any(not isinstance(b, int) or isinstance(b, bool) for b in bounds) or (len(bounds) == 3 and bounds[2] == 0):
        return None
    passes = range(*bounds)
    if len(passes) > MAX_PASSES:
        values = [passes[0], passes[1], passes[-2], passes[-1]]
    else:
        values = list(passes)
    return loop.target.id, values


def _bound(x, node: ast.expr, scope, order):
    """A bound of the range: a constant, or ``len(X)`` / ``X.shape[0]`` / ``X.size(0)`` of a
    tensor the source makes."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len" and \
            len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Name) and \
            not x._shadowed("len", scope):
        shape = x.shape_of(node.args[0].id, scope, order)
        if isinstance(shape, tuple) and shape:
            return shape[0]  # else the length of a list: folded below
    cst_node = x.cst_of(node)
    return x.folder(scope, order).fold(cst_node) if cst_node is not None else None


def batch_passes(x, use: ast.AST, scope, node: ast.expr) -> tuple[ast.expr, str, list[int], ast.For] | None:
    """``(expression, variable, values, loop)``: what ``node`` (an argument of ``use``) is in the
    innermost ``for variable in range(...)`` of ``scope`` around ``use`` whose variable it
    reads -- itself, or the value the loop body gives the name -- and the values the
    variable takes.  None when no such loop is read."""
    for loop in _loops_around(x, use, scope):
        if not isinstance(loop.target, ast.Name):
            continue
        name = loop.target.id
        expression = body_value(node.id, use, loop.body) if isinstance(node, ast.Name) else node
        if expression is None or not _reads_through(expression, name, use, loop.body):
            continue
        if _bound_in_body(loop, name):
            return None  # the body changes it: its values are not the range's
        found = range_loop_values(x, loop, scope)
        if found is None:
            return None
        name, values = found
        return expression, name, values if passes_certain(loop, use) else values[:1], loop
    return None


def innermost_loop(x, use: ast.AST, scope) -> ast.For | None:
    """The innermost for loop of ``scope`` around ``use``."""
    return next(iter(_loops_around(x, use, scope)), None)


def _loops_around(x, use: ast.AST, scope) -> list:
    """The for loops of ``scope`` around ``use``, innermost first."""
    position = (use.lineno, use.col_offset)
    around = [loop for loop in x._loops(scope.node)
              if isinstance(loop, ast.For) and (loop.lineno, loop.col_offset) <= position <=
              (loop.end_lineno, loop.end_col_offset)]
    return sorted(around, key=lambda loop: (loop.lineno, loop.col_offset), reverse=True)


def as_in_pass(x, node: ast.expr, use: ast.AST, loop: ast.For, depth: int = 0,
               scope=None) -> cst.BaseExpression | None:
    """``node`` (libcst) with the names the loop body bound before ``use`` replaced by what
    they were bound to: ``criterion(out, yb)`` after ``out = model(xb)`` and ``xb, yb =
    X[i:i + 64], y[i:i + 64]`` reads as ``criterion(model(X[i:i + 64]), y[i:i + 64])``.
    With ``scope``, the bodies of the loops around ``loop`` are read too (``perm =
    torch.randperm(n)`` once an epoch, around the batch loop)."""
    written = x.cst_of(node)
    if written is None or depth > 3:
        return written
    outer = [around.body for around in _loops_around(x, loop, scope) if around is not loop] if scope is not None else []
    values = {}
    for name in {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}:
        value = body_value(name, use, loop.body, calls=True)
        if value is None and not _bound_in_body(loop, name):  # the same in every pass of loop
            value = next((v for v in (body_value(name, use, body, calls=True) for body in outer) if v is not None),
                         None)
        if isinstance(value, Unpacked):  # x, y = get_batch(): x is get_batch()[0]
            call = as_in_pass(x, value.call, use, loop, depth + 1, scope)
            values[name] = None if call is None else cst.Subscript(
                call, [cst.SubscriptElement(cst.Index(cst.Integer(str(value.index))))])
        elif value is not None:
            values[name] = as_in_pass(x, value, use, loop, depth + 1, scope)
        if value is not None and values[name] is None:
            return None
    return written.visit(_Replace(values)) if values else written


class _Replace(cst.CSTTransformer):
    def __init__(self, values: dict):
        self.values = values

    def leave_Name(self, original, updated):
        return self.values.get(original.value, updated)

    def leave_Attribute(self, original, updated):
        return updated.with_changes(attr=original.attr)  # x.view: "view" is no name of the body

    def leave_Arg(self, original, updated):
        return updated.with_changes(keyword=original.keyword)


@dataclass(frozen=True)
class Unpacked:
    """``x, y = get_batch()``: the name holds item ``index`` of what ``call`` returns."""

    call: ast.Call
    index: int


def body_value(name: str, use: ast.AST, loop_body: list, unpacking: bool = True, calls: bool = False):
    """What ``name`` holds at ``use`` when the loop body binds it before, once, plainly:
    ``xb = X[i:i + 64]`` or (with ``unpacking``) ``xb, yb = X[i:i + 64], y[i:i + 64]``, or
    (with ``calls``) an Unpacked item of a call's result, ``xb, yb = get_batch()``."""
    position = (use.lineno, use.col_offset)
    holder = next((s for s in loop_body if (s.lineno, s.col_offset) <= position <=
                   (s.end_lineno, s.end_col_offset)), None)
    if holder is None:
        return None
    found = None
    for stmt in loop_body[:loop_body.index(holder)]:
        value = _assigned(stmt, name, unpacking, calls)
        if value is not None:
            found = value
        elif any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, (ast.Store, ast.Del))
                 for n in ast.walk(stmt)):
            found = None  # bound some other way (a with, a loop, a call's unpacking)
    return found


def _assigned(stmt: ast.stmt, name: str, unpacking: bool = True, calls: bool = False):
    if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
        return None
    target, value = stmt.targets[0], stmt.value
    if isinstance(target, ast.Name):
        return value if target.id == name else None
    if calls and isinstance(target, ast.Tuple) and isinstance(value, ast.Call) and \
            all(isinstance(e, ast.Name) for e in target.elts):
        names = [e.id for e in target.elts]
        return Unpacked(value, names.index(name)) if names.count(name) == 1 else None
    if unpacking and isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts) and \
            not any(isinstance(e, ast.Starred) for e in (*target.elts, *value.elts)):
        for each, item in zip(target.elts, value.elts):
            if isinstance(each, ast.Name) and each.id == name:
                return item
    return None


def _reads(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in ast.walk(node))


def _reads_through(node: ast.AST, name: str, use: ast.AST, loop_body: list, depth: int = 0) -> bool:
    """Does ``node`` read ``name``, itself or through names the loop body binds before
    ``use`` (``xb = X[idx]`` after ``idx = perm[i:i + 32]``)?"""
    if _reads(node, name):
        return True
    if depth > 3:
        return False
    for part in ast.walk(node):
        if isinstance(part, ast.Name) and isinstance(part.ctx, ast.Load):
            value = body_value(part.id, use, loop_body)
            if value is not None and _reads_through(value, name, use, loop_body, depth + 1):
                return True
    return False


def _bound_in_body(loop: ast.For, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, (ast.Store, ast.Del))
               for stmt in loop.body for n in ast.walk(stmt))


# --- DataLoader over a TensorDataset ------------------------------------------------------

DATA_LOADER = "torch.utils.data.DataLoader"
TENSOR_DATASET = "torch.utils.data.TensorDataset"
# DataLoader options that change which samples a batch holds, or how: not read.
_LOADER_KEYWORDS = {"batch_size", "shuffle", "drop_last", "num_workers", "pin_memory", "persistent_workers",
                    "prefetch_factor", "timeout", "generator"}


def loader_batches(x, use: ast.AST, scope) -> tuple[ast.For, list[dict]] | None:
    """``for xb, yb in DataLoader(TensorDataset(X, y), batch_size=64)`` around ``use``: the
    loop, and for each batch size the loader gives (full batches, then what is left unless
    ``drop_last``), the tensor each loop name holds.  None when that is not read."""
    from dataclasses import replace

    from seqlint.extract.scopes import dotted, qualify_name
    from seqlint.extract.tensors import TensorReader

    for loop in _loops_around(x, use, scope):
        target, items = _enumerated(x, loop)
        names = [e.id if isinstance(e, ast.Name) else None for e in target.elts] \
            if isinstance(target, (ast.Tuple, ast.List)) else None
        if not names or None in names or loop.orelse:
            continue
        order = x.scopes.order_of.get(id(use), 0)
        loader = _bound_call(x, items, scope, order)
        if loader is None or qualify_name(dotted(loader.func), scope) != DATA_LOADER:
            continue
        keywords = {k.arg: k.value for k in loader.keywords}
        if not loader.args or len(loader.args) > 2 or any(isinstance(a, ast.Starred) for a in loader.args) or \
                None in keywords or set(keywords) - _LOADER_KEYWORDS or (len(loader.args) == 2 and "batch_size" in keywords):
            return None
        dataset = _bound_call(x, loader.args[0], scope, order)
        reader = TensorReader(x, scope, order)
        helper_scope = scope
        if dataset is not None and isinstance(dataset.func, ast.Name) and dataset.func.id in x.scopes.functions \
                and x.cst_of(dataset) is not None:  # train_ds = make_dataset(): the TensorDataset it returns
            helper_scope = x.scopes.scope_of(x.scopes.functions[dataset.func.id])
            frame = reader.helper_frame(x.cst_of(dataset))
            if frame is None or helper_scope is None:
                return None
            reader, _ = frame
            returned = x.scopes.functions[dataset.func.id].body[-1]  # helper_frame: a return, last
            dataset = returned.value if isinstance(returned, ast.Return) and isinstance(returned.value, ast.Call) \
                else None
        if dataset is None or qualify_name(dotted(dataset.func), helper_scope) != TENSOR_DATASET or \
                dataset.keywords or len(dataset.args) != len(names) or \
                any(isinstance(a, ast.Starred) for a in dataset.args):
            return None
        size_node = loader.args[1] if len(loader.args) == 2 else keywords.get("batch_size")
        batch = _bound(x, size_node, scope, order) if size_node is not None else 1  # DataLoader's default
        drop = _bound(x, keywords["drop_last"], scope, order) if "drop_last" in keywords else False
        tensors = [reader.read(x.cst_of(a)) for a in dataset.args]
        if not isinstance(batch, int) or isinstance(batch, bool) or batch <= 0 or not isinstance(drop, bool) or \
                any(t is None or t.through is not None or not t.shape for t in tensors):
            return None
        count = tensors[0].shape[0]
        if not isinstance(count, int) or any(t.shape[0] != count for t in tensors):
            return None  # TensorDataset raises on unequal lengths: not read here
        sizes = [batch] if count >= batch else ([] if drop else [count])
        if count > batch and count % batch and not drop:
            sizes.append(count % batch)  # the last batch: what is left
        if not passes_certain(loop, use):
            sizes = sizes[:1]
        return loop, [{name: replace(t, shape=(size,) + tuple(t.shape[1:]), values=None, data=False)
                       for name, t in zip(names, tensors)} for size in sizes]
    return None


MAX_LISTED = 5  # items of a listed batches' loop read


def listed_batches(x, use: ast.AST, scope) -> tuple[ast.For, list[dict]] | None:
    """``for images, labels in batches`` (or ``for i, (images, labels) in enumerate(batches)``)
    around ``use``, ``batches`` a list of dummies written out or made by a comprehension
    (``[(torch.randn(4, 3, 32, 32), torch.randint(0, 10, (4,))) for _ in range(2)]``): the
    loop, and for each item the tensor each loop name holds.  None when that is not read."""
    from seqlint.extract.tensors import TensorReader

    for loop in _loops_around(x, use, scope):
        target, items = _enumerated(x, loop)
        names = _target_names(target)
        if names is None or loop.orelse:
            continue
        order = x.scopes.order_of.get(id(use), 0)
        if isinstance(items, ast.Name):
            if len(scope.bindings.get(items.id, [])) != 1 or x._maybe_changed(items.id):
                continue
            items = x.scopes_binding(items.id, scope, order)
        elements = _listed(x, items, scope)
        if elements is None:
            continue
        passes = []
        for element, env in elements:
            parts = [element] if len(names) == 1 else \
                list(element.elts) if isinstance(element, (ast.Tuple, ast.List)) and \
                len(element.elts) == len(names) else None
            if parts is None:
                return None
            reader = TensorReader(x, scope, order, env)
            tensors = [reader.read(x.cst_of(p)) for p in parts]
            if any(t is None or t.through is not None for t in tensors):
                return None
            found = {n: t for n, t in zip(names, tensors)}
            if found not in passes:
                passes.append(found)
        return loop, passes if passes_certain(loop, use) else passes[:1]
    return None


def _enumerated(x, loop: ast.For):
    """The loop's target and what it iterates, past an ``enumerate``: ``for step, (xb, yb) in
    enumerate(loader)`` gives ``(xb, yb)`` and ``loader`` (the index is a number: not read)."""
    from seqlint.extract.scopes import enumerated

    found = enumerated(loop.iter, loop.target) if "enumerate" not in x.scopes.module.bindings else None
    return (found[2], found[0]) if found is not None else (loop.target, loop.iter)


def _target_names(target) -> list | None:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)) and all(isinstance(e, ast.Name) for e in target.elts):
        return [e.id for e in target.elts]
    return None


def _listed(x, items, scope) -> list | None:
    """(element, the names' values it is read with) for each item of a list written out, or
    of a comprehension (its element read once, or once per value of a literal sequence)."""
    if isinstance(items, (ast.List, ast.Tuple)) and 0 < len(items.elts) <= MAX_LISTED and \
            not any(isinstance(e, ast.Starred) for e in items.elts):
        return [(e, None) for e in items.elts]
    if not isinstance(items, ast.ListComp) or len(items.generators) != 1:
        return None
    generator = items.generators[0]
    if generator.ifs or generator.is_async or not isinstance(generator.target, ast.Name):
        return None
    var = generator.target.id
    values = _iterated_values(x, generator.iter, scope)
    if not isinstance(values, (range, list, tuple)) or not values:
        return None  # how many items (none: the loop never runs) is not known
    if not _reads(items.elt, var):
        return [(items.elt, None)]  # every item alike
    if not 0 < len(values) <= MAX_LISTED or not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return None
    return [(items.elt, {var: v}) for v in values]


def _iterated_values(x, node: ast.expr, scope):
    """What a comprehension iterates over, when known: ``range(2)``, ``(8, 1)``."""
    folder = x.folder(scope)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range" and \
            "range" not in x.scopes.module.bindings and not node.keywords and 1 <= len(node.args) <= 3:
        bounds = [folder.fold(x.cst_of(a)) for a in node.args]
        if all(isinstance(b, int) and not isinstance(b, bool) for b in bounds) and (len(bounds) < 3 or bounds[2]):
            return range(*bounds)
        return None
    return folder.fold(x.cst_of(node))


def _bound_call(x, node: ast.expr, scope, order: int) -> ast.Call | None:
    """``node`` itself if a call, or the call a name holds there (bound once, plainly)."""
    if isinstance(node, ast.Name):
        node = x.scopes_binding(node.id, scope, order)
    return node if isinstance(node, ast.Call) else None
