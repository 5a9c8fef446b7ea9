"""Rules for layers outside torch.nn (einops, torchvision.ops): each module's EXAMPLES run
under the real library and through seqlint must agree, as test_layer_examples does for torch.nn."""

import importlib.util
import json
import sys
import types

import pytest
from click.testing import CliRunner

from seqlint.cli import cli
from seqlint.layers import library_modules
from tests.oracle import compare
from tests.torch_run import run_program


def load_torchvision_ops():
    """torchvision.ops without torchvision's C++ extension.

    The torchvision wheel on PyPI is built against the CUDA build of torch; with the CPU
    build pinned here its ``_C`` extension cannot load and ``import torchvision`` fails while
    registering fake kernels for its C++ ops (nms, roi_align).  The layers seqlint checks are
    plain Python over torch.nn, so the package is entered without running its __init__: the
    real torchvision.ops source runs, only the unrelated C++ ops are missing.
    """
    if "torchvision.ops" in sys.modules:
        return
    try:
        import torchvision  # noqa: F401
        return
    except Exception:  # noqa: BLE001 - the extension failed to load: go around it
        for name in [n for n in sys.modules if n == "torchvision" or n.startswith("torchvision.")]:
            del sys.modules[name]
    spec = importlib.util.find_spec("torchvision")
    if spec is None:
        raise ImportError("torchvision is not installed")
    package = types.ModuleType("torchvision")
    package.__path__ = list(spec.submodule_search_locations)
    package.__spec__ = spec
    package.__file__ = spec.origin
    sys.modules["torchvision"] = package
    importlib.import_module("torchvision.ops")


def library_available(module) -> bool:
    name = module.__name__.rsplit(".", 1)[-1]
    try:
        if name == "torchvision_ops":
            load_torchvision_ops()
        else:
            importlib.import_module("einops.layers.torch")
    except ImportError:
        return False
    return True


def libraries_available() -> bool:
    return all(library_available(module) for module in library_modules())


CASES = [
    pytest.param(module, example, id=f"{module.__name__.rsplit('.', 1)[-1]}-{i}")
    for module in library_modules()
    for i, example in enumerate(module.EXAMPLES)
]


@pytest.mark.parametrize("module, example", CASES)
def test_example_agrees_with_the_library(module, example):
    if not library_available(module):
        pytest.skip(f"{module.__name__} needs its library installed")
    problem = compare(example.layers, example.input, example.dtype, example.eval, example.error,
                      imports=module.IMPORTS)
    assert problem is None, problem


# --- the registry: library layers beside torch.nn, not in it --------------------------------

def test_library_rules_are_not_torch_nn_classes():
    from seqlint.layers import library_registry, registry, rule_for

    assert library_registry()
    assert not set(library_registry()) & set(registry())
    assert not set(library_registry().values()) & set(registry().values())
    for name, rule in library_registry().items():
        assert rule_for(name) is rule
        assert vars(rule).get("checks_summary"), f"{rule.__name__} needs a checks_summary"


def test_layer_type_resolves_names_and_aliases():
    from seqlint.layers import layer_type

    assert layer_type("torch.nn.Linear") == "Linear"
    assert layer_type("torch.nn.NoSuchLayer") == "NoSuchLayer"  # torch.nn: named even without a rule
    assert layer_type("torch.nn.functional.relu") is None
    assert layer_type("einops.layers.torch.Rearrange") == "einops.layers.torch.Rearrange"
    assert layer_type("torchvision.ops.Conv2dNormActivation") == "torchvision.ops.misc.Conv2dNormActivation"
    assert layer_type("torchvision.ops.StochasticDepth") == "torchvision.ops.stochastic_depth.StochasticDepth"
    assert layer_type("torchvision.ops.misc.ConvNormActivation") is None  # no rule
    assert layer_type("einops.layers.torch.Repeat") is None  # einops has no such layer
    assert layer_type(None) is None


def test_readme_lists_the_library_layers():
    from seqlint import readme
    from seqlint.layers import catalogue

    assert readme.section(readme.README.read_text(), "libraries") == catalogue.library_markdown(), (
        "README.md's table of layers outside torch.nn is out of date: "
        "run `python -m seqlint.layers.catalogue --update-readme`")


def test_rules_carry_the_qualified_names_of_the_real_classes():
    """Each rule's names are where the library defines the class; each alias is exported."""
    from seqlint.layers import library_registry

    if not libraries_available():
        pytest.skip("needs einops and torchvision")
    for name, rule in library_registry().items():
        module, _, cls = name.rpartition(".")
        real = getattr(importlib.import_module(module), cls)
        assert f"{real.__module__}.{real.__qualname__}" == name
        for alias, target in rule.aliases.items():
            if target == name:
                module, _, cls = alias.rpartition(".")
                assert getattr(importlib.import_module(module), cls) is real


# --- end to end: programs through the command line, and under the libraries ------------------

VIT = '''import torch
import torch.nn as nn
from einops.layers.torch import Rearrange

patch_embedding = nn.Sequential(
    Rearrange("b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=16, p2=16),
    nn.LayerNorm(16 * 16 * 3),
    nn.Linear(16 * 16 * {channels}, 192),
    nn.LayerNorm(192),
)
tokens = patch_embedding(torch.randn(2, 3, 224, 224))
'''


def seqlint_json(path):
    result = CliRunner().invoke(cli, ["--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)


def errors_of(report):
    return [d for d in report["diagnostics"] if d["severity"] == "error"]


def check_against_torch(path, report):
    """torch (with the library) raises where seqlint's first error is, or gives its shapes."""
    if not libraries_available():
        pytest.skip("needs einops and torchvision")
    truth = run_program(path.read_text(), str(path))
    errors = errors_of(report)
    assert truth.error_line == (errors[0]["line"] if errors else None), truth.error
    if truth.error_line is None:
        for model in report["models"]:
            if model["line"] in truth.outputs:
                assert model["output_shape"] == truth.outputs[model["line"]], model


def test_vit_patch_embedding_with_a_wrong_linear_is_flagged_at_the_linear(tmp_path):
    path = tmp_path / "vit.py"
    path.write_text(VIT.format(channels=4))
    code, report = seqlint_json(path)
    assert code == 1
    [error] = errors_of(report)
    assert (error["line"], error["code"]) == (8, "SEQ104")
    assert error["message"] == "Linear expects 1024 features but gets 768 = 16 × 16 × 3"
    check_against_torch(path, report)


def test_vit_patch_embedding_is_clean_with_its_output_shape(tmp_path):
    path = tmp_path / "vit.py"
    path.write_text(VIT.format(channels=3))
    code, report = seqlint_json(path)
    assert code == 0 and not report["diagnostics"]
    [model] = report["models"]
    assert model["output_shape"] == [2, 196, 192]
    assert [layer["type"] for layer in model["layers"]] == [
        "einops.layers.torch.Rearrange", "LayerNorm", "Linear", "LayerNorm"]
    assert model["layers"][0]["output_shape"] == [2, 196, 768]
    check_against_torch(path, report)


def test_vit_patch_embedding_without_an_input_is_symbolic(tmp_path):
    path = tmp_path / "vit.py"
    path.write_text(VIT.format(channels=3).rsplit("tokens", 1)[0])
    code, report = seqlint_json(path)
    assert code == 0, report["diagnostics"]
    layers = report["models"][0]["layers"]
    assert layers[0]["output_shape"] == ["N", "(H // 16) * (W // 16)", "256 * C"]
    assert layers[-1]["output_shape"] == ["N", "(H // 16) * (W // 16)", 192]
    path.write_text(VIT.format(channels="3 + 1").rsplit("tokens", 1)[0])  # 769: no multiple of 256
    code, report = seqlint_json(path)
    assert code == 1 and [e["line"] for e in errors_of(report)] == [8]


CONV_NORM_ACT = '''import torch
import torch.nn as nn
from torchvision.ops import Conv2dNormActivation

stem = nn.Sequential(
    Conv2dNormActivation(3, 16, stride=2),
    Conv2dNormActivation(16, 32),
    Conv2dNormActivation({channels}, 64, kernel_size=1, norm_layer=None),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
)
logits = stem(torch.randn(2, 3, 32, 32))
'''


def test_conv_norm_activation_chain_with_wrong_channels_is_flagged(tmp_path):
    path = tmp_path / "stem.py"
    path.write_text(CONV_NORM_ACT.format(channels=16))
    code, report = seqlint_json(path)
    assert code == 1
    [error] = errors_of(report)
    assert (error["line"], error["code"]) == (8, "SEQ101")
    assert error["message"].startswith("Conv2dNormActivation expects 16 input channels but gets 32")
    check_against_torch(path, report)


def test_conv_norm_activation_chain_is_clean(tmp_path):
    path = tmp_path / "stem.py"
    path.write_text(CONV_NORM_ACT.format(channels=32))
    code, report = seqlint_json(path)
    assert code == 0 and not report["diagnostics"]
    assert report["models"][0]["output_shape"] == [2, 10]
    assert report["models"][0]["layers"][0]["output_shape"] == [2, 16, 16, 16]
    check_against_torch(path, report)


IMPORT_STYLES = [
    ("from einops.layers.torch import Rearrange", "Rearrange"),
    ("import einops.layers.torch as el", "el.Rearrange"),
    ("import einops.layers.torch", "einops.layers.torch.Rearrange"),
    ("from einops.layers import torch as et", "et.Rearrange"),
]


@pytest.mark.parametrize("header, callee", IMPORT_STYLES, ids=[c for _, c in IMPORT_STYLES])
def test_einops_import_styles(tmp_path, header, callee):
    path = tmp_path / "model.py"
    path.write_text(f"import torch\nimport torch.nn as nn\n{header}\n\n"
                    f"model = nn.Sequential({callee}('b c h w -> b (c h w)'), nn.Linear(61, 10))\n"
                    f"y = model(torch.randn(2, 3, 4, 5))\n")
    code, report = seqlint_json(path)
    assert code == 1 and [(e["line"], e["code"]) for e in errors_of(report)] == [(5, "SEQ104")]
    assert report["models"][0]["layers"][0]["type"] == "einops.layers.torch.Rearrange"
    check_against_torch(path, report)


TORCHVISION_STYLES = [
    ("from torchvision.ops import MLP", "MLP"),
    ("from torchvision.ops.misc import MLP", "MLP"),
    ("import torchvision", "torchvision.ops.MLP"),
    ("import torchvision.ops", "torchvision.ops.misc.MLP"),
    ("from torchvision import ops", "ops.MLP"),
    ("from torchvision.ops import misc as misc_nn_ops", "misc_nn_ops.MLP"),
]


@pytest.mark.parametrize("header, callee", TORCHVISION_STYLES, ids=[f"{h}-{c}" for h, c in TORCHVISION_STYLES])
def test_torchvision_import_styles(tmp_path, header, callee):
    path = tmp_path / "model.py"
    path.write_text(f"import torch\nimport torch.nn as nn\n{header}\n\n"
                    f"model = nn.Sequential(nn.Flatten(), {callee}(48, [32, 10]), nn.Linear(12, 2))\n"
                    f"y = model(torch.randn(2, 3, 4, 4))\n")
    code, report = seqlint_json(path)
    assert code == 1 and [(e["line"], e["code"]) for e in errors_of(report)] == [(5, "SEQ101")]
    assert report["models"][0]["layers"][1]["type"] == "torchvision.ops.misc.MLP"
    check_against_torch(path, report)


def test_library_layers_as_attributes_of_a_module_class(tmp_path):
    path = tmp_path / "vit_block.py"
    path.write_text('''import torch
import torch.nn as nn
import einops.layers.torch as el
from torchvision.ops import MLP, StochasticDepth


class PatchEmbed(nn.Module):
    def __init__(self, patch=16, dim=192):
        super().__init__()
        self.to_patches = el.Rearrange("b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=patch, p2=patch)
        self.proj = nn.Linear(patch * patch * 3, dim)
        self.mlp = MLP(dim + 1, [dim * 4, dim])
        self.drop = StochasticDepth(0.1, "row")

    def forward(self, x):
        x = self.proj(self.to_patches(x))
        return x + self.drop(self.mlp(x))


embed = PatchEmbed(patch=8)
out = embed(torch.randn(2, 3, 64, 64))
''')
    code, report = seqlint_json(path)
    assert code == 1
    [error] = errors_of(report)
    assert (error["line"], error["code"]) == (12, "SEQ101")
    assert error["message"] == "MLP expects 193 input features but gets 192 (input (2, 64, 192))"
    check_against_torch(path, report)


def test_sizes_from_parameters_stay_symbolic(tmp_path):
    path = tmp_path / "helpers.py"
    path.write_text('''import torch.nn as nn
from einops.layers.torch import Rearrange, Reduce
from torchvision.ops import Conv2dNormActivation


def patch_embedding(patch, dim):
    return nn.Sequential(
        Rearrange("b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=patch, p2=patch),
        nn.Linear(patch * patch * 3, dim),
    )


def head(width, classes):
    return nn.Sequential(
        Conv2dNormActivation(width, width * 2, kernel_size=1),
        Reduce("b c h w -> b c", "mean"),
        nn.Linear(width * 2, classes),
    )


def wrong_head(width, classes):
    return nn.Sequential(
        Conv2dNormActivation(width, width * 2, kernel_size=1),
        Reduce("b c h w -> b c", "mean"),
        nn.Linear(width, classes),
    )
''')
    code, report = seqlint_json(path)
    assert [(e["line"], e["code"]) for e in errors_of(report)] == [(25, "SEQ101")]


def test_an_unknown_factory_keeps_the_shape_and_claims_nothing(tmp_path):
    path = tmp_path / "factories.py"
    path.write_text('''import torch
import torch.nn as nn
from functools import partial
from torchvision.ops import Conv2dNormActivation, MLP

norm = partial(nn.BatchNorm2d, eps=1e-3)
model = nn.Sequential(
    Conv2dNormActivation(3, 16, norm_layer=norm, activation_layer=nn.Hardswish),
    Conv2dNormActivation(16, 8, norm_layer=nn.BatchNorm2d),
    nn.Flatten(2),
    MLP(8 * 8, [32, 4], norm_layer=nn.LayerNorm, activation_layer=nn.GELU),
)
y = model(torch.randn(2, 3, 8, 8))
''')
    code, report = seqlint_json(path)
    assert code == 0, report["diagnostics"]
    assert report["models"][0]["output_shape"] == [2, 8, 4]
    check_against_torch(path, report)
