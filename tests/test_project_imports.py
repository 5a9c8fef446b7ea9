"""Names imported from other files of the project: classes used as layers or submodules,
helpers returning layers, constants -- resolved through relative and absolute imports,
re-exports, module aliases; cycles, unresolved names and the depth bound stay unknown.

Each project is written to ``tmp_path``; seqlint runs through the CLI's JSON output, and
every error it reports is checked against torch running the same multi-file program
(``tests/torch_run.py`` in a subprocess whose ``sys.path`` holds the project's root): torch
raises at the line seqlint names, and each model's output shape is the one seqlint computed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from click.testing import CliRunner

from seqlint.cli import cli

TESTS = Path(__file__).parent

# Runs one file of the project under torch, as ``python -m package.module`` would (relative
# imports of the file itself are rewritten to absolute ones, line for line).
RUNNER = r"""
import json, re, sys
root, main, package, tests = sys.argv[1:5]
sys.path[:0] = [root, tests]
from torch_run import run_program
text = open(main).read()
if package:
    parts = package.split(".")
    def absolute(m):
        base = parts[:len(parts) - len(m.group(1)) + 1] + ([m.group(2)] if m.group(2) else [])
        return "from " + ".".join(base) + " import"
    text = re.sub(r"^from (\.+)([\w.]*) import", absolute, text, flags=re.M)
r = run_program(text, main)
print(json.dumps({"error_line": r.error_line, "error": r.error,
                  "outputs": {str(k): v for k, v in r.outputs.items()}}))
"""


def write(root: Path, files: dict) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))


def seqlint(*args, input=None) -> dict:
    result = CliRunner().invoke(cli, ["--format", "json", "--show-info", *map(str, args)], input=input)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def torch_run(root: Path, main: str, package: str = "") -> dict:
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(root), str(root / main), package, str(TESTS)],
                          cwd=root, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def errors(report: dict) -> list[tuple[int, str]]:
    return [(d["line"], d["code"]) for d in report["diagnostics"] if d["severity"] == "error"]


def outputs(report: dict) -> dict:
    return {m["line"]: m["output_shape"] for m in report["models"]}


def agrees(report: dict, truth: dict) -> None:
    """torch raises where seqlint's first error is (or nowhere, as seqlint says), and every
    model torch ran has the output shape seqlint computed."""
    found = errors(report)
    assert truth["error_line"] == (found[0][0] if found else None), (truth["error"], found)
    shapes = outputs(report)
    for line, shape in truth["outputs"].items():
        if truth["error_line"] is None and int(line) in shapes:
            assert shapes[int(line)] == shape, (line, shapes)


# --- a package: relative imports, re-exports, a star import, constants ----------------------

PACKAGE = {
    "pkg/__init__.py": "",
    "pkg/config.py": """
        HIDDEN = 64
        CLASSES = HIDDEN // 8
    """,
    # A re-export of a class and a helper, and a star import of a module of helpers.
    "pkg/layers/__init__.py": """
        from .conv import ConvBlock, conv_bn, head
        from .helpers import *
    """,
    "pkg/layers/conv.py": """
        import torch.nn as nn

        from ..config import HIDDEN


        class ConvBlock(nn.Module):
            def __init__(self, cin, cout):
                super().__init__()
                self.conv = nn.Conv2d(cin, cout, 3, padding=1)
                self.bn = nn.BatchNorm2d(cout)

            def forward(self, x):
                return self.bn(self.conv(x))


        def conv_bn(cin, cout):
            return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU())


        def head(cin):
            return nn.Linear(cin, HIDDEN)
    """,
    "pkg/layers/helpers.py": """
        import torch.nn as nn


        def make_layers(cfg, in_ch=3):
            layers = []
            for v in cfg:
                if v == "M":
                    layers += [nn.MaxPool2d(2)]
                else:
                    layers += [nn.Conv2d(in_ch, v, 3, padding=1), nn.ReLU()]
                    in_ch = v
            return layers
    """,
    "pkg/net_ok.py": """
        import torch
        import torch.nn as nn
        from .layers import ConvBlock, conv_bn, make_layers
        from .config import HIDDEN, CLASSES

        features = nn.Sequential(*make_layers([16, "M", 32]), nn.Flatten(), nn.Linear(32 * 4 * 4, HIDDEN),
                                 nn.Linear(HIDDEN, CLASSES))
        y = features(torch.randn(2, 3, 8, 8))
        blocks = nn.Sequential(ConvBlock(3, 16), conv_bn(16, 32))
        z = blocks(torch.randn(2, 3, 8, 8))
    """,
    "pkg/net_bad_block.py": """
        import torch
        import torch.nn as nn
        from .layers import ConvBlock

        model = nn.Sequential(
            ConvBlock(3, 16),
            ConvBlock(8, 32),
        )
        model(torch.randn(2, 3, 8, 8))
    """,
    "pkg/net_bad_helper.py": """
        import torch
        import torch.nn as nn
        from .layers import conv_bn

        model = nn.Sequential(
            conv_bn(3, 32),
            conv_bn(16, 32),
        )
        model(torch.randn(2, 3, 8, 8))
    """,
    "pkg/net_bad_constant.py": """
        import torch
        import torch.nn as nn
        from .layers import make_layers, head
        from .config import CLASSES

        model = nn.Sequential(
            *make_layers([16, "M", 32]),
            nn.Flatten(),
            head(32 * 4 * 4),
            nn.Linear(CLASSES, 2),
        )
        model(torch.randn(2, 3, 8, 8))
    """,
}


def test_package_classes_helpers_and_constants_resolve(tmp_path):
    write(tmp_path, PACKAGE)
    report = seqlint(tmp_path / "pkg" / "net_ok.py")
    assert errors(report) == []
    assert outputs(report) == {6: [2, 8], 9: [2, 32, 8, 8]}
    features = report["models"][0]["layers"]
    # The helper's layers, each known, stand at the call that made them in this file.
    assert [(layer["type"], layer["line"]) for layer in features[:5]] == \
        [("Conv2d", 6), ("ReLU", 6), ("MaxPool2d", 6), ("Conv2d", 6), ("ReLU", 6)]
    assert not [d for d in report["diagnostics"] if d["code"] == "SEQ901"]
    agrees(report, torch_run(tmp_path, "pkg/net_ok.py", "pkg"))


def test_error_inside_an_imported_class_is_reported_at_its_call(tmp_path):
    write(tmp_path, PACKAGE)
    report = seqlint(tmp_path / "pkg" / "net_bad_block.py")
    assert errors(report) == [(7, "SEQ101")]
    diagnostic = report["diagnostics"][0]
    assert (diagnostic["column"], diagnostic["end_column"]) == (5, 21)  # ConvBlock(8, 32)
    assert "8 input channels but gets 16" in diagnostic["message"]
    agrees(report, torch_run(tmp_path, "pkg/net_bad_block.py", "pkg"))


def test_error_inside_an_imported_helper_is_reported_at_its_call(tmp_path):
    write(tmp_path, PACKAGE)
    report = seqlint(tmp_path / "pkg" / "net_bad_helper.py")
    assert errors(report) == [(7, "SEQ101")]
    agrees(report, torch_run(tmp_path, "pkg/net_bad_helper.py", "pkg"))


def test_imported_constants_fold(tmp_path):
    write(tmp_path, PACKAGE)
    report = seqlint(tmp_path / "pkg" / "net_bad_constant.py")
    # head() is Linear(512, HIDDEN=64), then Linear(CLASSES=8, 2): 8 features expected, 64 given.
    assert errors(report) == [(10, "SEQ101")]
    assert "expects 8 input features but gets 64" in report["diagnostics"][0]["message"]
    agrees(report, torch_run(tmp_path, "pkg/net_bad_constant.py", "pkg"))


def test_the_trace_says_where_an_imported_layer_is_written(tmp_path):
    write(tmp_path, PACKAGE)
    result = CliRunner().invoke(cli, [str(tmp_path / "pkg" / "net_bad_block.py")])
    assert "[0] nn.Conv2d (" in result.output and "conv.py:9) -> error" in result.output


# --- a script beside its package: absolute imports, a module alias, submodules -------------

MODELS = {
    "models/__init__.py": "",
    "models/common.py": """
        import torch.nn as nn


        def conv3x3(cin, cout, stride=1):
            return nn.Conv2d(cin, cout, 3, stride=stride, padding=1)
    """,
    "models/blocks.py": """
        import torch.nn as nn

        from .common import conv3x3


        class Block(nn.Module):
            def __init__(self, cin, cout):
                super().__init__()
                self.conv = conv3x3(cin, cout)
                self.act = nn.ReLU()

            def forward(self, x):
                return self.act(self.conv(x))


        class ConvBN(nn.Sequential):
            def __init__(self, cin, cout):
                super().__init__(nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout))
    """,
}

NET = """
    import torch
    import torch.nn as nn
    import models.blocks as B
    from models.blocks import ConvBN


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.block = B.Block({cin}, 16)
            self.head = nn.Linear(16 * 8 * 8, 10)

        def forward(self, x):
            x = self.block(x)
            x = x.view(x.size(0), -1)
            return self.head(x)


    seq = nn.Sequential(
        ConvBN(3, 8),
        B.Block(8, 4),
    )
    seq(torch.randn(2, 3, 8, 8))
    net = Net()
    net(torch.randn(2, 3, 8, 8))
"""


def test_absolute_imports_and_a_module_alias(tmp_path):
    write(tmp_path, {**MODELS, "train.py": NET.format(cin=3)})
    report = seqlint(tmp_path / "train.py")
    assert errors(report) == []
    assert outputs(report)[19] == [2, 4, 8, 8]
    agrees(report, torch_run(tmp_path, "train.py"))


def test_an_imported_class_as_a_submodule_is_built_with_its_arguments(tmp_path):
    write(tmp_path, {**MODELS, "train.py": NET.format(cin=4)})
    report = seqlint(tmp_path / "train.py")
    assert errors(report) == [(10, "SEQ101")]  # self.block = B.Block(4, 16) gets 3 channels
    agrees(report, torch_run(tmp_path, "train.py"))


def test_an_imported_sequential_subclass(tmp_path):
    write(tmp_path, {**MODELS, "train.py": """
        import torch
        import torch.nn as nn
        from models.blocks import ConvBN

        seq = nn.Sequential(ConvBN(3, 8),
                            ConvBN(4, 8))
        seq(torch.randn(2, 3, 8, 8))
    """})
    report = seqlint(tmp_path / "train.py")
    assert errors(report) == [(6, "SEQ101")]
    agrees(report, torch_run(tmp_path, "train.py"))


def test_a_star_import(tmp_path):
    write(tmp_path, {**MODELS, "main.py": """
        import torch
        import torch.nn as nn
        from models.common import *

        m = nn.Sequential(conv3x3(3, 8),
                          conv3x3(4, 8))
        m(torch.randn(2, 3, 8, 8))
    """})
    report = seqlint(tmp_path / "main.py")
    assert errors(report) == [(6, "SEQ101")]
    agrees(report, torch_run(tmp_path, "main.py"))


def test_an_import_bound_again_is_not_the_definition(tmp_path):
    write(tmp_path, {**MODELS, "main.py": """
        import torch
        import torch.nn as nn
        from functools import partial
        from models.common import conv3x3

        conv3x3 = partial(conv3x3, stride=2)
        m = nn.Sequential(conv3x3(3, 8), nn.Flatten(), nn.Linear(8 * 4 * 4, 2))
        m(torch.randn(2, 3, 8, 8))
    """})
    report = seqlint(tmp_path / "main.py")
    # Read as the stride-1 helper, Linear would expect 512: the partial is not followed instead.
    assert errors(report) == [] and outputs(report) == {7: None}
    assert torch_run(tmp_path, "main.py")["error_line"] is None


def test_a_library_layer_imported_relatively_in_its_own_code_gets_its_rule(tmp_path):
    # torchvision's own models import its ops relatively: the class found is
    # torchvision.ops.misc.Conv2dNormActivation, which a rule serves (a stand-in here).
    write(tmp_path, {
        "torchvision/__init__.py": "",
        "torchvision/ops/__init__.py": "",
        "torchvision/ops/misc.py": """
            import torch.nn as nn


            class Conv2dNormActivation(nn.Sequential):
                def __init__(self, cin, cout, kernel_size=3, stride=1):
                    super().__init__(nn.Conv2d(cin, cout, kernel_size, stride, (kernel_size - 1) // 2, bias=False),
                                     nn.BatchNorm2d(cout), nn.ReLU(inplace=True))
        """,
        "torchvision/models/__init__.py": "",
        "torchvision/models/net.py": """
            import torch
            import torch.nn as nn
            from ..ops import misc as misc_nn_ops

            stem = nn.Sequential(
                misc_nn_ops.Conv2dNormActivation(3, 16, stride=2),
                nn.Flatten(),
            )
            y = stem(torch.randn(2, 3, 8, 8))
        """,
    })
    report = seqlint(tmp_path / "torchvision" / "models" / "net.py")
    assert errors(report) == [] and outputs(report) == {5: [2, 256]}
    assert report["models"][0]["layers"][0]["type"] == "torchvision.ops.misc.Conv2dNormActivation"
    agrees(report, torch_run(tmp_path, "torchvision/models/net.py", "torchvision.models"))


# --- a model class or a build function of another file, called on a dummy --------------------

MODEL = """
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self, hidden=64):
            super().__init__()
            self.features = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
            self.fc = nn.Linear(16 * {side} * {side}, hidden)

        def forward(self, x):
            x = self.features(x)
            x = x.view(x.size(0), -1)
            return self.fc(x)


    def build_mlp(d_in, d_out):
        return nn.Sequential(nn.Linear(d_in, 32), nn.ReLU(), nn.Linear(32, d_out))
"""


def test_an_imported_model_class_run_on_a_dummy(tmp_path):
    write(tmp_path, {"model.py": MODEL.format(side=8), "train.py": """
        import torch
        from model import Net

        net = Net(hidden=10)
        out = net(torch.randn(4, 3, 32, 32))
    """})
    report = seqlint(tmp_path / "train.py")
    assert errors(report) == [(4, "SEQ104")]  # reported where torch's traceback leaves train.py
    agrees(report, torch_run(tmp_path, "train.py"))

    write(tmp_path, {"model.py": MODEL.format(side=16)})
    assert errors(seqlint(tmp_path / "train.py")) == []  # the changed file is read again
    agrees(seqlint(tmp_path / "train.py"), torch_run(tmp_path, "train.py"))


def test_an_imported_build_function_run_on_a_dummy(tmp_path):
    write(tmp_path, {"model.py": MODEL.format(side=16), "train.py": """
        import torch
        from model import build_mlp

        mlp = build_mlp(20, 5)
        y = mlp(torch.randn(4, 10))
    """})
    report = seqlint(tmp_path / "train.py")
    assert errors(report) == [(4, "SEQ101")]
    agrees(report, torch_run(tmp_path, "train.py"))


# --- what stays unknown: cycles, names not found, the depth bound ------------------------------


def test_an_import_cycle(tmp_path):
    write(tmp_path, {
        # a and b import each other (as Python allows: each reads the other inside functions).
        "a.py": """
            import torch.nn as nn
            import b


            def head(n):
                return nn.Linear(b.WIDTH, n)
        """,
        "b.py": """
            import torch.nn as nn
            import a

            WIDTH = 32


            def body(n):
                return [nn.Linear(n, WIDTH), nn.ReLU(), a.head(4)]
        """,
        # c and d import constants from each other: Python cannot run it, seqlint must stop.
        "c.py": "from d import D\nC = D + 1\n",
        "d.py": "from c import C\nD = C + 1\n",
        "main.py": """
            import torch
            import torch.nn as nn
            from b import body

            m = nn.Sequential(*body(16), nn.ReLU())
            y = m(torch.randn(3, 16))
        """,
        "cyclic.py": """
            import torch
            import torch.nn as nn
            from c import C

            m = nn.Sequential(nn.Linear(8, C), nn.Linear(5, 2))
            y = m(torch.randn(3, 8))
        """,
    })
    report = seqlint(tmp_path / "main.py")
    assert errors(report) == [] and outputs(report) == {5: [3, 4]}
    agrees(report, torch_run(tmp_path, "main.py"))
    report = seqlint(tmp_path / "cyclic.py")
    assert errors(report) == []  # C is unknown: nothing is claimed about Linear(5, 2)


def test_names_that_do_not_resolve_stay_unknown(tmp_path):
    write(tmp_path, {**MODELS, "main.py": """
        import torch
        import torch.nn as nn
        from mylib import Block
        from models.blocks import Missing
        from models.nothere import Other

        m = nn.Sequential(Block(3), nn.Linear(4, 5))
        m(torch.randn(2, 3))
        n = nn.Sequential(Missing(3), Other(2), nn.Linear(4, 5))
        n(torch.randn(2, 3))
    """})
    report = seqlint(tmp_path / "main.py")
    assert errors(report) == []
    assert {d["code"] for d in report["diagnostics"]} == {"SEQ901"}
    assert outputs(report) == {7: None, 9: None}


def test_relative_imports_never_leave_the_package(tmp_path):
    write(tmp_path, {
        "outside.py": "import torch.nn as nn\n\n\ndef make():\n    return [nn.Linear(3, 4)]\n",
        "pkg/__init__.py": "",
        "pkg/sub/__init__.py": "",
        "pkg/sub/mod.py": """
            import torch
            import torch.nn as nn
            from ...outside import make

            m = nn.Sequential(*make(), nn.Linear(5, 2))
            m(torch.randn(2, 3))
        """,
    })
    report = seqlint(tmp_path / "pkg" / "sub" / "mod.py")
    assert errors(report) == []  # beyond the top-level package: Python refuses, seqlint does not look


def chain(depth: int) -> dict:
    """main -> f1 -> ... -> f{depth}: each helper calls the next; the last returns a Linear."""
    files = {}
    for i in range(1, depth):
        files[f"f{i}.py"] = f"from f{i + 1} import g{i + 1}\n\n\ndef g{i}(n):\n    return g{i + 1}(n)\n"
    files[f"f{depth}.py"] = f"import torch.nn as nn\n\n\ndef g{depth}(n):\n    return [nn.Linear(n, 8)]\n"
    files["main.py"] = """
        import torch
        import torch.nn as nn
        from f1 import g1

        m = nn.Sequential(*g1(4),
                          nn.Linear(16, 2))
        m(torch.randn(2, 4))
    """
    return files


def test_imports_are_followed_three_files_deep(tmp_path):
    write(tmp_path, chain(3))
    report = seqlint(tmp_path / "main.py")
    assert errors(report) == [(6, "SEQ101")]
    agrees(report, torch_run(tmp_path, "main.py"))


def test_imports_deeper_than_the_bound_stay_unknown(tmp_path):
    write(tmp_path, chain(4))
    report = seqlint(tmp_path / "main.py")
    # torch raises at line 6 too; seqlint does not read a fourth file: unknown, never a guess.
    assert errors(report) == [] and outputs(report) == {5: None}


# --- standard input and notebooks resolve from the path they are given ---------------------


def test_standard_input_resolves_from_its_stdin_filename(tmp_path):
    write(tmp_path, PACKAGE)
    main = tmp_path / "pkg" / "net_bad_block.py"
    report = seqlint("--stdin-filename", main, "-", input=main.read_text())
    assert errors(report) == [(7, "SEQ101")]  # the file's own torch run: test above


def test_a_notebook_resolves_from_its_folder(tmp_path):
    cells = ["import torch\nimport torch.nn as nn\nfrom models.blocks import ConvBN\n",
             "seq = nn.Sequential(ConvBN(3, 8), ConvBN(4, 8))\nseq(torch.randn(2, 3, 8, 8))\n"]
    notebook = {"nbformat": 4, "nbformat_minor": 5, "metadata": {"language_info": {"name": "python"}},
                "cells": [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                           "source": cell} for cell in cells]}
    write(tmp_path, {**MODELS, "lab.ipynb": json.dumps(notebook), "lab_as_script.py": "".join(cells)})
    report = seqlint(tmp_path / "lab.ipynb")
    assert [(d["cell"], d["line"], d["code"]) for d in report["diagnostics"]] == [(2, 1, "SEQ101")]
    truth = torch_run(tmp_path, "lab_as_script.py")
    assert truth["error_line"] == 4  # cell 2, line 1


# --- base classes, **kwargs and classes passed as values, across files ----------------------

BASES = {
    "nets/__init__.py": "",
    "nets/base.py": """
        import torch.nn as nn


        class ConvAct(nn.Module):
            def __init__(self, cin, cout, stride=1, **kwargs):
                super().__init__()
                self.conv = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, **kwargs)
                self.act = nn.ReLU()

            def forward(self, x):
                return self.act(self.conv(x))


        class Plain(ConvAct):
            pass
    """,
    "nets/blocks.py": """
        import torch.nn as nn

        from .base import ConvAct


        class Down(ConvAct):
            def __init__(self, channels, device=None):
                dd = {"device": device}
                super().__init__(channels, 2 * channels, stride=2, **dd)
                self.norm = nn.BatchNorm2d(2 * channels)

            def forward(self, x):
                return self.norm(self.act(self.conv(x)))
    """,
    "main.py": """
        import torch
        import torch.nn as nn
        from nets.base import Plain
        from nets.blocks import Down

        model = nn.Sequential(Plain(3, 8), Down(8), Down(16), nn.Flatten(), nn.Linear(32 * 4 * 4, 10))
        model(torch.randn(2, 3, 16, 16))
        bad = nn.Sequential(Down(8), nn.Conv2d(8, 4, 1))
        bad(torch.randn(2, 8, 16, 16))
    """,
}


def test_base_classes_of_other_files(tmp_path):
    write(tmp_path, BASES)
    report = seqlint(tmp_path / "main.py")
    assert errors(report) == [(8, "SEQ101")]
    assert outputs(report)[6] == [2, 10]
    agrees(report, torch_run(tmp_path, "main.py"))
