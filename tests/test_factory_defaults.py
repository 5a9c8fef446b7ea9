"""Factory parameters of code as written (no visible call builds it) resolve through their
defaults: a class default (``act_layer=nn.GELU``, ``partial(nn.LayerNorm, eps=1e-6)``), or a
None / string default the body turns into a class (``norm_layer or nn.BatchNorm2d``, ``if
norm_layer is None: ...``, ``get_act(act_layer)``).  Never when a call of the file may give the
parameter another value: a direct call, a ``partial``, a subclass's ``super().__init__``, an
unknown ``**kwargs``.  Shapes claimed are checked against torch."""

import textwrap

import pytest

from seqlint.pipeline import check_source

HEAD = "import torch\nimport torch.nn as nn\nfrom functools import partial\n"


def _check(text):
    report = check_source(textwrap.dedent(text), "m.py")
    errors = [d for d in report.diagnostics if d.severity in ("error", "warning")]
    return report.models, errors


def _run(text, build, x):
    """The output shape torch gives for ``build`` (an expression building the module whose
    ``body`` is the Sequential) on ``x``, or the exception it raises."""
    import torch

    namespace: dict = {}
    exec(compile(textwrap.dedent(text), "m.py", "exec"), namespace)
    try:
        return list(eval(build, namespace).body(torch.randn(*x)).shape)
    except Exception as exc:  # noqa: BLE001 - torch's verdict
        return exc


def _concrete(shape, sizes):
    return [sizes.get(d, d) if isinstance(d, str) else d for d in shape]


DEFAULTS = HEAD + """
class Block(nn.Module):
    def __init__(self, dim, act_layer=nn.GELU, norm_layer=None, norm2=partial(nn.GroupNorm, 2)):
        super().__init__()
        norm_layer = norm_layer or nn.BatchNorm2d
        self.body = nn.Sequential(nn.Conv2d(dim, 2 * dim, 3, padding=1), act_layer(),
                                  norm_layer(2 * dim), norm2(2 * dim))
"""


def test_class_none_and_partial_defaults_resolve():
    models, errors = _check(DEFAULTS)
    assert errors == []
    [model] = models
    assert [layer["type"] for layer in model["layers"]] == ["Conv2d", "GELU", "BatchNorm2d", "GroupNorm"]
    shape = model["output_shape"]
    assert shape == ["N", "2 * dim", "H", "W"]
    assert _run(DEFAULTS, "Block(4)", (2, 4, 5, 6)) == _concrete(shape, {"N": 2, "2 * dim": 8, "H": 5, "W": 6})


IF_NONE = HEAD + """
class Block(nn.Module):
    def __init__(self, dim, norm_layer=None):
        super().__init__()
        if norm_layer is None:
            norm_layer = nn.LayerNorm
        self.body = nn.Sequential(nn.Linear(dim, 3 * dim), norm_layer(3 * dim))
"""


def test_none_turned_into_a_class_by_an_if():
    models, errors = _check(IF_NONE)
    assert errors == []
    shape = models[0]["output_shape"]
    assert shape == ["N", "3 * dim"]
    assert _run(IF_NONE, "Block(5)", (2, 5)) == [2, 15]


STRING = HEAD + """
def get_act(name):
    if not isinstance(name, str):
        return name
    if name == "relu":
        return nn.ReLU
    return nn.GELU

class Block(nn.Module):
    def __init__(self, dim, act_layer="relu"):
        super().__init__()
        act_layer = get_act(act_layer)
        self.body = nn.Sequential(nn.Linear(dim, dim), act_layer())
"""


def test_a_string_default_a_factory_helper_turns_into_a_class():
    models, errors = _check(STRING)
    assert errors == []
    assert [layer["type"] for layer in models[0]["layers"]] == ["Linear", "ReLU"]
    assert models[0]["output_shape"] == ["N", "dim"]
    assert _run(STRING, "Block(7)", (3, 7)) == [3, 7]


def test_a_none_default_that_becomes_a_size_is_not_assumed():
    """``hidden = hidden or 4 * dim``: a size, not a factory; the caller's value is unknown."""
    models, errors = _check(HEAD + """
class Block(nn.Module):
    def __init__(self, dim, hidden=None):
        super().__init__()
        hidden = hidden or 4 * dim
        self.body = nn.Sequential(nn.Linear(dim, hidden), nn.ReLU())
""")
    assert errors == []
    assert models[0]["output_shape"] != ["N", "4 * dim"]


BROKEN = HEAD + """
class Block(nn.Module):
    def __init__(self, dim, norm_layer=nn.BatchNorm2d):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(dim, 2 * dim, 3), norm_layer(dim))
"""


def test_an_error_the_default_factory_makes_is_reported():
    _, errors = _check(BROKEN)
    assert [(e.code, e.span.line) for e in errors] == [("SEQ101", 8)]
    assert isinstance(_run(BROKEN, "Block(4)", (3, 4, 6, 6)), RuntimeError)


@pytest.mark.parametrize("uses", [
    "ok = Block(4, norm_layer=nn.Identity)",
    "ok = Block(4, nn.Identity)",
    "make = partial(Block, norm_layer=nn.Identity)",
    "kw = get_kwargs()\nok = Block(4, **kw)",
    "def build(*args):\n    return Block(*args)",
    "class Sub(Block):\n    def __init__(self, dim):\n        super().__init__(dim, norm_layer=nn.Identity)",
    "blocks = [Block]\ndef build(block):\n    return block(4, norm_layer=nn.Identity)",
    # In functions the pre-pass skips (they never say Sequential), read when asked about.
    "def make():\n    x = 1\n    return Block(4, norm_layer=nn.Identity)",
    "blocks = [Block]\ndef build(block, args):\n    return block(\n        *args)",
    "blocks = [Block]\ndef build(block, kw):\n    return block(4, **kw)",
])
def test_no_error_when_a_visible_call_may_pass_another_factory(uses):
    """Every visible call passes a factory that works (or may): the default is not assumed."""
    text = BROKEN + uses + "\n"
    models, errors = _check(text)
    assert errors == []
    assert models[0]["layers"][1]["output_shape"] is None
    if uses.startswith("ok = "):
        assert _run(text, "ok", (3, 4, 6, 6)) == [3, 8, 4, 4]


def test_a_call_passing_the_default_itself_keeps_it():
    _, errors = _check(BROKEN + "same = Block(4, norm_layer=nn.BatchNorm2d)\n")
    assert [(e.code, e.span.line) for e in errors] == [("SEQ101", 8)]


def test_keyword_dicts_in_calls_pass_only_their_keys():
    """``**dd`` with dd a dict display of known keys passes those keys, not the factory."""
    _, errors = _check(BROKEN.replace("nn.BatchNorm2d):", "nn.BatchNorm2d, device=None):") + """
dd = {"device": None}
same = Block(4, **dd)
""")
    assert [(e.code, e.span.line) for e in errors] == [("SEQ101", 8)]


def test_functions_and_methods_get_their_defaults_too():
    text = HEAD + """
def head(dim, classes, act_layer=nn.ReLU):
    return nn.Sequential(nn.Linear(dim, dim), act_layer(), nn.Linear(dim, classes))
"""
    models, errors = _check(text)
    assert errors == []
    assert [layer["type"] for layer in models[0]["layers"]] == ["Linear", "ReLU", "Linear"]
    assert models[0]["output_shape"] == ["N", "classes"]


ISINSTANCE = HEAD + """
def get_padding(kernel_size, stride=1, dilation=1):
    if any([isinstance(v, (tuple, list)) for v in [kernel_size, stride, dilation]]):
        return [0, 0]
    return ((stride - 1) + dilation * (kernel_size - 1)) // 2

def conv(cin, cout, kernel_size):
    padding = get_padding(kernel_size)
    return nn.Conv2d(cin, cout, kernel_size, padding=padding)

class Block(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.body = nn.Sequential(conv(dim, dim, 5), nn.ReLU())
"""


def test_isinstance_on_builtin_types_in_helpers():
    models, errors = _check(ISINSTANCE)
    assert errors == []
    assert models[0]["output_shape"] == ["N", "dim", "H", "W"]
    assert _run(ISINSTANCE, "Block(3)", (2, 3, 9, 9)) == [2, 3, 9, 9]
