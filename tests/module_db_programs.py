"""Torch's own test data as seqlint programs.

``torch.testing._internal.common_modules.module_db`` holds, for every nn module, sample
constructor arguments with a forward input (``module_inputs_func``) and cases that must fail
(``module_error_inputs_func``).  Each sample whose constructor arguments are literals and whose
forward takes exactly one tensor becomes one small program::

    model = nn.Sequential(
        nn.Conv2d(3, 4, 3, stride=2),
    )
    x = torch.randn((2, 3, 6, 6))
    y = model(x)

Every other sample is kept with the reason it cannot be written (several forward inputs, a
tensor or a callable among the constructor arguments, keyword arguments to forward, ...).

Importing module_db pulls in torch's test harness (hypothesis profiles, warning filters), so
``collect()`` runs in a subprocess of its own, where each program is also run under torch
(``tests.torch_run.run_program``, the very program text seqlint reads); the result is JSON.
Valid samples are drawn in float32 and, where module_db offers it, float64 (the program moves
the model with ``model.to(torch.float64)``, as module_db's tests do); error samples in float32,
the dtype they are written for.

    python -m tests.module_db_programs            # counts: agreed, disagreeing, skipped by reason
    python -m tests.module_db_programs --list     # ... and every disagreement, with its program
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

FILENAME = "module_db_program.py"
SEQUENTIAL_LINE = 4  # the line of ``nn.Sequential(`` in every program
LAYER_LINE = 5
MAX_LITERAL_INDICES = 16  # integer inputs this small are written as torch.tensor([...]) literals

# Disagreements seqlint cannot fix in its layer rules: case id -> why (xfail, strict).
XFAIL: dict[str, str] = {}

# Constructor keyword arguments that only fix randomness, never a shape: dropped, not skipped.
# FractionalMaxPool's ``_random_samples`` (a tensor) picks the pooling regions' offsets.
SEED_ONLY_KWARGS = {"_random_samples"}


@dataclass
class Case:
    id: str
    module: str  # the torch.nn class name
    kind: str  # "valid": torch runs it; "error": module_db says torch raises
    training: bool
    desc: str
    dtype: str = "float32"  # the module's and (float inputs) the input's dtype
    source: str | None = None  # the program, or None when the sample cannot be written
    reason: str | None = None  # why it cannot be written
    error_regex: str | None = None  # error samples: what torch must say
    # torch's run of ``source``
    torch_error: str | None = None
    torch_error_line: int | None = None
    torch_output: object = None
    duplicate_of: str | None = None  # an earlier case with the same program


class NotWritable(Exception):
    """The sample has something a literal program cannot say; the message is the reason."""


# --- writing a sample as source --------------------------------------------------------------

def literal(value) -> str:
    import torch

    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotWritable("non-finite float constructor argument")
        return repr(value)
    if isinstance(value, tuple):
        items = [literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, torch.dtype):
        return str(value)  # "torch.float64"
    if isinstance(value, torch.Tensor):
        raise NotWritable("tensor constructor argument")
    if isinstance(value, torch.nn.Module):
        raise NotWritable("module constructor argument")
    if callable(value):
        raise NotWritable("callable constructor argument")
    raise NotWritable(f"{type(value).__name__} constructor argument")


def constructor(name: str, function_input) -> str:
    args = [literal(v) for v in function_input.args]
    kwargs = [f"{k}={literal(v)}" for k, v in function_input.kwargs.items() if k not in SEED_ONLY_KWARGS]
    return f"nn.{name}({', '.join(args + kwargs)})"


def size_text(shape) -> str:
    dims = [str(d) for d in shape]
    return "(" + ", ".join(dims) + ("," if len(dims) == 1 else "") + ")"


def dummy(tensor) -> str:
    """Source for a tensor of the sample's shape and dtype (and, for small index tensors, values)."""
    import torch

    shape = tuple(tensor.shape)
    if tensor.dtype in (torch.float32, torch.float64):
        dtype = "" if tensor.dtype == torch.float32 else f", dtype={tensor.dtype}"
        return f"torch.randn({size_text(shape)}{dtype})"
    if tensor.dtype == torch.int64:
        if 0 < tensor.numel() <= MAX_LITERAL_INDICES and tensor.dim() > 0:
            return f"torch.tensor({tensor.tolist()!r})"
        lo, hi = (int(tensor.min()), int(tensor.max()) + 1) if tensor.numel() else (0, 1)
        return f"torch.randint({lo}, {hi}, {size_text(shape)})"
    raise NotWritable(f"{str(tensor.dtype).removeprefix('torch.')} forward input")


def forward_input(cls, function_input) -> str | None:
    """The dummy tensor's source; None when the sample has no forward input.

    Keyword arguments equal to forward's defaults (``src_mask=None``) say nothing and are
    dropped, and the one tensor passed by the name of forward's first parameter
    (``input=x``) is passed positionally, as a Sequential does.
    """
    import inspect

    import torch

    if function_input is None or not (function_input.args or function_input.kwargs):
        return None
    params = list(inspect.signature(cls.forward).parameters.values())[1:]  # after self
    defaults = {p.name: p.default for p in params}
    args = list(function_input.args)
    for key, value in function_input.kwargs.items():
        default = defaults.get(key, inspect.Parameter.empty)
        if default is not inspect.Parameter.empty and value is default:
            continue
        if not args and params and key == params[0].name:
            args.append(value)
            continue
        raise NotWritable("keyword arguments to forward")
    if len(args) != 1:
        raise NotWritable("several forward inputs" if args else "no forward input")
    value = args[0]
    if not isinstance(value, torch.Tensor):
        raise NotWritable(f"{type(value).__name__} forward input")
    return dummy(value)


def program(layer: str, x: str | None, training: bool, dtype: str = "float32") -> str:
    lines = ["import torch", "import torch.nn as nn", "", "model = nn.Sequential(", f"    {layer},", ")"]
    assert lines[SEQUENTIAL_LINE - 1].startswith("model") and lines[LAYER_LINE - 1].strip() == f"{layer},"
    if dtype != "float32":
        lines.append(f"model.to(torch.{dtype})")  # what module_db's tests do: m.to(dtype)
    if not training:
        lines.append("model.eval()")
    if x is not None:
        lines += [f"x = {x}", "y = model(x)"]
    return "\n".join(lines) + "\n"


# --- module_db -------------------------------------------------------------------------------

@dataclass
class Draw:
    """One sample as module_db gives it."""

    cls: type
    kind: str
    training: bool
    dtype: str
    desc: str
    sample: object  # a ModuleInput
    error_regex: str | None = None
    at_construction: bool = False  # an error sample that raises when the layer is built


def samples():
    """Every sample, on CPU: valid ones in float32 and, where the module supports it, float64
    (the module moved to it as module_db's tests do); error samples as written (float32)."""
    import torch
    from torch import nn
    from torch.testing._internal.common_modules import module_db

    for info in module_db:
        cls = info.module_cls
        if getattr(nn, cls.__name__, None) is not cls:
            continue  # not reachable as nn.<name>
        dtypes = [d for d in (torch.float32, torch.float64) if d in info.supported_dtypes("cpu")]
        for training in ((True, False) if info.train_and_eval_differ else (True,)):
            for dtype in dtypes:
                kw = dict(device="cpu", dtype=dtype, requires_grad=False, training=training)
                name = str(dtype).removeprefix("torch.")
                for sample in info.module_inputs_func(info, **kw):
                    yield Draw(cls, "valid", training, name, sample.desc, sample)
            if info.module_error_inputs_func is not None:
                kw = dict(device="cpu", dtype=torch.float32, requires_grad=False, training=training)
                for error in info.module_error_inputs_func(info, **kw):
                    # A construction error needs no input: the program stops at the layer.
                    yield Draw(cls, "error", training, "float32", slug(error.error_regex),
                               error.module_error_input, error.error_regex,
                               error.error_on.name == "CONSTRUCTION_ERROR")


def slug(regex: str) -> str:
    """``r"num_channels \\(10\\) must be"`` -> ``num_channels_10_must_be``: an id from an error regex."""
    text = ""
    for word in re.sub(r"\\.|[^A-Za-z0-9_ ]", " ", regex).split():
        if text and len(text) + 1 + len(word) > 48:
            break
        text = f"{text}_{word}" if text else word
    return text


def make_case(draw: Draw) -> Case:
    name = draw.cls.__name__
    case = Case("", name, draw.kind, draw.training, draw.desc or "", dtype=draw.dtype,
                error_regex=draw.error_regex)
    try:
        layer = constructor(name, draw.sample.constructor_input)
        x = None if draw.at_construction else forward_input(draw.cls, draw.sample.forward_input)
        if x is None and draw.kind == "valid":
            raise NotWritable("no forward input")
        case.source = program(layer, x, draw.training, draw.dtype)
    except NotWritable as exc:
        case.reason = str(exc)
    return case


def name_cases(cases: list[Case]) -> None:
    """Readable, unique ids: the module, ``error``, the sample's desc (error samples: the words
    of torch's message) or its number, ``eval``, a dtype other than float32 --
    ``Conv2d-stride``, ``BatchNorm1d-3-eval-float64``, ``RNN-error-num_layers_must_be_greater_than_zero``."""
    counters: Counter = Counter()
    taken: set[str] = set()
    for case in cases:
        key = (case.module, case.kind, case.training, case.dtype)
        counters[key] += 1
        n = counters[key]
        parts = [case.module]
        if case.kind == "error":
            parts.append("error")
        parts.append(case.desc if case.desc else str(n))
        if not case.training:
            parts.append("eval")
        if case.dtype != "float32":
            parts.append(case.dtype)
        base = "-".join(parts)
        candidate, i = base, 2
        while candidate in taken:
            candidate, i = f"{base}-{i}", i + 1
        taken.add(candidate)
        case.id = candidate


def run_under_torch(case: Case) -> None:
    from tests.torch_run import run_program

    run = run_program(case.source, FILENAME)
    case.torch_error, case.torch_error_line = run.error, run.error_line
    case.torch_output = run.outputs.get(SEQUENTIAL_LINE)


def collect() -> list[Case]:
    """Every sample as a Case; programs run under torch.  Imports module_db: run in a subprocess."""
    cases = [make_case(draw) for draw in samples()]
    name_cases(cases)
    seen: dict[str, str] = {}
    for case in cases:
        if case.source is None:
            continue
        if case.source in seen:
            case.duplicate_of = seen[case.source]
            continue
        seen[case.source] = case.id
        run_under_torch(case)
    return cases


def load() -> list[Case]:
    """``collect()`` run in a fresh interpreter, so module_db's harness stays out of this one."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    done = subprocess.run([sys.executable, "-m", "tests.module_db_programs", "--json"], cwd=root,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"collecting module_db samples failed:\n{done.stderr[-4000:]}")
    return [Case(**entry) for entry in json.loads(done.stdout)]


# --- comparing with seqlint ------------------------------------------------------------------

def skip_reason(case: Case) -> str | None:
    """Why a case is not compared, or None."""
    if case.source is None:
        return case.reason
    if case.duplicate_of is not None:
        return "same program as another sample"
    if case.kind == "error" and case.torch_error is None:
        return "the program does not reproduce the error under torch"
    return None


def disagreement(case: Case) -> str | None:
    """None when seqlint agrees with torch on the case's program, else how they differ."""
    from tests.oracle import run_seqlint

    errors, model = run_seqlint(case.source, FILENAME)
    where = [f"{d.span.line}: {d.code} {d.message}" for d in errors]
    if case.kind == "error":
        if not errors:
            return f"missed error: torch raises {case.torch_error}\n{case.source}"
        if errors[0].span.line != case.torch_error_line:
            return f"wrong place: torch raises at line {case.torch_error_line} ({case.torch_error}); " \
                   f"seqlint at {where}\n{case.source}"
        return None
    if case.torch_error is not None:
        # The program is wrong, not seqlint: module_db says this sample runs.
        raise AssertionError(f"torch raises on the program of a valid sample: {case.torch_error}\n{case.source}")
    if errors:
        return f"false error: torch runs it (output {case.torch_output}) but seqlint says {where}\n{case.source}"
    got = model["output_shape"] if model else None
    if got != case.torch_output:
        return f"output shape: torch {case.torch_output}, seqlint {got}\n{case.source}"
    return None


def summary(cases: list[Case], xfails: dict | None = None, show: bool = False) -> str:
    xfails = xfails or {}
    lines = [f"{len(cases)} module_db samples (CPU; valid ones in float32 and float64): "
             f"{sum(c.kind == 'valid' for c in cases)} valid, {sum(c.kind == 'error' for c in cases)} error"]
    skipped: dict[str, list[str]] = defaultdict(list)
    verdicts: Counter = Counter()
    problems = []
    for case in cases:
        why = skip_reason(case)
        if why is not None:
            skipped[why].append(case.id)
            continue
        problem = disagreement(case)
        if problem is None:
            verdicts["agreed (xfail now passing!)" if case.id in xfails else "agreed"] += 1
        else:
            verdicts["xfailed" if case.id in xfails else "DISAGREE"] += 1
            problems.append((case.id, xfails.get(case.id), problem))
    written = sum(c.source is not None for c in cases)
    lines.append(f"{written} written as programs, {sum(verdicts.values())} compared: "
                 + ", ".join(f"{n} {k}" for k, n in verdicts.most_common()))
    lines.append("skipped:")
    for why, ids in sorted(skipped.items(), key=lambda kv: -len(kv[1])):
        modules = Counter(i.split("-")[0] for i in ids)
        lines.append(f"  {len(ids):4d}  {why}: " + ", ".join(f"{m} ({n})" for m, n in sorted(modules.items())))
    if show:
        for case_id, xfail, problem in problems:
            lines.append(f"\n[{case_id}]" + (f" xfail: {xfail}" if xfail else "") + f"\n{problem}")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print every case as JSON (for the tests)")
    parser.add_argument("--list", action="store_true", help="also print each disagreement")
    options = parser.parse_args(argv)
    if options.json:
        cases = collect()
        json.dump([asdict(c) for c in cases], sys.stdout)
        return
    print(summary(load(), XFAIL, show=options.list))


if __name__ == "__main__":
    main()
