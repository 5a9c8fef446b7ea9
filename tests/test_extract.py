"""Extraction: imports, layer forms, folding, inputs, and positions."""

from pathlib import Path

import libcst as cst
import pytest

from seqlint.extract import source
from seqlint.extract.classes import ChainReader
from seqlint.extract.models import Extractor, extract
from seqlint.shapes.expr import UNKNOWN
from seqlint.pipeline import check_source

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("*.py"))

TRICKY = '''
import torch.nn as nn
d = {f(1): g(2), "é": h(nn.Linear(3, 4))}
@deco(arg=k())
def build(x=default()):
    s = "ü" ; m = nn.Sequential(nn.Linear(4, 5), *[nn.ReLU(), nn.Linear(5, 6)], lam(lambda: q()))
    v = [t(i) for i in r(3) if p(i)]
    w = a(1) if c(2) else b(3)
    return f"{fmt(m)}" + str(m(torch.randn(2, 4)))
'''


def _specs(text):
    return extract(source.reduce(text, source.parse_ast(text)))[0]


@pytest.mark.parametrize("text", [TRICKY] + [p.read_text() for p in FIXTURES], ids=["tricky"] + [p.name for p in FIXTURES])
def test_spans_from_cpython_agree_with_libcst_metadata(text):
    """Positions come from CPython's tree; libcst's own position pass must agree with them."""
    from libcst.metadata import MetadataWrapper, PositionProvider

    reduced = source.reduce(text, source.parse_ast(text))
    extractor = Extractor(reduced)
    extractor.models()
    reader = ChainReader(extractor, extractor._specs)
    reader.chains(), reader.built_by_functions(), reader.standalone_layers()
    checked = 0
    for ast_node, parsed in list(extractor.parsed.items()):
        if parsed is None:
            continue
        module = cst.parse_module(source.segment(reduced, _find(reduced.tree, ast_node)))
        positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
        calls = _calls(module)
        origin = _find(reduced.tree, ast_node)
        origin_column = source.char_column(reduced.lines, origin.lineno, origin.col_offset)
        for call, own in zip(calls, [c for c in _calls(parsed)]):
            got = extractor.spans[id(own)]
            pos = positions[call]
            line = origin.lineno + pos.start.line - 1
            column = pos.start.column + 1 + (origin_column if pos.start.line == 1 else 0)
            assert (got.line, got.column) == (line, column)
            checked += 1
    assert checked


def _find(tree, key):
    import ast

    return next(n for n in ast.walk(tree) if id(n) == key)


def _calls(node):
    from seqlint.extract.models import _cst_calls

    return _cst_calls(node)


@pytest.mark.parametrize("header", [
    "import torch\nSeq, L = torch.nn.Sequential, None\nm = torch.nn.Sequential(torch.nn.Linear(2, 3))",
    "import torch.nn as nn\nm = nn.Sequential(nn.Linear(2, 3))",
    "from torch import nn\nm = nn.Sequential(nn.Linear(2, 3))",
    "from torch.nn import Sequential, Linear\nm = Sequential(Linear(2, 3))",
    "from torch.nn import Sequential as S, Linear as Dense\nm = S(Dense(2, 3))",
    "import torch.nn as tnn\nm = tnn.modules.container.Sequential(tnn.modules.linear.Linear(2, 3))",
    "from torch.nn import *\nm = Sequential(Linear(2, 3))",
])
def test_imports_resolve(header):
    (spec,) = _specs(header + "\n")
    assert [layer.type_name for layer in spec.layers] == ["Linear"]
    assert [a.value for a in spec.layers[0].positional] == [2, 3]


def test_not_torch_sequential_is_ignored():
    assert _specs("from keras import Sequential\nm = Sequential([Dense(3)])\n") == []


def test_layer_forms_and_folding():
    text = '''
import torch
import torch.nn as nn
from collections import OrderedDict
C = 32
K = (3, 3)
def f():
    width = C * 2
    m = nn.Sequential(OrderedDict([("a", nn.Conv2d(3, C, K)), ("b", nn.Conv2d(C, width, 2 ** 2, padding=-1 + 1))]))
    n = nn.Sequential(*[nn.Linear(28 // 4, 10 ** 10 ** 10)], nn.Sequential(nn.ReLU()))
'''
    m, n, inner = _specs(text)
    assert [a.value for a in m.layers[0].positional] == [3, 32, (3, 3)]
    assert [a.value for a in m.layers[1].positional] == [32, 64, 4]
    assert m.layers[1].keywords["padding"].value == 0
    assert n.layers[0].positional[0].value == 7 and n.layers[0].positional[1].value is UNKNOWN
    assert n.layers[1].model is inner and inner.nested


def test_names_bound_in_a_loop_are_not_constants():
    text = "import torch.nn as nn\nW = 3\nfor W in sizes():\n    pass\nm = nn.Sequential(nn.Linear(W, 2))\n"
    (spec,) = _specs(text)
    assert spec.layers[0].positional[0].value is UNKNOWN


def test_a_name_bound_by_a_loop_the_interpreter_runs_holds_its_last_value():
    text = "import torch.nn as nn\nW = 7\nfor W in range(4):\n    pass\nm = nn.Sequential(nn.Linear(W, 2))\n"
    (spec,) = _specs(text)
    assert spec.layers[0].positional[0].value == 3


@pytest.mark.parametrize("call, shape, dtype", [
    ("torch.randn(1, 3, 32, 32)", (1, 3, 32, 32), "float32"),
    ("torch.rand((2, 5))", (2, 5), "float32"),
    ("torch.zeros([4, 6])", (4, 6), "float32"),
    ("torch.ones(size=(3, 7))", (3, 7), "float32"),
    ("torch.empty(8)", (8,), "float32"),
    ("torch.randint(0, 10, (2, 9))", (2, 9), "int64"),
    ("torch.randint(10, size=(2, 9))", (2, 9), "int64"),
    ("torch.full((2, 3), 1.5)", (2, 3), "float32"),
    ("torch.full((2, 3), 7)", (2, 3), "int64"),
    ("torch.randn(2, 3, dtype=torch.float64)", (2, 3), "float64"),
    ("torch.randn(2, 3).to(device)", (2, 3), "float32"),
    ("torch.randn(2, 3).long()", (2, 3), "int64"),
    ("torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])", (2, 3), "float32"),
    ("torch.tensor([[1, 2, 3]])", (1, 3), "int64"),
    ("torch.tensor([[1, 2, 3]], dtype=torch.float32)", (1, 3), "float32"),
    ("torch.from_numpy(np.random.rand(4, 3))", (4, 3), "float64"),
    ("torch.from_numpy(np.random.randn(4, 3).astype(np.float32))", (4, 3), "float32"),
    ("torch.tensor(np.zeros((4, 3)), dtype=torch.float32)", (4, 3), "float32"),
    ("torch.Tensor(np.ones((2, 3)))", (2, 3), "float32"),
    ("torch.randn(784).unsqueeze(0)", (1, 784), "float32"),
    ("torch.randn(2, 1, 28, 28).view(2, -1)", (2, 784), "float32"),
    ("torch.arange(12).reshape(3, 4).float()", (3, 4), "float32"),
    ("torch.normal(0, 1, (2, 3))", None, None),
])
def test_dummy_inputs(call, shape, dtype):
    text = (f"import numpy as np\nimport torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Identity())\n"
            f"x = {call}\ny = model(x)\n")
    (spec,) = _specs(text)
    if shape is None:
        assert spec.input is None
    else:
        assert (spec.input.shape, spec.input.dtype) == (shape, dtype)


def test_dummy_input_through_a_call_and_eval():
    text = "import torch\nfrom torch import nn\nm = nn.Sequential(nn.Identity())\nm.eval()\nm(torch.zeros(2, 3))\n"
    (spec,) = _specs(text)
    assert spec.input.shape == (2, 3) and spec.training is False


def test_eval_after_the_call_does_not_count():
    text = "import torch\nfrom torch import nn\nm = nn.Sequential(nn.Identity())\nm(torch.zeros(2, 3))\nm.eval()\n"
    (spec,) = _specs(text)
    assert spec.training is True


def test_pragma():
    text = "import torch.nn as nn\n# seqlint: input=(N, 3, 32, 32)\nm = nn.Sequential(nn.Identity())\n"
    (spec,) = _specs(text)
    assert [str(d) for d in spec.input.shape] == ["N", "3", "32", "32"]


def test_positions_are_one_based_characters():
    text = "import torch.nn as nn\nm = nn.Sequential(\n    nn.Linear(2, 3),  # é\n)\n"
    (spec,) = _specs(text)
    assert (spec.span.line, spec.span.column, spec.span.end_line, spec.span.end_column) == (2, 5, 4, 2)
    layer = spec.layers[0].span
    assert (layer.line, layer.column, layer.end_line, layer.end_column) == (3, 5, 3, 20)


def test_dummy_input_through_a_method_on_a_variable():
    text = ("import torch\nfrom torch import nn\nm = nn.Sequential(nn.Identity())\n"
            "x = torch.zeros(2, 3)\nwith torch.no_grad():\n    print(m(x.to('cpu').double()).shape)\n")
    (spec,) = _specs(text)
    assert (spec.input.shape, spec.input.dtype) == ((2, 3), "float64")


def test_straight_line_rebinding_uses_the_value_in_effect():
    text = ("import torch.nn as nn\nhidden = 16\nm = nn.Sequential(nn.Linear(8, hidden))\n"
            "hidden = 32\nn = nn.Sequential(nn.Linear(hidden, 2))\n")
    m, n = _specs(text)
    assert m.layers[0].positional[1].value == 16
    assert n.layers[0].positional[0].value == 32


def test_conditional_rebinding_is_unknown():
    text = ("import torch.nn as nn\nhidden = 16\nif flag:\n    hidden = 32\n"
            "m = nn.Sequential(nn.Linear(8, hidden))\n")
    (m,) = _specs(text)
    assert m.layers[0].positional[1].value is UNKNOWN


def test_enclosing_scope_rebinding_is_unknown():
    text = ("import torch.nn as nn\nW = 3\ndef f():\n    return nn.Sequential(nn.Linear(W, 2))\nW = 4\n")
    (m,) = _specs(text)
    assert m.layers[0].positional[0].value is UNKNOWN


def test_pragma_model_called_before_eval_is_in_training():
    text = ("import torch\nimport torch.nn as nn\n# seqlint: input=(1, 10)\nm = nn.Sequential(nn.BatchNorm1d(10))\n"
            "y = m(batch)\nm.eval()\n")
    (spec,) = _specs(text)
    assert spec.training is True and spec.input.shape == (1, 10)


def test_spelled_out_kwargs_mapping_binds_its_keys():
    text = ("import torch.nn as nn\ndef f(c, device=None, dtype=None):\n    dd = {'device': device, 'dtype': dtype}\n"
            "    kw = dict(stride=2)\n"
            "    return nn.Sequential(nn.Conv2d(c, 8, 3, **dd), nn.Conv2d(8, 8, 3, **kw), nn.Linear(4, 2, **unknown))\n")
    (spec,) = _specs(text)
    first, second, third = spec.layers
    assert not first.unpacked and set(first.keywords) == {"device", "dtype"}
    assert not second.unpacked and set(second.keywords) == {"stride"}
    assert third.unpacked


def _chains(text):
    return extract(source.reduce(text, source.parse_ast(text)))[2]


CLASS = '''
import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self, hidden=32, classes=10):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(8, hidden), nn.ReLU())
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
{forward}
'''


@pytest.mark.parametrize("forward, kinds", [
    ("        return self.head(self.body(x))", ["module", "module"]),
    ("        x = self.body(x)\n        x = F.dropout(x, 0.1)\n        return self.head(x)", ["module", "same", "module"]),
    ("        x = torch.flatten(self.body(x), 1)\n        return self.head(x)", ["module", "flatten", "module"]),
    ("        x = self.body(x).view(x.size(0), -1)\n        return self.head(x)", ["module", "view", "module"]),
    ("        y = self.body(x)\n        return self.head(y)", ["module", "module"]),
    ("        y = self.body(x)\n        z = self.head(x)\n        return z", ["module", "module"]),
    ("        return self.head(self.body(x)) + x", ["module", "module", "add"]),
    ("        h = self.body(x)\n        return torch.cat([h, x], dim=1).mean(1)", ["module", "cat", "reduce"]),
    # forward is read up to the first statement not understood, never past it
    ("        if x.dim() == 1:\n            x = x[None]\n        return self.head(self.body(x))", None),
    ("        y = self.body(x)\n        for _ in range(x.size(0)):\n            y = self.head(y)\n        return y",
     ["module"]),
    # a loop over range() of a count known there is unrolled
    ("        y = self.body(x)\n        for _ in range(2):\n            y = self.head(y)\n        return y",
     ["module", "module", "module"]),
])
def test_forward_is_read_as_operations_on_named_values(forward, kinds):
    text = CLASS.replace("{forward}", forward) + "net = Net(hidden=16)\nnet(torch.randn(4, 8))\n"
    chains = _chains(text)
    if kinds is None:
        # Nothing of forward is read; the instance's submodules are still built (and their
        # constructors checked).
        assert [c.steps for c in chains] == [[]] and {m.name for m in chains[0].modules} == {"self.body", "self.head"}
    else:
        (chain,) = chains
        assert [s.kind for s in chain.steps] == kinds
        assert chain.input.shape == (4, 8)
        # The instance is built with its constructor's values: Net(hidden=16), classes=10.
        modules = {s.model.name: s.model for s in chain.steps if s.kind == "module"}
        body = modules["self.body"]
        assert [a.value for a in body.layers[0].positional] == [8, 16]
        if "self.head" in modules:
            assert [a.value for a in modules["self.head"].layers[0].positional] == [16, 10]


def test_instance_in_eval_and_called_later():
    text = CLASS.replace("{forward}", "        return self.head(self.body(x))") + \
        "net = Net()\nnet = net.to('cpu')\nnet.eval()\nwith torch.no_grad():\n    net(torch.zeros(1, 8))\n"
    (chain,) = _chains(text)
    assert chain.training is False


@pytest.mark.parametrize("call, shape, dtype", [
    ("torch.rand(4, 3, 32, 32).permute(0, 2, 3, 1)", (4, 32, 32, 3), "float32"),
    ("torch.randn(2, 3, 16, 16)[:, :1]", (2, 1, 16, 16), "float32"),
    ("torch.randn(5, 7, 9)[:, -1, :]", (5, 9), "float32"),
    ("torch.randn(5, 7, 9)[0]", (7, 9), "float32"),
    ("torch.rand(4, 10) * 100", (4, 10), "float32"),
    ("torch.randint(0, 9, (4, 10)) / 2", (4, 10), "float32"),
    ("torch.randint(0, 9, (4, 10)) + 1", (4, 10), "int64"),
    ("torch.randn(3, 1, 5).squeeze(1)", (3, 5), "float32"),
    ("torch.randn(3, 4, 5).transpose(1, 2)", (3, 5, 4), "float32"),
])
def test_dummy_input_transforms(call, shape, dtype):
    text = f"import torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Identity())\nx = {call}\ny = model(x)\n"
    (spec,) = _specs(text)
    assert (spec.input.shape, spec.input.dtype) == (shape, dtype)


@pytest.mark.parametrize("call, shape, dtype", [
    ("torch.arange(40).reshape(4, 10)", (4, 10), "int64"),
    ("torch.arange(0.0, 4.0, 0.5)", (8,), "float32"),
    ("torch.linspace(0, 1, 12, dtype=torch.float64).reshape(1, 3, 4)", (1, 3, 4), "float64"),
    ("torch.randn(4, 10) > 0", (4, 10), "bool"),
    ("torch.randn(64, 1, 28, 28).view(64, -1)", (64, 784), "float32"),
])
def test_more_dummy_inputs(call, shape, dtype):
    text = f"import torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Identity())\nx = {call}\ny = model(x)\n"
    (spec,) = _specs(text)
    assert (spec.input.shape, spec.input.dtype) == (shape, dtype)


def test_view_with_the_tensors_own_batch_size():
    text = ("import torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Identity())\n"
            "images = torch.randn(64, 1, 28, 28)\nimages = images.view(images.shape[0], -1)\nmodel(images)\n")
    (spec,) = _specs(text)
    assert spec.input.shape == (64, 784)


def test_repeated_dummy_input():
    text = ("import torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Identity())\n"
            "x = torch.randn(2, 1, 8, 8).repeat(1, 3, 1, 1)\nmodel(x)\n")
    (spec,) = _specs(text)
    assert spec.input.shape == (2, 3, 8, 8)


def test_concatenated_dummy_inputs():
    text = ("import torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Identity())\n"
            "a = torch.randn(64, 12)\nb = torch.zeros(64, 5)\nx = torch.cat([a, b], dim=1)\nmodel(x)\n")
    (spec,) = _specs(text)
    assert spec.input.shape == (64, 17)


def test_a_form_feed_in_a_comment_does_not_shift_lines():
    # Python's parser ends lines only at \n, \r\n and \r; str.splitlines also at \x0c.
    text = ("import torch.nn as nn\n# page\x0cbreak\u2028more\n"
            "def f():\n    return nn.Sequential(nn.Linear(3, 4), nn.Linear(5, 2))\n")
    report = check_source(text, "ff.py")
    assert [(d.code, d.span.line, d.span.column) for d in report.diagnostics] == [("SEQ101", 4, 43)]


def test_a_repeated_block_that_pins_a_free_input_size_keeps_its_shape():
    """The block's first layer pins the symbolic input's channels (C = dim): the pass gives
    the input shape back once that binding is applied, so the count does not matter."""
    text = (
        "import torch.nn as nn\n"
        "def make(dim, kernel_size, depth):\n"
        "    return nn.Sequential(*[nn.Sequential(\n"
        "        nn.Conv2d(dim, dim, kernel_size, groups=dim, padding='same'), nn.BatchNorm2d(dim))\n"
        "        for _ in range(depth)])\n"
    )
    model, block = check_source(text, "m.py").models  # the block written inside has its own entry
    assert model["output_shape"] == ["N", "dim", "H", "W"]
    assert block["output_shape"] == ["N", "dim", "H", "W"]


def test_a_dummy_made_in_the_loop_that_calls_the_model():
    text = (
        "import torch\nimport torch.nn as nn\n"
        "model = nn.Sequential(nn.Linear(6, 3))\n"
        "for epoch in range(2):\n"
        "    batch = torch.randn(5, 6)\n"
        "    if epoch:\n"
        "        out = model(batch)\n"
        "    batch = None\n"
    )
    [model] = check_source(text, "m.py").models
    assert (model["input_shape"], model["output_shape"]) == ([5, 6], [5, 3])


def test_a_name_bound_again_in_the_loop_before_the_call_is_not_read():
    text = (
        "import torch\nimport torch.nn as nn\n"
        "model = nn.Sequential(nn.Linear(6, 3))\n"
        "for epoch in range(2):\n"
        "    batch = torch.randn(5, 6)\n"
        "    for batch in loader:\n"
        "        out = model(batch)\n"
    )
    [model] = check_source(text, "m.py").models
    assert model["input_shape"] == ["N", 6]


@pytest.mark.parametrize("call, output", [
    ("make(8)", [5, 8]),
    ("make(8, nn.LayerNorm)", [5, 8]),
    ("make(8, out_act=nn.Tanh)", [5, 8]),
])
def test_is_none_decides_a_branch_when_the_value_is_known(call, output):
    text = (
        "import torch\nimport torch.nn as nn\n"
        "def make(dim, norm=None, out_act=None):\n"
        "    layers = [nn.Linear(dim, dim)]\n"
        "    if norm is not None:\n"
        "        layers.append(norm(dim))\n"
        "    if out_act is None:\n"
        "        return nn.Sequential(*layers)\n"
        "    return nn.Sequential(*layers, out_act())\n"
        f"model = {call}\n"
        "model(torch.randn(5, 8))\n"
    )
    models = check_source(text, "m.py").models
    assert [m["output_shape"] for m in models if m["output_shape"] is not None] == [output]


def test_is_none_of_a_size_symbol_is_not_decided():
    text = (
        "import torch.nn as nn\n"
        "def make(dim, hidden):\n"
        "    layers = [nn.Linear(dim, 4)]\n"
        "    if hidden is not None:\n"
        "        layers = [nn.Linear(dim, hidden), nn.Linear(hidden, 4)]\n"
        "    return nn.Sequential(*layers)\n"
    )
    [model] = check_source(text, "m.py").models
    assert model["output_shape"] is None
