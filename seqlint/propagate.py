"""Walk a model's layers, carrying a symbolic tensor through each layer's rule.

With an input known from the source the walk is done once.  With none, the input is
symbolic in its sizes *and* its rank: the walk is done once per rank, and an error is
reported only if no rank gets through -- what may be right for some input is never an
error.  Of the failing walks, the one that got furthest tells where the model breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from seqlint import checks
from seqlint.extract.spec import LayerCall, ModelSpec
from seqlint.layers import rule_for
from seqlint.layers.activation import ELEMENTWISE
from seqlint.layers.base import BindError, Context, Layer, ShapeError, bind
from seqlint.shapes import expr, strides
from seqlint.shapes.values import UNKNOWN_TENSOR, Tensor, TupleValue, Value, render_shape

FLOATING_DTYPES = ("float32", "float64", "float16", "bfloat16")

MAX_RANK = 6
# Names of a symbolic input's dims, by rank: what a reader expects to see in a trace.
INPUT_NAMES = {
    0: (),
    1: ("D",),
    2: ("N", "D"),
    3: ("N", "C", "L"),
    4: ("N", "C", "H", "W"),
    5: ("N", "C", "D", "H", "W"),
    6: ("N", "C", "D1", "D2", "D3", "D4"),
}


@dataclass
class Step:
    """One layer of one walk: what came out of it (None if the walk stopped before it)."""

    index: int
    call: LayerCall
    output: Value | None = None
    inner: "Walk | None" = None  # for a nested Sequential


@dataclass
class Walk:
    model: ModelSpec
    input: Value
    steps: list[Step] = field(default_factory=list)
    failure: tuple[Step, ShapeError] | None = None
    warnings: list = field(default_factory=list)  # (step, check, args)

    @property
    def output(self) -> Value | None:
        if self.failure is not None:
            return None
        return self.steps[-1].output if self.steps else self.input


@dataclass
class ModelResult:
    """The chosen walk of one model written in the source, and what was found in it."""

    spec: ModelSpec
    walk: Walk | None
    context: Context
    shapes_known: bool  # False when no input rank could be settled


@dataclass
class Analysis:
    models: list[ModelResult]  # outer model first, nested ones after, in walk order
    diagnostics: list[checks.Diagnostic]


# --- building layers ------------------------------------------------------------------


class Built:
    """A layer call bound to its rule, with what its constructor would say."""

    def __init__(self, call: LayerCall):
        self.call = call
        self.rule: Layer | None = None
        self.error: ShapeError | None = None
        if call.not_a_module:  # torch.nn.Sequential rejects it when the model is built
            self.error = ShapeError(checks.InvalidArgument, "Sequential",
                                    f"its argument {call.display} is {call.not_a_module}, not a module")
            return
        cls = rule_for(call.type_name) if call.type_name else None
        if cls is None or call.unpacked:
            return
        try:
            args = bind(cls.signature_of(call.type_name), [a.value for a in call.positional],
                        {k: a.value for k, a in call.keywords.items()})
        except BindError as exc:
            self.error = ShapeError(checks.InvalidArgument, call.type_name, str(exc))
            return
        self.rule = cls(call.type_name, args)
        try:
            self.rule.validate()
        except ShapeError as exc:
            self.error = exc


def _build_all(layers: list[LayerCall], cache: dict) -> None:
    for call in layers:
        if id(call) not in cache:
            cache[id(call)] = Built(call)
        if call.model is not None:
            _build_all(call.model.layers, cache)


# --- walking --------------------------------------------------------------------------


def _walk(model: ModelSpec, x: Value, ctx: Context, built: dict) -> Walk:
    walk = Walk(model, x)
    for index, call in enumerate(model.layers):
        step = Step(index, call)
        walk.steps.append(step)
        if call.repeated:
            x = step.output = _repeat(call.model, x, ctx, built)
            continue
        if call.instance is not None:
            broken = _constructors(call.instance.modules, ctx.path)
            if broken:
                walk.failure = (step, NestedFailure(broken))
                return walk
            if not isinstance(x, Tensor) or x.shape is None:
                x = step.output = UNKNOWN_TENSOR
                continue
            kept = {name: Tensor(tuple(t.shape), t.dtype) for name, t in call.instance.tensors.items()}
            pins: dict = {}  # free input sizes the instance's submodules pin (C = dim)
            if ctx.bindings:
                x = replace(x, shape=ctx.resolve_shape(x.shape))
            out, analyses, between = run_forward(call.instance.steps, {call.instance.argument: x, **kept},
                                                 call.instance.result, ctx.training, pins,
                                                 call.instance.name, ctx.path, ctx.cast, free=ctx.free)
            ctx.bindings.update(pins)
            ctx.inner_results.extend(r for a in analyses for r in a.models)
            found = [d for a in analyses for d in a.diagnostics] + between
            if any(d.severity == checks.ERROR for d in found):
                walk.failure = (step, NestedFailure(found))
                return walk
            x = step.output = out if isinstance(out, (Tensor, TupleValue)) else UNKNOWN_TENSOR
            continue
        if call.model is not None:
            inner = _walk(call.model, x, ctx, built)
            step.inner = inner
            if inner.failure is not None:
                walk.failure = inner.failure
                return walk
            x = step.output = inner.output
            continue
        layer = built[id(call)]
        if layer.error is not None:
            walk.failure = (step, layer.error)
            return walk
        if layer.rule is None:
            x = step.output = UNKNOWN_TENSOR
            continue
        try:
            x = step.output = _apply(layer.rule, x, ctx)
        except ShapeError as exc:
            exc.on_data = isinstance(x, Tensor) and x.data
            walk.failure = (step, exc)
            return walk
        finally:
            walk.warnings.extend((step, check, args) for check, args in ctx.warnings)
            ctx.warnings.clear()
    return walk


class NestedFailure(ShapeError):
    """A module class used as a layer failed inside: its own diagnostics say where."""

    def __init__(self, diagnostics: list):
        Exception.__init__(self, "failure inside a module class")
        self.diagnostics = diagnostics
        self.check = checks.InvalidInput
        self.args_ = ()
        self.argument = None


def _repeat(block: ModelSpec, x: Value, ctx: Context, built: dict) -> Value:
    """A block run an unknown number of times, maybe none: its input shape, if one pass
    gives that shape back; otherwise nothing is known (and nothing is an error)."""
    if block.opaque or not isinstance(x, Tensor) or x.shape is None:
        return UNKNOWN_TENSOR
    saved = list(ctx.warnings)
    inner = _walk(block, x, ctx, built)
    ctx.warnings[:] = saved
    out = inner.output
    if inner.failure is None and isinstance(out, Tensor) and out.shape is not None and \
            len(out.shape) == len(x.shape) and out.dtype == x.dtype and \
            all(expr.compare(ctx.resolve(a), ctx.resolve(b)) is True for a, b in zip(out.shape, x.shape)):
        # (resolved: the pass may have pinned a free input size, C = dim)
        return x
    return UNKNOWN_TENSOR


def _apply(rule: Layer, x: Value, ctx: Context) -> Value:
    if isinstance(x, TupleValue):
        if rule.type_name == "Identity":
            return x
        raise ShapeError(checks.TupleOutput, rule.type_name, x.render(), x.producer)
    if x.shape is None:
        return Tensor(None, None)
    ranks, low = rule.accepted_ranks()
    if (ranks is not None and x.rank not in ranks) or x.rank < low:
        raise ShapeError(checks.RankMismatch, rule.type_name, rule.rank_text(), x.rank, ctx.render(x))
    return rule.forward(x, ctx)


def _preferred_rank(layers: list[LayerCall], built: dict) -> int | None:
    """The usual batched rank of the first layer that constrains the input rank."""
    for call in layers:
        if call.model is not None:
            rank = _preferred_rank(call.model.layers, built)
            if rank is not None:
                return rank
            continue
        if call.instance is not None:
            return _instance_rank(call.instance, built)
        layer = built[id(call)]
        if layer.rule is None:
            return None
        if layer.rule.batched_rank is not None:
            return layer.rule.batched_rank
        if layer.rule.accepted_ranks() != (None, 0):
            ranks, low = layer.rule.accepted_ranks()
            return ranks[-1] if ranks else max(low, 2)
    return None


def _instance_rank(instance, built: dict) -> int | None:
    """A module class's preferred input rank: that of the submodule its forward first hands
    the argument to untouched (``self.fn(x) + x``), if that is what forward does first, or
    the rank its forward unpacks (``B, N, C = x.shape``)."""
    return _steps_rank(instance.steps, instance.argument, built)


def _steps_rank(steps, argument: str, built: dict) -> int | None:
    for step in steps:
        if step.kind == "branch":  # an if not known: the rank both ways agree on
            ranks = {_steps_rank(way, argument, built) for way in step.branches}
            if ranks != {None}:
                return ranks.pop() if len(ranks) == 1 else None
            if any(argument in s.inputs for way in step.branches for s in way):
                return None
            continue
        if step.inputs[:1] != (argument,):
            continue
        if step.kind == "rank":  # torch raises for any other rank
            return step.sizes[0]
        if step.kind != "module" or step.model is None:
            return None
        _build_all(step.model.layers, built)
        return _preferred_rank(step.model.layers, built)
    return None


def _constructor_error(model: ModelSpec, built: dict):
    """The first layer, in construction order, whose constructor torch rejects."""
    for index, call in enumerate(model.layers):
        if call.repeated:
            continue  # built only if the loop runs at all
        if call.model is not None:
            found = _constructor_error(call.model, built)
            if found is not None:
                return found
        elif built[id(call)].error is not None:
            return model, index, call, built[id(call)].error
    return None


def analyze(model: ModelSpec, path: str, known: dict | None = None, free: set | None = None) -> Analysis:
    """Walk ``model``; ``known`` gives values to symbols (a constructor's arguments); ``free``
    names the sizes of a given input that are any size the model accepts (its layers pin them)."""
    if model.opaque:  # its layers are not the ones written: nothing can be said
        return Analysis([ModelResult(m, None, Context(), False) for m in [model, *_nested_models(model)]], [])
    built: dict = {}
    _build_all(model.layers, built)
    # torch builds every layer before any runs: a constructor error anywhere comes first.
    broken = _constructor_error(model, built)
    if broken is not None:
        owner, index, call, error = broken
        results = [ModelResult(m, None, Context(), False) for m in [model, *_nested_models(model)]]
        # What Sequential itself rejects is raised by the Sequential call, as torch reports it.
        span = owner.span if call.not_a_module else _error_span(call, error)
        diag = error.check(path, span, error.args_, model=owner.name, layer=index)
        return Analysis(results, [diag])
    if model.input is not None:
        ctx = Context(training=model.training, free=free, cast=model.cast)
        ctx.path = path
        ctx.bindings.update(known or {})
        data = model.input.data or model.input.origin in ("dummy", "pragma")
        x = Tensor(tuple(model.input.shape), model.input.dtype, model.input.factors, model.input.values, data)
        walk = _walk(model, x, ctx, built)
        return _report(model, walk, ctx, path, shapes_known=True)

    walks = []
    taken = _arg_symbols(model)  # a parameter named like an input size is another size
    for rank in range(MAX_RANK + 1):
        names = tuple(n + "_in" if n in taken else n for n in INPUT_NAMES[rank])
        ctx = Context(training=model.training, free=set(names), cast=model.cast)
        ctx.path = path
        x = Tensor(tuple(expr.symbol(n) for n in names), None)
        walk = _walk(model, x, ctx, built)
        walks.append((rank, walk, ctx))
    preferred = _preferred_rank(model.layers, built)
    ok = [(r, w, c) for r, w, c in walks if w.failure is None]
    if ok:
        chosen = [t for t in ok if t[0] == preferred] or ok
        rank, walk, ctx = chosen[0]
        return _report(model, walk, ctx, path, shapes_known=preferred is not None)
    # Every rank fails: the walk that got furthest breaks where every input breaks.
    def progress(item):
        rank, walk, _ = item
        return (_position(walk), -abs(rank - (preferred or 2)))
    rank, walk, ctx = max(walks, key=progress)
    return _report(model, walk, ctx, path, shapes_known=True)


def _arg_symbols(model: ModelSpec) -> set[str]:
    """The names of the symbolic sizes the layers' arguments use (function parameters)."""
    found: set[str] = set()

    def visit(value):
        if isinstance(value, expr.Expr):
            found.update(expr.symbols(value))
        elif isinstance(value, tuple):
            for item in value:
                visit(item)

    for call in model.layers:
        for argument in list(call.positional) + list(call.keywords.values()):
            visit(argument.value)
        if call.model is not None:
            found |= _arg_symbols(call.model)
    return found


def _position(walk: Walk) -> int:
    """How many layers a failed walk entered, counting nested ones."""
    count = 0
    for step in walk.steps:
        count += 1 + (_position(step.inner) if step.inner is not None else 0)
    return count


# --- reporting --------------------------------------------------------------------------


def _report(model: ModelSpec, walk: Walk, ctx: Context, path: str, shapes_known: bool) -> Analysis:
    results: list[ModelResult] = []
    diagnostics: list[checks.Diagnostic] = []

    def collect(w: Walk):
        results.append(ModelResult(w.model, w, ctx, shapes_known))
        for step, check, args in w.warnings:
            diagnostics.append(check(path, step.call.span, args, model=w.model.name, layer=step.index))
        for step in w.steps:
            if step.inner is not None:
                collect(step.inner)
            elif step.call.type_name is None or rule_for(step.call.type_name) is None:
                if step.call.model is None and step.call.instance is None:
                    diagnostics.append(checks.UnknownLayer(
                        path, step.call.span, (step.call.display,), model=w.model.name, layer=step.index))

    collect(walk)
    results.extend(ctx.inner_results)
    # Nested models never walked (the outer walk stopped first) still get an entry.
    seen = {id(r.spec) for r in results}
    for nested in _nested_models(model):
        if id(nested) not in seen:
            results.append(ModelResult(nested, None, ctx, shapes_known))

    if walk.failure is not None and isinstance(walk.failure[1], NestedFailure):
        diagnostics.extend(walk.failure[1].diagnostics)
    elif walk.failure is not None:
        step, error = walk.failure
        owner = _owner(walk, step)
        diag = error.check(path, _error_span(step.call, error), error.args_, model=owner.name, layer=step.index)
        diag.trace = trace_lines(walk, ctx, step)
        diag.repair = _repair_site(step.call, error)
        diagnostics.append(diag)
    return Analysis(results, diagnostics)


def _error_span(call: LayerCall, error: ShapeError):
    """Constructor errors point at the argument at fault; run-time ones at the layer."""
    if error.argument is not None and error.check is checks.InvalidArgument:
        arg = call.keywords.get(error.argument) or _positional_arg(call, error.argument)
        if arg is not None:
            return arg.span
    return call.span


def _repair_site(call: LayerCall, error: ShapeError):
    """(the argument as written, what it must be, whether the repair is safe) when the error
    has one repair, else None.  A layer that rejects the program's own data may be right (the
    data wrong, as a grayscale image for an RGB model): that repair is unsafe."""
    if error.repair is None:
        return None
    arg = call.keywords.get(error.repair.argument) or _positional_arg(call, error.repair.argument)
    return None if arg is None else (arg, error.repair, not getattr(error, "on_data", False))


def _positional_arg(call: LayerCall, name: str):
    cls = rule_for(call.type_name) if call.type_name else None
    if cls is None:
        return None
    from seqlint.layers.base import parse_signature

    for i, param in enumerate(parse_signature(cls.signature_of(call.type_name))):
        if param.name == name and i < len(call.positional):
            return call.positional[i]
    return None


def _owner(walk: Walk, target: Step) -> ModelSpec:
    for step in walk.steps:
        if step is target:
            return walk.model
        if step.inner is not None:
            found = _owner(step.inner, target)
            if found is not None:
                return found
    return None


def _nested_models(model: ModelSpec):
    for call in model.layers:
        if call.model is not None:
            yield call.model
            yield from _nested_models(call.model)


def trace_lines(walk: Walk, ctx: Context, failed: Step | None = None, depth: int = 0) -> list[str]:
    """The layer-by-layer shape trace printed under an error."""
    lines = []
    if depth == 0:
        lines.append(f"input {ctx.render(walk.input)}")
    for step in walk.steps:
        indent = "  " * depth
        label = f"{indent}[{step.index}] {step.call.display}"
        if step.inner is not None:
            lines.append(label)
            lines.extend(trace_lines(step.inner, ctx, failed, depth + 1))
            if step.output is not None:
                lines.append(f"{indent}    -> {ctx.render(step.output)}")
        elif step is failed:
            lines.append(f"{label} -> error")
        elif step.output is not None:
            lines.append(f"{label} -> {ctx.render(step.output)}")
    return lines


# --- module classes: a dummy input through forward's chain of submodules ----------------


def run_chain(chain, path: str) -> tuple[list[Analysis], list[checks.Diagnostic]]:
    """Run ``chain`` (an ``extract.spec.ForwardChain``) on its input: each operation of
    ``forward`` on the values it names.  Returns each submodule's analysis, and the
    diagnostics of the operations between them (a residual add, a cat, a view)."""
    broken = _constructors(chain.modules, path)
    if broken:  # torch builds every submodule before forward runs
        return [], broken
    # An input that is another model's output (``down(inc(x))``) is that model's output shape.
    given = [(name, through_models(t, path)) for name, t in [(chain.argument, chain.input),
                                                              *chain.more_inputs.items()]]
    inputs = {name: _input_value(t) for name, t in given}
    output, analyses, between = run_forward(chain.steps, inputs, chain.result, chain.training,
                                       chain.params, chain.name, path, chain.cast)
    chain.output = output if not between else None  # what a loss given its result sees
    return analyses, between


def _input_value(spec) -> Value | None:
    """What an argument of forward holds: a tensor, or a tuple of them (an RNN's state)."""
    if spec is None:
        return None
    if spec.items is not None:
        items = tuple(_input_value(item) for item in spec.items)
        return TupleValue(items, "a tuple") if all(isinstance(i, Tensor) for i in items) else None
    return Tensor(tuple(spec.shape), spec.dtype, values=spec.values, data=spec.origin != "model")


def _constructors(modules: list, path: str) -> list:
    """The diagnostic of the first submodule, in construction order, whose constructor torch
    rejects (as a list: empty when all build)."""
    for spec in modules:
        built: dict = {}
        _build_all(spec.layers, built)
        broken = _constructor_error(spec, built)
        if broken is not None:
            owner, index, call, error = broken
            span = owner.span if call.not_a_module else _error_span(call, error)
            return [error.check(path, span, error.args_, model=owner.name, layer=index)]
    return []


def run_forward(steps, inputs: dict, result: str, training, params: dict, name: str, path: str,
                cast: str | None = None, free: set | None = None):
    """Run a forward's operations on its ``inputs`` (argument -> value): (what it returns
    or None, the submodules' analyses, the diagnostics of the operations between them).
    ``free``: sizes of the inputs that are any size the model accepts; a submodule that
    pins one (a Conv2d(dim, ...) on C channels) moves it from ``free`` into ``params``."""
    analyses: list[Analysis] = []
    values: dict = dict(inputs)
    run = _Run(training, params, name, path, cast, free)
    stopped = run.steps(steps, values, analyses)
    if stopped is not None:
        return None, analyses, stopped
    return values.get(result) if result else None, analyses, []


class _Run:
    """What every operation of one forward run shares: the mode, the sizes pinned so far."""

    def __init__(self, training, params: dict, name: str, path: str, cast: str | None, free: set | None):
        self.training, self.params, self.name, self.path, self.cast, self.free = \
            training, params, name, path, cast, free

    def steps(self, steps, values: dict, analyses: list) -> list | None:
        """Run ``steps`` on ``values`` (updated in place); None when all ran, else the
        diagnostics that stop the forward (empty: stopped by a submodule's own error, which
        its analysis holds, or by what is not known)."""
        training, params, path, free = self.training, self.params, self.path, self.free
        for step in steps:
            inputs = [values.get(n) for n in step.inputs]
            if any(value is None for value in inputs):
                values[step.output] = None  # not known: what depends on it is not checked
                continue
            if step.kind == "branch":
                stopped = self.branch(step, values, analyses)
                if stopped is not None:
                    return stopped
                continue
            if step.kind == "module" and step.sizes[:1] == ("attention",):
                try:
                    out = _attention(step, inputs, training, params)
                except ShapeError as exc:  # raised by the layer: reported where it is built
                    span = step.model.layers[0].span
                    return [exc.check(path, span, exc.args_, model=step.model.name)]
            elif step.kind == "module":
                tupled = _tuple_into_layer(step, inputs[0])
                if tupled is not None:  # self.fc(hidden), hidden an LSTM's (h_n, c_n)
                    error, layer = tupled
                    return [error.check(path, layer.span, error.args_, model=step.model.name)]
                out, stop = _run_module(step, inputs[0], training, params, path, analyses, self.cast, free)
                if stop:
                    return []
                if free is not None and out is not None and any(n in params for n in list(free)):
                    pinned = {n: params[n] for n in list(free) if n in params}
                    free.difference_update(pinned)
                    values.update({k: _substituted(v, pinned) for k, v in values.items()})
                    out = _substituted(out, pinned)
                if len(inputs) > 1 and out is not None:
                    try:
                        _check_state(step, inputs[0], inputs[1:], training, params)
                    except ShapeError as exc:  # raised by the layer: reported where it is built
                        span = step.model.layers[0].span
                        return [exc.check(path, span, exc.args_, model=step.model.name)]
            elif step.kind in ("new", "arange", "new_as"):
                out = _new_tensor(step.sizes, values)
                if out is not None and step.kind == "arange":
                    out = Tensor(out.shape, "int64")
                elif out is not None and step.kind == "new_as":  # x.new_empty(sizes): x's dtype
                    out = Tensor(out.shape, inputs[0].dtype)
            elif step.kind == "tuple":  # return out, weights
                out = TupleValue(tuple(inputs), self.name) if all(isinstance(v, (Tensor, TupleValue))
                                                                  for v in inputs) else None
            else:
                try:
                    out = _operation(step, inputs, values)
                except ShapeError as exc:
                    return [exc.check(path, step.span, exc.args_, model=self.name)]
            values[step.output] = out
        return None

    def branch(self, step, values: dict, analyses: list) -> list | None:
        """An ``if`` whose test is not known here: each way run on its own copy of the
        values.  After it, a value is what both ways agree on.  torch raises in it only
        when both ways raise the same error; when one way raises (or stops) and the other
        does not, which way runs is not known: the forward stops, nothing reported."""
        ways = []
        for steps in step.branches:
            own_values, own_analyses = dict(values), []
            own = _Run(self.training, dict(self.params), self.name, self.path, self.cast,
                       set(self.free) if self.free is not None else None)
            stopped = own.steps(steps, own_values, own_analyses)
            ways.append((own, own_values, own_analyses, stopped, _errors(stopped, own_analyses)))
        (first, first_values, first_analyses, first_stop, first_errors), \
            (second, second_values, second_analyses, second_stop, second_errors) = ways
        if first_errors and first_errors == second_errors:  # the same error whichever way runs
            analyses.extend(first_analyses)
            return first_stop
        if first_stop is not None or second_stop is not None:
            analyses.extend(_quiet(a) for a in first_analyses + second_analyses)
            return []
        # What a way's submodules found (warnings, say) holds only if that way runs: kept quiet.
        analyses.extend(_quiet(a) for a in first_analyses + second_analyses)
        for name, in_first, in_second in step.sizes:
            values[name] = _agreed(first_values.get(in_first), second_values.get(in_second))
        pinned = {n: v for n, v in first.params.items()
                  if n in second.params and expr.compare(v, second.params[n]) is True}
        self.params.update(pinned)
        if self.free is not None and pinned:  # sizes both ways pinned hold after it too
            self.free.difference_update(pinned)
            values.update({k: _substituted(v, pinned) for k, v in values.items()})
        return None


def _errors(stopped: list | None, analyses: list) -> set:
    """Where and how a way of a branch raised: (path, line, column, code, message) of each error."""
    found = list(stopped or []) + [d for a in analyses for d in a.diagnostics]
    return {(d.path, d.span.line, d.span.column, d.code, d.message) for d in found if d.severity == checks.ERROR}


def _quiet(analysis: Analysis) -> Analysis:
    """An analysis of code that may not run: its shapes, none of its findings but notes."""
    return Analysis(analysis.models, [d for d in analysis.diagnostics
                                      if d.severity not in (checks.ERROR, checks.WARNING)])


def _agreed(a: Value | None, b: Value | None) -> Value | None:
    """A value two ways of an ``if`` computed, as far as they agree: each dim both give the
    same size, the dtype if the same; None when they differ in kind or rank."""
    if a is b:
        return a
    if isinstance(a, TupleValue) and isinstance(b, TupleValue) and len(a.items) == len(b.items):
        items = tuple(_agreed(x, y) for x, y in zip(a.items, b.items))
        return None if None in items else TupleValue(items, a.producer)
    if not (isinstance(a, Tensor) and isinstance(b, Tensor)) or a.shape is None or b.shape is None or \
            len(a.shape) != len(b.shape):
        return None
    shape = tuple(p if expr.compare(p, q) is True else expr.UNKNOWN for p, q in zip(a.shape, b.shape))
    return Tensor(shape, a.dtype if a.dtype == b.dtype else None)


def _tuple_into_layer(step, x):
    """(the error torch raises, the layer that raises it) when a forward hands a tuple (an
    RNN's output, or its state) to a submodule whose first layer is a torch layer that needs
    a tensor; else None."""
    if not isinstance(x, TupleValue) or step.model is None:
        return None
    model = step.model
    while model.layers and model.layers[0].model is not None and not model.layers[0].repeated:
        model = model.layers[0].model
    first = model.layers[0] if model.layers else None
    if first is None or first.instance is not None or first.repeated or not first.type_name or \
            first.type_name == "Identity" or rule_for(first.type_name) is None:
        return None
    return ShapeError(checks.TupleOutput, first.type_name, x.render(), x.producer), first


def _attention(step, inputs: list, training, params: dict):
    """A MultiheadAttention submodule called with query, key and value."""
    if not all(isinstance(t, Tensor) and t.shape is not None for t in inputs):
        return None
    built: dict = {}
    _build_all(step.model.layers, built)
    layer = built[id(step.model.layers[0])]
    if layer.rule is None or layer.error is not None:  # a constructor error is reported as such
        return None
    ctx = Context(training=training)
    ctx.bindings.update(params or {})
    return layer.rule.attend(*inputs, ctx, need_weights=step.sizes[1], average=step.sizes[2])


def _check_state(step, x, states: list, training, params: dict) -> None:
    """A recurrent submodule's initial state, given beside its input (``self.gru(x, h0)``,
    ``self.lstm(x, hidden)`` with ``hidden`` a tuple)."""
    if len(states) == 1 and isinstance(states[0], TupleValue):
        states = list(states[0].items)
    if not all(isinstance(s, Tensor) for s in [x, *states]):
        return
    built: dict = {}
    _build_all(step.model.layers, built)
    layer = built[id(step.model.layers[0])]
    if layer.rule is not None and hasattr(layer.rule, "check_state"):
        ctx = Context(training=training)
        ctx.bindings.update(params or {})
        layer.rule.check_state(x, list(states), ctx)


def _new_tensor(sizes: tuple, values: dict):
    """``torch.zeros(sizes)`` in a forward: sizes are ints or ("dim", value, i) for x.size(i)."""
    try:
        shape = _sizes(sizes, values)
    except ShapeError:
        return None
    return None if shape is None else Tensor(tuple(shape), "float32")


def _sizes(sizes: tuple, values: dict) -> list | None:
    """The sizes a forward names, ``(item,) * count`` spread out; None if one is not known."""
    shape = []
    for size in sizes:
        if isinstance(size, tuple) and size[:1] == ("fill",):  # (1,) * (x.ndim - 1)
            item, count = _size_value(size[1], values), _size_value(size[2], values)
            if item is None or not isinstance(count, int) or not 0 <= count <= MAX_RANK:
                return None
            shape.extend([item] * count)
            continue
        value = _size_value(size, values)
        if value is None:
            return None
        shape.append(value)
    return shape


def _run_module(step, x, training, params: dict, path: str, analyses: list, cast: str | None = None,
                free: set | None = None):
    """A submodule's output for ``x``, and whether an error in it stops the forward.  Free
    sizes of ``x`` (see run_forward) the submodule pins are added to ``params``."""
    from dataclasses import replace as copy

    from seqlint.extract.spec import InputSpec

    if not isinstance(x, Tensor) or x.shape is None:
        return None, False
    spec = step.model
    if spec.input is not None and spec.input.origin == "forward":
        spec = copy(spec)  # called again (self.up twice): its first walk stays its own
    spec.input = InputSpec(x.shape, x.dtype, origin="forward", factors=x.factors, data=x.data, values=x.values)
    spec.training = training
    if cast is not None:
        spec.cast = cast
    analysis = analyze(spec, path, params, free)
    analyses.append(analysis)
    result = analysis.models[0]
    if free:
        params.update({n: d for n, d in result.context.bindings.items() if n in free})
    if any(d.severity == checks.ERROR for d in analysis.diagnostics):
        return None, True
    out = result.walk.output if result.walk is not None else None
    if isinstance(out, Tensor):
        if out.shape is None:
            return None, False
        out = out.with_shape(result.context.resolve_shape(out.shape), out.factors)
        if _makes_contiguous(spec):
            out = replace(out, strides=strides.contiguous(out.shape))
        return out, False
    return (out if isinstance(out, TupleValue) else None), False


# Layers whose output is a new contiguous tensor whatever the input's layout, and those
# that keep a contiguous input contiguous (tests/test_strides.py checks both against torch).
MAKES_CONTIGUOUS = {"Linear", "Embedding", "Softmax", "LogSoftmax", "Softmin", "LayerNorm"}
KEEPS_CONTIGUOUS = {"Dropout", "Identity", *ELEMENTWISE}


def _makes_contiguous(spec: ModelSpec) -> bool:
    """Whether a module's output is contiguous: its last layer that is not element-wise
    makes a new contiguous tensor."""
    for layer in reversed(spec.layers):
        if layer.type_name in MAKES_CONTIGUOUS:
            return True
        if layer.type_name not in KEEPS_CONTIGUOUS:
            return False
    return False


def _substituted(value, bindings: dict):
    """A forward's value with pinned sizes written in."""
    if isinstance(value, Tensor) and value.shape is not None:
        return replace(value, shape=tuple(expr.substitute(d, bindings) if isinstance(d, expr.Expr) else d
                                          for d in value.shape))
    return value


def _invalid(what: str, why: str) -> ShapeError:
    return ShapeError(checks.InvalidInput, what, why)


def _dim_index(dim: int, rank: int, what: str, extra: int = 0) -> int:
    """``dim`` normalised as torch does, or the IndexError torch raises."""
    low, high = -(rank + extra), rank + extra - 1
    if not low <= dim <= high:
        raise _invalid(what, f"dimension out of range (expected to be in range of [{low}, {high}], but got {dim})")
    return dim % (rank + extra) if rank + extra else 0


def _operation(step, inputs: list, values: dict):
    """One operation of a forward between submodules; None when its result is not known."""
    kind = step.kind
    x = inputs[0]
    if kind == "subscript" and isinstance(x, TupleValue):
        if len(step.sizes) > 1:  # out[:, -1, :] on an LSTM's (output, (h_n, c_n))
            raise ShapeError(checks.TupleOutput, "indexing with several dims", x.render(), x.producer)
        index = step.sizes[0] if len(step.sizes) == 1 else None
        if not isinstance(index, int) or not -len(x.items) <= index < len(x.items):
            return None
        return x.items[index]
    if any(not isinstance(v, Tensor) or v.shape is None for v in inputs):
        return None
    shape, rank = x.shape, len(x.shape)
    if kind == "same":  # its layout is not followed (softmax's output is contiguous, relu's is not)
        return replace(x, strides=None)
    if kind == "float_op":
        # x / 255, x * 0.5, torch.exp(x): a float tensor keeps its dtype, but torch makes an
        # integer or bool one floating (which float: the default dtype); not guessed.
        return replace(x, strides=None) if x.dtype in FLOATING_DTYPES else Tensor(shape, None)
    if kind == "rank":  # b, c, h, w = x.size(): torch raises unless x has that many dims
        if rank != step.sizes[0]:
            raise _invalid("unpacking x.size()", f"expected {step.sizes[0]} values, the tensor has {rank} dims")
        return None
    if kind == "cast":
        return Tensor(shape, step.sizes[0])
    if kind == "flatten":
        if rank == 0:
            return x.with_shape((1,))
        start = _dim_index(step.start_dim, rank, "flatten")
        return x.with_shape(shape[:start] + (expr.product(shape[start:]),), factors=shape[start:])
    if kind == "reduce":
        if rank == 0:
            return None
        dims = [_dim_index(d, rank, "mean") for d in (step.sizes or (step.start_dim,))]
        if len(set(dims)) != len(dims):
            raise _invalid("mean", f"a dim appears twice in {step.sizes}")
        kept = (1 if i in dims else d for i, d in enumerate(shape) if i not in dims or step.keepdim)
        return x.with_shape(tuple(kept))
    if kind == "permute":
        order = step.sizes
        if len(order) != rank:
            raise _invalid("permute", f"the input has {rank} dims but the order given has {len(order)}")
        normal = [_dim_index(d, rank, "permute") for d in order]
        if len(set(normal)) != rank:
            raise _invalid("permute", "repeated dim in the order given")
        return replace(x.with_shape(tuple(shape[d] for d in normal)), strides=strides.permuted(x.strides, normal))
    if kind == "transpose":
        if rank == 0:
            return x
        a, b = (_dim_index(d, rank, "transpose") for d in step.sizes)
        order = list(range(rank))
        order[a], order[b] = b, a
        return replace(x.with_shape(tuple(shape[d] for d in order)), strides=strides.permuted(x.strides, order))
    if kind == "contiguous":
        return replace(x, strides=strides.contiguous(shape))
    if kind == "unsqueeze":
        dim = _dim_index(step.start_dim, rank, "unsqueeze", extra=1)
        return x.with_shape(shape[:dim] + (1,) + shape[dim:])
    if kind == "squeeze":
        if step.sizes == (None,):
            if any(not isinstance(d, int) for d in shape):
                return None
            return x.with_shape(tuple(d for d in shape if d != 1))
        if rank == 0:
            return x
        dim = _dim_index(step.start_dim, rank, "squeeze")
        if shape[dim] == 1:
            return x.with_shape(shape[:dim] + shape[dim + 1:])
        return x if isinstance(shape[dim], int) else None
    if kind == "subscript":
        return _index_tensor(x, step.sizes)
    if kind in ("view", "reshape"):
        return _laid_out(x, _view_step(x, step.sizes, values), kind)
    if kind == "add":
        return _broadcast(x, inputs[1])
    if kind == "expand_as":
        return _expand(x, inputs[1].shape)
    if kind in ("repeat", "expand"):
        sizes = _new_tensor(step.sizes, values)
        if sizes is None:
            return None
        if kind == "expand":  # -1 keeps the dim
            lead = len(sizes.shape) - len(shape)
            if lead < 0:
                raise _invalid("expand", f"{len(sizes.shape)} sizes for {x.render()}: at least {len(shape)} needed")
            if any(s == -1 for s in sizes.shape[:lead]):
                raise _invalid("expand", "-1 is not allowed in a new leading dimension")
            wanted = tuple(s if not (s == -1 and i >= lead) else shape[i - lead] for i, s in enumerate(sizes.shape))
            return _expand(x, wanted)
        return _repeat_tensor(x, sizes.shape)
    if kind == "matmul":  # a new tensor, contiguous whatever the operands' layouts
        out = _matmul(x, inputs[1], step.sizes[0] if step.sizes else "matmul")
        return out if out is None else replace(out, strides=strides.contiguous(out.shape))
    if kind == "cat":
        return _cat(inputs, step.start_dim)
    if kind == "einsum":
        return _einsum(step.sizes[0], inputs)
    if kind == "group_norm":  # F.group_norm(x, groups): the channels (dim 1) split into groups
        groups = step.sizes[0]
        channels = shape[1] if rank >= 2 else None
        if isinstance(channels, int) and groups > 0 and channels % groups:
            raise _invalid("group_norm", f"Expected number of channels in input to be divisible by num_groups, but "
                                         f"got input of shape {x.render()} and num_groups={groups}")
        return replace(x, strides=None) if x.dtype in FLOATING_DTYPES else None
    return None


def _einsum(equation: str, operands: list):
    """``torch.einsum``'s shape, or the error it raises; None for what is not read here
    (an ellipsis, a subscript repeated within one operand)."""
    equation = equation.replace(" ", "")
    lhs, arrow, rhs = equation.partition("->")
    terms = lhs.split(",")
    if "." in equation or len(terms) != len(operands) or not all(t.isalpha() for t in terms) or \
            not (rhs.isalpha() or rhs == ""):
        return None
    sizes: dict = {}
    for i, (term, x) in enumerate(zip(terms, operands)):
        if len(term) != len(x.shape):
            raise _invalid("einsum", f"the number of subscripts in the equation ({len(term)}) does not match the "
                                     f"number of dimensions ({len(x.shape)}) for operand {i} and no ellipsis was given")
        if len(set(term)) != len(term):
            return None
        for label, size in zip(term, x.shape):
            seen = sizes.get(label)
            if seen is None or expr.compare(seen, 1) is True:
                sizes[label] = size
            elif expr.compare(size, seen) is False and expr.compare(size, 1) is False:
                raise _invalid("einsum", f"subscript {label} has size {expr.render(size)} for operand {i} which does "
                                         f"not broadcast with previously seen size {expr.render(seen)}")
            elif expr.compare(size, seen) is not True and expr.compare(size, 1) is not True:
                sizes[label] = expr.UNKNOWN
    if arrow:
        if len(set(rhs)) != len(rhs) or any(label not in sizes for label in rhs):
            return None  # torch raises; not read here
        output = rhs
    else:  # labels seen once, in torch's order (upper case first)
        counts = {label: sum(term.count(label) for term in terms) for label in sizes}
        output = "".join(sorted((label for label, n in counts.items() if n == 1),
                                key=lambda c: (c.islower(), c)))
    dtypes = {x.dtype for x in operands}
    return Tensor(tuple(sizes[label] for label in output), dtypes.pop() if len(dtypes) == 1 else None)


def _matmul(a: Tensor, b: Tensor, how: str = "matmul"):
    """``a @ b`` (torch.matmul), or torch.mm / torch.bmm with their fixed ranks."""
    ra, rb = len(a.shape), len(b.shape)
    if how in ("mm", "bmm") and (ra, rb) != ((2, 2) if how == "mm" else (3, 3)):
        raise _invalid(how, f"takes two {2 if how == 'mm' else 3}-D tensors, got {a.render()} and {b.render()}")
    if ra == 0 or rb == 0:
        raise _invalid("matmul", f"both arguments need at least 1 dim, got {a.render()} and {b.render()}")
    inner_a = a.shape[-1]
    inner_b = b.shape[0] if rb == 1 else b.shape[-2]
    if expr.compare(inner_a, inner_b) is False:
        raise _invalid(how, f"{a.render()} @ {b.render()}: {expr.render(inner_a)} and {expr.render(inner_b)} "
                            f"do not match")
    left = () if ra == 1 else (a.shape[-2],)
    right = () if rb == 1 else (b.shape[-1],)
    batch_a, batch_b = a.shape[:-2] if ra > 2 else (), b.shape[:-2] if rb > 2 else ()
    if how == "bmm" and expr.compare(batch_a[0], batch_b[0]) is False:
        raise _invalid("bmm", f"the batch sizes of {a.render()} and {b.render()} differ")
    batch = _broadcast(Tensor(batch_a), Tensor(batch_b)).shape if (batch_a or batch_b) else ()
    if batch is None:
        return None
    dtype = a.dtype if a.dtype == b.dtype else None
    return Tensor(tuple(batch) + left + right, dtype)


def _repeat_tensor(x: Tensor, factors: tuple):
    """``x.repeat(b, 1, 1)``: each dim times its factor; factors beyond x's rank lead."""
    if len(factors) < len(x.shape):
        raise _invalid("repeat", f"{len(factors)} repeat factors for {x.render()}: at least {len(x.shape)} needed")
    if any(isinstance(f, int) and f < 0 for f in factors):
        raise _invalid("repeat", f"negative repeat factor in {factors}")
    lead = len(factors) - len(x.shape)
    return Tensor(tuple(factors[:lead]) + tuple(expr.mul(d, f) for d, f in zip(x.shape, factors[lead:])), x.dtype)


def _expand(x: Tensor, sizes: tuple):
    """``x.expand_as(other)``: each dim of x (aligned right) is 1 or already the size."""
    if len(sizes) < len(x.shape):
        raise _invalid("expand_as", f"the target {render_shape(sizes)} has fewer dims than {x.render()}")
    for have, want in zip(reversed(x.shape), reversed(sizes)):
        if expr.compare(have, 1) is False and expr.compare(have, want) is False:
            raise _invalid("expand_as", f"cannot expand {x.render()} to {render_shape(sizes)}: "
                                        f"{expr.render(have)} is neither 1 nor {expr.render(want)}")
    return Tensor(tuple(sizes), x.dtype)


def _index_tensor(x: Tensor, index: tuple):
    if len(index) > len(x.shape):
        raise _invalid("indexing", f"too many indices for a tensor of dimension {len(x.shape)}")
    dims = []
    for i, (part, size) in enumerate(zip(index, x.shape)):
        if part is None:
            dims.append(size)
        elif isinstance(part, tuple):  # a slice: its length when the size is known
            start, stop, step = part[1:]
            if step is not None and step <= 0:
                return None  # torch raises (step must be greater than zero); not read here
            dims.append(len(range(size)[slice(start, stop, step)]) if isinstance(size, int) else expr.UNKNOWN)
        elif isinstance(size, int) and not -size <= part < size:
            raise _invalid("indexing", f"index {part} is out of bounds for dimension {i} with size {size}")
    return x.with_shape(tuple(dims) + x.shape[len(index):])


def _size_value(size, values: dict):
    """A size a forward names: an int, ("dim", value, i) for x.size(i), ("op", name, a, b) for
    arithmetic on sizes; None when a tensor it reads is not known."""
    if not isinstance(size, tuple):
        return size
    if size[0] == "op":
        a, b = _size_value(size[2], values), _size_value(size[3], values)
        if a is None or b is None:
            return None
        if size[1] == "FloorDiv":
            return expr.floordiv(a, b) if isinstance(b, int) and b > 0 else None
        return {"Mult": expr.mul, "Add": expr.add, "Sub": expr.sub}[size[1]](a, b)
    source = values.get(size[1])
    if not isinstance(source, Tensor) or source.shape is None:
        return None
    if size[0] == "rank":  # x.ndim
        return len(source.shape)
    return source.shape[_dim_index(size[2], len(source.shape), "size")]


def _laid_out(x: Tensor, out: Tensor | None, kind: str):
    """``out``, the view or reshape of ``x``, with its strides; the error torch raises when a
    view would merge dims that are not laid out one after the other (a reshape copies)."""
    if out is None or x.strides is None:
        return out
    after = strides.viewed(x.shape, x.strides, out.shape)
    if after is strides.NOT_KNOWN:
        return out
    if after is None and kind == "view":
        raise _invalid("view", f"view size is not compatible with input tensor's size and stride: {x.render()}, "
                               "transposed or permuted, is not laid out in order; call .contiguous() first, "
                               "or use .reshape(...)")
    return replace(out, strides=after if after is not None else strides.contiguous(out.shape))


def _view_step(x: Tensor, sizes: tuple, values: dict):
    resolved = _sizes(sizes, values)
    if resolved is None:
        return None
    if len(resolved) == 2 and resolved[1] == -1 and x.shape and expr.compare(resolved[0], x.shape[0]) is True:
        return x.with_shape((x.shape[0], expr.product(x.shape[1:])), factors=x.shape[1:])  # x.view(N, -1)
    if all(isinstance(s, int) for s in resolved):
        viewed = _view(x, tuple(resolved))
        if isinstance(viewed, str):
            raise _invalid("view", viewed)
        return viewed
    if -1 not in resolved and expr.compare(expr.product(resolved), expr.product(x.shape)) is True:
        return x.with_shape(tuple(resolved))
    return None


def _broadcast(a: Tensor, b: Tensor):
    """``a + b``: torch's broadcasting, or the error it raises."""
    dims = []
    for i in range(1, max(len(a.shape), len(b.shape)) + 1):
        p = a.shape[-i] if i <= len(a.shape) else 1
        q = b.shape[-i] if i <= len(b.shape) else 1
        if expr.compare(p, q) is True or q == 1:
            dims.append(p)
        elif p == 1:
            dims.append(q)
        elif expr.compare(p, q) is False and expr.compare(p, 1) is False and expr.compare(q, 1) is False:
            raise _invalid("a + b", f"the size of tensor a ({expr.render(p)}) must match the size of tensor b "
                                    f"({expr.render(q)}) at non-singleton dimension {max(len(a.shape), len(b.shape)) - i}")
        else:
            dims.append(expr.UNKNOWN)
    dtype = a.dtype if a.dtype == b.dtype else None
    return Tensor(tuple(reversed(dims)), dtype)


def _cat(tensors: list, dim: int):
    """``torch.cat(tensors, dim)``: the sizes must match except along ``dim``."""
    rank = len(tensors[0].shape)
    for i, t in enumerate(tensors[1:], 1):
        if len(t.shape) != rank:
            raise _invalid("torch.cat", f"tensors must have the same number of dimensions: got {rank} and "
                                        f"{len(t.shape)} (tensor {i})")
    if rank == 0:
        raise _invalid("torch.cat", "zero-dimensional tensors cannot be concatenated")
    d = _dim_index(dim, rank, "torch.cat")
    dims = list(tensors[0].shape)
    for i, t in enumerate(tensors[1:], 1):
        for k in range(rank):
            if k == d:
                dims[k] = expr.add(dims[k], t.shape[k])
            elif expr.compare(dims[k], t.shape[k]) is False:
                raise _invalid("torch.cat", f"sizes of tensors must match except in dimension {d}: expected size "
                                            f"{expr.render(dims[k])} but got size {expr.render(t.shape[k])} "
                                            f"for tensor number {i} in the list")
    dtypes = {t.dtype for t in tensors}
    return Tensor(tuple(dims), dtypes.pop() if len(dtypes) == 1 else None)


def _view(x: Tensor, sizes: tuple):
    """``x.view(*sizes)``: the new tensor, a reason torch raises, or None when unknown."""
    total = expr.product(x.shape)
    if not isinstance(total, int):
        return None
    inferred = [i for i, s in enumerate(sizes) if s == -1]
    known = 1
    for s in sizes:
        if s != -1:
            known *= s
    shape_text = f"({', '.join(str(s) for s in sizes)})"
    if len(inferred) > 1 or any(s < -1 for s in sizes):
        return None
    if inferred:
        if known == 0 or total % known:
            return f"shape {shape_text} is invalid for an input of {total} elements"
        sizes = tuple(total // known if s == -1 else s for s in sizes)
    elif known != total:
        return f"shape {shape_text} is invalid for an input of {total} elements"
    return x.with_shape(tuple(sizes))


def check_loss(loss, path: str) -> list:
    """The diagnostic of a loss call (``extract.spec.LossCall``) torch rejects, as a list."""
    from seqlint.layers.losses import check

    given = [through_models(t, path) for t in (loss.input, loss.target)]
    if any(t is None or t.shape is None for t in given):
        return []  # a model that fails (reported there) or an output not known
    x, target = (Tensor(tuple(t.shape), t.dtype) for t in given)
    try:
        check(loss.kind, loss.name, x, target)
    except ShapeError as exc:
        return [exc.check(path, loss.span, exc.args_)]
    return []


def through_models(tensor, path: str, depth: int = 0):
    """An input that is another model's output (``decoder(encoder(x))``) as the shape that
    model gives; None when it cannot be known (it fails, or its output is not a tensor)."""
    if tensor is None or tensor.origin == "instance":
        return None  # an instance's output the pipeline did not work out: not known
    if tensor.through is None:
        return tensor
    from dataclasses import replace

    from seqlint.extract.spec import InputSpec

    source, inner = tensor.through
    inner = through_models(inner, path, depth + 1) if depth < 10 else None
    if inner is None or source.opaque:
        return None
    result = analyze(replace(source, input=inner, later_calls=[]), path).models[0]
    out = result.walk.output if result.walk is not None else None
    if not isinstance(out, Tensor) or out.shape is None:
        return None
    return InputSpec(result.context.resolve_shape(out.shape), out.dtype, origin="model", factors=out.factors)
