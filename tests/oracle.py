"""Torch as the oracle: build a program from layers and an input, run it under torch and
through seqlint, and describe both outcomes the same way so tests can compare them."""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass

from seqlint.pipeline import check_source


@dataclass
class Outcome:
    error_line: int | None  # the line of the layer where it raises (construction included)
    error: str | None
    output: object  # a shape as a list (nested lists for tuples), or None


def split_layers(layers: str) -> list[str]:
    """Split ``"nn.A(1, 2), nn.B()"`` into its top-level expressions."""
    text = f"({layers},)"
    tree = ast.parse(text, mode="eval").body
    return [ast.get_source_segment(text, element) for element in tree.elts]


def make_program(layers: str, shape, dtype: str = "float32", eval_mode: bool = False,
                 imports: str = "") -> tuple[str, dict]:
    """The program text and, for each layer index, the line it is written on; ``imports``
    (lines of import statements) brings in layers from outside torch.nn."""
    parts = split_layers(layers)
    lines = ["import torch", "import torch.nn as nn", *imports.splitlines(), "", "model = nn.Sequential("]
    layer_lines = {}
    for i, part in enumerate(parts):
        layer_lines[i] = len(lines) + 1
        lines.append(f"    {part},")
    lines.append(")")
    if eval_mode:
        lines.append("model.eval()")
    if shape is not None:
        dims = ", ".join(str(d) for d in shape)
        size = f"({dims}{',' if len(shape) == 1 else ''})"
        if dtype == "int64":
            lines.append(f"x = torch.randint(0, 4, {size})")
        elif dtype == "float32":
            lines.append(f"x = torch.randn({size})")
        else:
            lines.append(f"x = torch.randn({size}, dtype=torch.{dtype})")
        lines.append("y = model(x)")
    return "\n".join(lines) + "\n", layer_lines


def shape_of(value):
    import torch

    if isinstance(value, torch.Tensor):
        return list(value.shape)
    if isinstance(value, (tuple, list)):
        return [shape_of(v) for v in value]
    return None


def run_torch(layers: str, shape, dtype="float32", eval_mode=False, imports: str = "") -> Outcome:
    import torch
    from torch import nn

    torch.manual_seed(0)
    parts = split_layers(layers)
    _, layer_lines = make_program(layers, shape, dtype, eval_mode, imports)
    namespace = {"torch": torch, "nn": nn}
    exec(imports, namespace)
    modules = []
    for i, part in enumerate(parts):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                modules.append(eval(part, namespace))
        except Exception as exc:  # noqa: BLE001 - the oracle records what torch does
            return Outcome(layer_lines[i], f"{type(exc).__name__}: {exc}", None)
    model = nn.Sequential(*modules)
    if eval_mode:
        model.eval()
    if shape is None:
        return Outcome(None, None, None)
    if dtype == "int64":
        x = torch.randint(0, 4, tuple(shape))
    else:
        x = torch.randn(tuple(shape), dtype=getattr(torch, dtype))
    for i, module in enumerate(model):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                x = module(x)
        except Exception as exc:  # noqa: BLE001
            return Outcome(layer_lines[i], f"{type(exc).__name__}: {exc}", None)
    return Outcome(None, None, shape_of(x))


def run_seqlint(source: str, path: str = "example.py"):
    report = check_source(source, path)
    errors = [d for d in report.diagnostics if d.severity == "error"]
    model = report.models[0] if report.models else None
    return errors, model


def compare(layers: str, shape, dtype="float32", eval_mode=False, expect_error=None, imports: str = "") -> str | None:
    """None when seqlint agrees with torch (or, with no input, with ``expect_error``);
    else a sentence saying how they differ."""
    source, layer_lines = make_program(layers, shape, dtype, eval_mode, imports)
    errors, model = run_seqlint(source)
    if shape is None:
        if expect_error is None:
            return None
        if bool(errors) != expect_error:
            return f"expected error={expect_error}, seqlint said {[d.message for d in errors]}\n{source}"
        return None
    truth = run_torch(layers, shape, dtype, eval_mode, imports)
    if truth.error_line is None:
        if errors:
            return f"false error: torch runs it (output {truth.output}) but seqlint says " \
                   f"{[f'{d.span.line}: {d.message}' for d in errors]}\n{source}"
        got = model["output_shape"] if model else None
        if got != truth.output:
            return f"output shape: torch {truth.output}, seqlint {got}\n{source}"
        return None
    if not errors:
        return f"missed error: torch raises at line {truth.error_line}: {truth.error}\n{source}"
    if errors[0].span.line != truth.error_line:
        return f"wrong place: torch raises at line {truth.error_line} ({truth.error}); " \
               f"seqlint at line {errors[0].span.line}: {errors[0].message}\n{source}"
    return None
