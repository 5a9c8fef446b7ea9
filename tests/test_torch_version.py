"""`torch-version` (and `--torch-version`): layers and constructor arguments newer than the
targeted torch release are SEQ109 errors at the call (or the argument); the default target,
the newest release seqlint knows, reports nothing."""

import inspect
import json

import pytest
from click.testing import CliRunner

from seqlint import pipeline, runner
from seqlint.cli import cli
from seqlint.config import NEWEST_TORCH
from seqlint.layers import registry
from seqlint.layers.catalogue import catalogue
from seqlint.layers.since import ARGUMENTS, LAYERS, NEWEST_ENTRY, findings

RMS = "import torch.nn as nn\nmodel = nn.Sequential(nn.Linear(64, 64), nn.RMSNorm(64))\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def diagnostics(*args, input=None):
    result = run("--format", "json", *args, input=input)
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["severity"] != "info"]


def seq109(text, version):
    report = pipeline.check_source(text, "net.py", torch_version=version)
    return [(d.span.line, d.span.column, d.message) for d in report.diagnostics if d.code == "SEQ109"]


def pyproject(root, body):
    (root / "pyproject.toml").write_text("[tool.seqlint]\n" + body)


# --- configuration and the flag ----------------------------------------------------------


def test_rmsnorm_is_an_error_under_2_3_and_clean_under_2_4(tmp_path):
    (tmp_path / "net.py").write_text(RMS)
    pyproject(tmp_path, 'torch-version = "2.3"\n')
    (found,) = diagnostics(tmp_path)
    assert (found["code"], found["name"], found["severity"]) == ("SEQ109", "not-in-torch-version", "error")
    assert (found["line"], found["column"], found["end_column"]) == (2, 42, 56)  # the constructor call
    assert found["message"] == "nn.RMSNorm was added in torch 2.4; the target is torch 2.3 (torch-version)"
    assert found["model"] == "model" and found["layer"] == 1
    assert run(tmp_path).exit_code == 1
    pyproject(tmp_path, 'torch-version = "2.4"\n')
    assert diagnostics(tmp_path) == []
    assert run(tmp_path).exit_code == 0


def test_default_target_is_the_newest_and_reports_nothing(tmp_path):
    (tmp_path / "net.py").write_text(RMS)
    assert diagnostics(tmp_path) == []
    assert NEWEST_TORCH >= NEWEST_ENTRY
    assert seq109(RMS, None) == [] and seq109(RMS, NEWEST_TORCH) == []


def test_flag_overrides_the_configuration(tmp_path):
    (tmp_path / "net.py").write_text(RMS)
    pyproject(tmp_path, 'torch-version = "2.4"\n')
    assert [d["code"] for d in diagnostics("--torch-version", "2.3", tmp_path)] == ["SEQ109"]
    pyproject(tmp_path, 'torch-version = "2.3"\n')
    assert diagnostics("--torch-version", "2.13", tmp_path) == []
    assert diagnostics("--torch-version", "2.4.1", tmp_path) == []  # a patch release counts as its minor


def test_flag_without_configuration_and_on_standard_input(tmp_path):
    (tmp_path / "net.py").write_text(RMS)
    assert [d["code"] for d in diagnostics("--torch-version", "1.13", tmp_path)] == ["SEQ109"]
    found = diagnostics("--torch-version", "2.3", "-", input=RMS)
    assert [(d["path"], d["code"]) for d in found] == [("-", "SEQ109")]


def test_stdin_filename_finds_the_configuration(tmp_path, monkeypatch):
    pyproject(tmp_path, 'torch-version = "2.3"\n')
    monkeypatch.chdir(tmp_path)
    found = diagnostics("--stdin-filename", "net.py", "-", input=RMS)
    assert [(d["path"], d["code"]) for d in found] == [("net.py", "SEQ109")]


@pytest.mark.parametrize("value", ["2.x", "latest", "3.0", "0.4"])
def test_invalid_flag_is_a_usage_error_naming_it(tmp_path, value):
    (tmp_path / "net.py").write_text(RMS)
    result = run("--torch-version", value, tmp_path)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("seqlint: error: --torch-version: ")


def test_invalid_configuration_is_a_usage_error_naming_the_key(tmp_path):
    (tmp_path / "net.py").write_text(RMS)
    pyproject(tmp_path, 'torch-version = "two"\n')
    result = run(tmp_path)
    assert result.exit_code == 2 and "`tool.seqlint.torch-version`" in result.stderr


def test_each_file_gets_its_own_target_also_across_workers(tmp_path, monkeypatch):
    old, new = tmp_path / "old", tmp_path / "new"
    for folder, version in ((old, "2.3"), (new, "2.4")):
        folder.mkdir()
        pyproject(folder, f'torch-version = "{version}"\n')
        for i in range(3):
            (folder / f"net{i}.py").write_text(RMS)
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 1)  # worker processes even for six files
    found = diagnostics("-j", "2", tmp_path)
    assert sorted((d["path"].split("/")[-2], d["code"]) for d in found) == [("old", "SEQ109")] * 3


def test_ignored_and_noqa_like_any_rule(tmp_path):
    (tmp_path / "net.py").write_text(RMS)
    pyproject(tmp_path, 'torch-version = "2.3"\nignore = ["not-in-torch-version"]\n')
    assert diagnostics(tmp_path) == []
    pyproject(tmp_path, 'torch-version = "2.3"\n')
    (tmp_path / "net.py").write_text(RMS.replace("(64))\n", "(64))  # noqa: SEQ109\n"))
    assert diagnostics(tmp_path) == []


# --- what is reported, and where ---------------------------------------------------------


def test_layers_are_reported_wherever_they_are_built():
    text = (
        "import torch\nimport torch.nn as nn\nfrom torch.nn import Mish\n\n"
        "def block(c):\n    return nn.Sequential(nn.Conv2d(c, c, 3), Mish())\n\n"
        "class Net(nn.Module):\n"
        "    def __init__(self):\n        super().__init__()\n"
        "        self.drop = nn.Dropout1d(0.1)\n        self.body = nn.Sequential(block(4), nn.ZeroPad1d(1))\n"
        "    def forward(self, x):\n        return self.body(x)\n\n"
        "Net()(torch.randn(1, 4, 8, 8))\n"
    )
    assert [m.split(" was")[0] for _, _, m in seq109(text, (1, 8))] == ["nn.Mish", "nn.Dropout1d", "nn.ZeroPad1d"]
    assert [m.split(" was")[0] for _, _, m in seq109(text, (1, 12))] == ["nn.ZeroPad1d"]
    assert seq109(text, (2, 1)) == []


def test_a_layer_reported_twice_is_one_finding():
    text = ("import torch.nn as nn\n\ndef block():\n    return nn.Sequential(nn.Linear(4, 4), nn.RMSNorm(4))\n\n"
            "a = block()\nb = block()\nc = nn.Sequential(block(), block())\n")
    assert seq109(text, (2, 3)) == [(4, 43, "nn.RMSNorm was added in torch 2.4; the target is torch 2.3 (torch-version)")]


def test_string_padding_of_a_convolution_needs_1_9():
    text = ("import torch.nn as nn\n"
            "m = nn.Sequential(nn.Conv2d(3, 8, 3, padding='same'), nn.Conv1d(8, 8, 3, 1, 'valid'),\n"
            "                  nn.Conv2d(8, 8, 3, padding=1), nn.LazyConv2d(8, 3, 1, 'same'))\n")
    found = seq109(text, (1, 8))
    lines = text.splitlines()
    at = [(2, lines[1].index("'same'") + 1), (2, lines[1].index("'valid'") + 1), (3, lines[2].index("'same'") + 1)]
    assert [(line, col) for line, col, _ in found] == at  # at each argument
    assert [m.split(" was")[0] for _, _, m in found] == [
        "Conv2d(padding='same')", "Conv1d(padding='valid')", "LazyConv2d(padding='same')"]
    assert seq109(text, (1, 9)) == []


def test_transformer_arguments():
    text = ("import torch.nn as nn\n"
            "layer = nn.TransformerEncoderLayer(64, 4, batch_first=True, norm_first=True)\n"
            "model = nn.Sequential(nn.TransformerEncoder(layer, 2))\n")
    assert [m.split(" was")[0] for _, _, m in seq109(text, (1, 8))] == [
        "TransformerEncoderLayer(batch_first=True)", "TransformerEncoderLayer(norm_first=True)"]
    assert [m.split(" was")[0] for _, _, m in seq109(text, (1, 9))] == ["TransformerEncoderLayer(norm_first=True)"]
    assert seq109(text, (1, 10)) == []
    plain = "import torch.nn as nn\nm = nn.Sequential(nn.TransformerEncoderLayer(64, 4))\n"
    assert seq109(plain, (1, 8)) == []  # only arguments that are written count


def test_layernorm_bias_needs_2_1():
    text = "import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8, bias=False))\n"
    column = text.splitlines()[1].index("False") + 1  # at the argument
    assert seq109(text, (2, 0)) == [
        (2, column, "LayerNorm(bias=False) was added in torch 2.1; the target is torch 2.0 (torch-version)")]
    assert seq109(text, (2, 1)) == []


def test_a_layer_too_new_is_not_also_reported_for_its_arguments():
    text = "import torch.nn as nn\nm = nn.Sequential(nn.LazyConv2d(8, 3, padding='same'))\n"
    assert [m.split(" was")[0] for _, _, m in seq109(text, (1, 7))] == ["nn.LazyConv2d"]


def test_targets_from_before_1_8_report_only_what_is_listed():
    text = "import torch.nn as nn\nm = nn.Sequential(nn.Flatten(), nn.LazyLinear(10))\n"
    assert [m.split(" was")[0] for _, _, m in seq109(text, (1, 0))] == ["nn.LazyLinear"]


def test_findings_without_a_target_is_empty():
    assert findings([], None, "x.py") == []


# --- the table ---------------------------------------------------------------------------


def test_table_names_classes_and_parameters_seqlint_knows():
    known = catalogue()
    for name, since in LAYERS.items():
        assert name in known, name
        assert (1, 8) <= since <= NEWEST_TORCH, name
    rules = registry()
    for argument in ARGUMENTS:
        assert (1, 8) <= argument.since <= NEWEST_TORCH
        for layer in argument.layers:
            assert layer in rules, layer
            signature = rules[layer].signature_of(layer)
            # (a module that is no Sequential step takes anything: its keywords are still read)
            assert argument.parameter in signature or "**kwargs" in signature, (layer, argument.parameter)
            assert LAYERS.get(layer, (0, 0)) < argument.since, f"{layer} itself is newer than its argument"


def test_table_agrees_with_the_installed_torch():
    nn = pytest.importorskip("torch.nn")
    for name in LAYERS:
        assert hasattr(nn, name), name
    for argument in ARGUMENTS:
        for layer in argument.layers:
            assert argument.parameter in inspect.signature(getattr(nn, layer).__init__).parameters, layer
