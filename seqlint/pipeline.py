"""source -> extraction -> shapes -> layer rules -> checks, for one file.

``check_source`` is a function of a file's text *and* of the project files it imports from:
``path`` locates the file, and a class, helper or constant it imports from another file of
the project is read there (``extract/project.py``; standard input resolves from
``--stdin-filename``, a notebook from its own folder).  It reads those files but never writes
anything, so files can be checked in parallel; a cache by content hash would have to key on
the imported files too.  Nothing a file contains may escape as an exception: every failure
becomes a diagnostic on that file.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from dataclasses import dataclass, field, replace

from seqlint import checks
from seqlint.checks import Span
from seqlint.extract import source
from seqlint.extract.spec import InputSpec
from seqlint.shapes.values import Tensor, TupleValue

MAX_INSTANCE_DEPTH = 10  # instances fed by instances fed by instances...
# Deeply nested source is legal Python; give the parser room, on a thread with a big stack.
RECURSION_LIMIT = 20_000
STACK_SIZE = 512 * 1024 * 1024


@dataclass
class FileReport:
    path: str
    diagnostics: list[checks.Diagnostic] = field(default_factory=list)
    models: list[dict] = field(default_factory=list)  # JSON-ready model entries


def check_source(text: str, path: str, torch_version: tuple | None = None) -> FileReport:
    """``torch_version``: the torch release targeted (None: the newest seqlint knows)."""
    report = FileReport(path)
    if not source.mentions_models(text):
        return report
    try:
        tree = source.parse_ast(text)
    except source.SourceSyntaxError as exc:
        report.diagnostics.append(checks.SyntaxErrorInFile(
            path, Span(exc.line, exc.column, exc.line, exc.column), (f"{exc.message} at line {exc.line}",)))
        return report
    reduced = source.reduce(text, tree)
    # Imported lazily: a run over files that never mention Sequential never loads libcst.
    from seqlint.extract.models import extract
    from seqlint.propagate import analyze, check_loss, run_chain, through_models
    from seqlint.report.model_json import model_entries

    # What libcst rejects reads as unknown inside extraction; anything raised here is
    # seqlint's own failure, reported as SEQ003 by check_file_safely -- never as the file's.
    specs, notes, chains, errors, losses = extract(reduced, path)  # path: where its imports resolve

    for span, why in notes:
        report.diagnostics.append(checks.UnknownArgument(path, span, (why,)))
    for span, subject, why in errors:
        report.diagnostics.append(checks.InvalidInput(path, span, (subject, why)))
    entries: dict[int, dict] = {}
    seen: set[tuple] = set()
    symbolic: set[int] = set()  # entries from a walk with a symbolic input
    outer_first: set[int] = set()  # models described by an outer model's walk, called before them

    def add(diagnostics, analysis=None):
        for diagnostic in diagnostics:
            key = (diagnostic.code, diagnostic.span.line, diagnostic.span.column)
            if key not in seen:
                seen.add(key)
                report.diagnostics.append(diagnostic)
        for i, result in enumerate(analysis.models if analysis else ()):
            # A model called on its own is described by its own first call, not by the
            # walk of an outer model it is part of -- unless that outer model is called first.
            own_call = i > 0 and result.spec.input is not None
            if not result.spec.synthetic and not own_call:
                if id(result.spec) not in entries and result.spec.input is None:
                    symbolic.add(id(result.spec))
                entries.setdefault(id(result.spec), model_entries(result, path))
            elif result.spec.origin is not None and result.walk is not None:
                # The first copy walked (a loop's first pass, a helper's first call, a module
                # class built with its arguments) describes the Sequential call as written,
                # better than a walk with a symbolic input.
                key = id(result.spec.origin)
                first = i > 0 and _called_before(analysis.models[0].spec, result.spec.origin) and key not in outer_first
                if first:
                    outer_first.add(key)
                if key not in entries or (key in symbolic and _concrete(result)) or first:
                    entries[key] = model_entries(result, path, result.spec.origin)
                    symbolic.discard(key)

    # Submodules of a class called with a dummy tensor are checked with what forward gives them.
    # An instance given another instance's output (up(down(x), x)) runs after that one.
    # A call run once per batch size (a loop's passes) returns a different shape each time:
    # what it returns is not one value to hand on.
    passes: dict[int, int] = {}
    for chain in chains:
        if chain.call_site is not None:
            passes[id(chain.call_site)] = passes.get(id(chain.call_site), 0) + 1
    sites = {id(chain.call_site): chain for chain in chains
             if chain.call_site is not None and passes[id(chain.call_site)] == 1}
    ran: set[int] = set()

    def from_instance(spec, depth=0):
        if spec is None or spec.origin != "instance":
            return spec
        producer = sites.get(id(spec.through[0]))
        if producer is None or depth > MAX_INSTANCE_DEPTH:
            return None
        run(producer, depth + 1)
        out = producer.output
        index = spec.through[1]
        if index is not None:  # out, hidden = encoder(x): one item of what forward returned
            out = out.items[index] if isinstance(out, TupleValue) and -len(out.items) <= index < len(out.items) \
                else None
        return InputSpec(tuple(out.shape), out.dtype, origin="model") \
            if isinstance(out, Tensor) and out.shape is not None else None

    def run(chain, depth=0):
        if id(chain) in ran:
            return
        ran.add(id(chain))
        chain.input = from_instance(chain.input, depth)
        chain.more_inputs = {name: from_instance(t, depth) for name, t in chain.more_inputs.items()}
        if chain.input is None:
            return  # what it is given is not known
        analyses, between = run_chain(chain, path)
        for analysis in analyses:  # a later call's walk is checked, its shapes not described
            add(analysis.diagnostics, analysis if chain.describes else None)
        add(between)

    for chain in chains:
        run(chain)
    for spec in specs:
        if (not spec.nested or spec.input is not None) and id(spec) not in entries:
            spec.input = through_models(from_instance(spec.input), path)
            analysis = analyze(spec, path)
            add(analysis.diagnostics, analysis)
            # Later calls (another input, or back in training mode) are checked too.
            for tensor, training, cast in spec.later_calls:
                tensor = through_models(from_instance(tensor), path)
                add(analyze(replace(spec, input=tensor, training=training, cast=cast), path).diagnostics)
    for spec in specs:  # a nested call no walk of the model holding it reached: on its own
        if id(spec) not in entries and spec.nested and spec.input is None:
            analysis = analyze(spec, path)
            add(analysis.diagnostics, analysis)
    for loss in losses:  # criterion(model(x), y): the model's output against the target
        loss.input, loss.target = from_instance(loss.input), from_instance(loss.target)
        if loss.input is not None and loss.target is not None:
            add(check_loss(loss, path))
    if torch_version is not None:  # layers and arguments the targeted torch does not have
        from seqlint.layers.since import findings

        add(findings([*specs, *chains], torch_version, path))
    report.models = [entries[id(spec)] for spec in specs if id(spec) in entries]
    report.diagnostics.sort(key=lambda d: (d.span.line, d.span.column, d.code))
    if any(d.repair is not None for d in report.diagnostics):
        from seqlint.fixes import attach

        attach(report.diagnostics, text)
    return report


def _called_before(outer, inner) -> bool:
    """Is the model ``outer`` (holding ``inner``) first called before ``inner`` is called on
    its own, both in one scope (``autoencoder(batch)`` in the loop, ``encoder(x)`` after)?"""
    return outer.call_order is not None and inner.call_order is not None and outer.call_order < inner.call_order


def _concrete(result) -> bool:
    """Was this model walked with an input of known sizes?"""
    x = result.walk.input if result.walk is not None else None
    return getattr(x, "shape", None) is not None and all(isinstance(d, int) for d in x.shape)


def check_file(path: str, torch_version: tuple | None = None) -> FileReport:
    try:
        text = source.read(path)
    except source.UnreadableError as exc:
        return FileReport(path, [checks.UnreadableFile(path, Span.whole_file(), (str(exc),))])
    return check_source(text, path, torch_version)


def run_guarded(fn, *args):
    """Run ``fn`` on a thread with a big stack and recursion limit; return its result (or
    raise what it raised).  Calls run one at a time, on one thread per process."""
    return _GuardedThread.of_this_process().call(fn, args)


class _GuardedThread:
    """The thread guarded calls run on, made once per process and reused: a new thread per
    file cost about a fifth of a run over timm (each new stack's pages are faulted in anew)."""

    _current: "_GuardedThread | None" = None
    _made = threading.Lock()

    def __init__(self):
        self.pid = os.getpid()
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.one_at_a_time = threading.Lock()  # the recursion limit is the interpreter's
        old_size = threading.stack_size()
        threading.stack_size(STACK_SIZE)
        try:
            threading.Thread(target=self._serve, name="seqlint-guarded", daemon=True).start()
        finally:
            threading.stack_size(old_size)

    @classmethod
    def of_this_process(cls) -> "_GuardedThread":
        with cls._made:  # a forked worker process inherits the object, not the thread
            if cls._current is None or cls._current.pid != os.getpid():
                cls._current = cls()
            return cls._current

    def call(self, fn, args: tuple):
        done, outcome = threading.Event(), []
        with self.one_at_a_time:
            self.jobs.put((fn, args, done, outcome))
            done.wait()
        failed, value = outcome[0]
        if failed:
            raise value
        return value

    def _serve(self) -> None:
        while True:
            fn, args, done, outcome = self.jobs.get()
            old = sys.getrecursionlimit()
            sys.setrecursionlimit(RECURSION_LIMIT)
            try:
                outcome.append((False, fn(*args)))
            except BaseException as exc:  # noqa: BLE001 - raised again by the caller
                outcome.append((True, exc))
            finally:
                sys.setrecursionlimit(old)
                done.set()


def check_file_safely(path: str, torch_version: tuple | None = None) -> FileReport:
    """check_file, with any internal failure turned into one diagnostic on the file."""
    try:
        return run_guarded(check_file, *((path,) if torch_version is None else (path, torch_version)))
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user
        return FileReport(path, [checks.InternalError(path, Span.whole_file(), (f"{type(exc).__name__}: {exc}",))])
