"""Run a whole program under torch and record, in source terms, what happened:
the line of the layer where torch raised (or None), and each Sequential's output shape."""

from __future__ import annotations

import contextlib
import io
import sys
import traceback
import warnings
from dataclasses import dataclass, field


@dataclass
class TorchRun:
    error_line: int | None = None
    error: str | None = None
    outputs: dict = field(default_factory=dict)  # line of the Sequential call -> output shape


def _shape(value):
    import torch

    if isinstance(value, torch.Tensor):
        return list(value.shape)
    if isinstance(value, (tuple, list)):
        return [_shape(v) for v in value]
    return None


def run_program(source: str, filename: str) -> TorchRun:
    import torch
    from torch import nn

    result = TorchRun()
    original_init = nn.Module.__init__
    active: list = []  # modules whose forward has started but not finished

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != filename:
            frame = frame.f_back
        object.__setattr__(self, "_seqlint_line", frame.f_lineno if frame is not None else None)

    def pre_hook(module, args):
        active.append(module)

    def post_hook(module, args, output):
        if active and active[-1] is module:
            active.pop()
        if isinstance(module, nn.Sequential):
            line = getattr(module, "_seqlint_line", None)
            if line is not None:
                result.outputs.setdefault(line, _shape(output))

    hooks = [nn.modules.module.register_module_forward_pre_hook(pre_hook),
             nn.modules.module.register_module_forward_hook(post_hook)]
    nn.Module.__init__ = init
    torch.manual_seed(0)
    default_dtype = torch.get_default_dtype()  # programs may change it; it must not leak
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            exec(compile(source, filename, "exec"), {"__name__": "__main__", "__file__": filename})
    except Exception as exc:  # noqa: BLE001 - recording what torch does is the point
        result.error = f"{type(exc).__name__}: {exc}"
        # The innermost layer still running is where it broke; else the construction line.
        # A module of the program's own whose forward raises broke in that forward's code:
        # the traceback's last line in the file says where.
        leaves = [m for m in active if not isinstance(m, nn.Sequential)]
        failing = leaves[-1] if leaves else (active[-1] if active else None)
        own = failing is not None and not type(failing).__module__.startswith("torch.")
        line = getattr(failing, "_seqlint_line", None) if failing is not None and not own else None
        if line is None:
            frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
            line = frames[-1].lineno if frames else None
        result.error_line = line
    finally:
        torch.set_default_dtype(default_dtype)
        nn.Module.__init__ = original_init
        for hook in hooks:
            hook.remove()
    return result


def assert_torch_agrees(text: str, path: str, flagged: bool) -> None:
    """Run ``text`` under torch and through seqlint: torch raises exactly when ``flagged``
    (each case stays what it was written to be), and seqlint's errors are on the line torch
    raised from, or there are none."""
    from seqlint.pipeline import check_source

    truth = run_program(text, path)
    errors = {d.span.line for d in check_source(text, path).diagnostics if d.severity == "error"}
    assert (truth.error is not None) == flagged, truth.error
    assert errors == ({truth.error_line} if flagged else set()), (errors, truth.error)
