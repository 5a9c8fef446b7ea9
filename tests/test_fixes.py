"""--fix and --diff: a wrong size argument becomes what the layer before gives, in the
author's style, and torch then runs the program.  Every fix is checked under torch."""

import json
import textwrap
from pathlib import Path

import libcst
import pytest
from click.testing import CliRunner

from seqlint.cli import cli
from seqlint.fixes import fix_source
from seqlint.runner import check_text
from tests.torch_run import run_program

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("*.py"))
HEADER = "import torch\nimport torch.nn as nn\n\n"


def fix(text: str, path: str = "example.py", unsafe: bool = False):
    return fix_source(text, lambda source: check_text(source, path).report.diagnostics, unsafe)


def program(body: str) -> str:
    return HEADER + textwrap.dedent(body).lstrip("\n")


# Each case: a program torch rejects, the argument text before and after the fix.
CASES = {
    "flatten-product": (
        """
        model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                              nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                              nn.Flatten(), nn.Linear(32 * 8 * 8, 10))
        model(torch.randn(1, 3, 28, 28))
        """, "nn.Linear(32 * 8 * 8, 10)", "nn.Linear(32 * 7 * 7, 10)"),
    "flatten-product-tight-spacing-keyword": (
        """
        model = nn.Sequential(nn.Conv2d(1, 8, 3), nn.Flatten(), nn.Linear(in_features=8*28*28, out_features=4))
        model(torch.randn(2, 1, 28, 28))
        """, "in_features=8*28*28", "in_features=8*26*26"),
    "flatten-literal": (
        """
        model = nn.Sequential(nn.Conv2d(1, 8, 3), nn.Flatten(), nn.Linear(5000, 4))
        model(torch.randn(2, 1, 28, 28))
        """, "nn.Linear(5000, 4)", "nn.Linear(5408, 4)"),
    "flatten-product-of-another-length": (
        """
        model = nn.Sequential(nn.Conv2d(1, 8, 3), nn.Flatten(), nn.Linear(64 * 10, 4))
        model(torch.randn(2, 1, 28, 28))
        """, "nn.Linear(64 * 10, 4)", "nn.Linear(8 * 26 * 26, 4)"),
    "linear-features": (
        """
        model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(64, 10))
        model(torch.randn(5, 784))
        """, "nn.Linear(64, 10)", "nn.Linear(128, 10)"),
    "conv-channels": (
        """
        model = nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.Conv2d(in_channels=32, out_channels=8, kernel_size=3))
        model(torch.randn(1, 3, 32, 32))
        """, "in_channels=32", "in_channels=16"),
    "batchnorm-features": (
        """
        model = nn.Sequential(nn.Conv2d(3, 16, 3), nn.BatchNorm2d(32), nn.ReLU())
        model(torch.randn(4, 3, 32, 32))
        """, "nn.BatchNorm2d(32)", "nn.BatchNorm2d(16)"),
    "groupnorm-channels": (
        """
        model = nn.Sequential(nn.Conv2d(3, 16, 3), nn.GroupNorm(4, 32))
        model(torch.randn(4, 3, 32, 32))
        """, "nn.GroupNorm(4, 32)", "nn.GroupNorm(4, 16)"),
    "layernorm-tuple": (
        """
        model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.LayerNorm((4, 31, 31)))
        model(torch.randn(2, 3, 32, 32))
        """, "nn.LayerNorm((4, 31, 31))", "nn.LayerNorm((4, 30, 30))"),
    "layernorm-int": (
        """
        model = nn.Sequential(nn.Linear(10, 20), nn.LayerNorm(normalized_shape=10))
        model(torch.randn(2, 10))
        """, "normalized_shape=10", "normalized_shape=20"),
    "lstm-input-size": (
        """
        model = nn.Sequential(nn.Linear(10, 24), nn.LSTM(input_size=32, hidden_size=8, batch_first=True))
        model(torch.randn(2, 5, 10))
        """, "input_size=32", "input_size=24"),
}


@pytest.mark.parametrize("name", CASES)
def test_fix_writes_what_torch_needs(name):
    body, before, after = CASES[name]
    text = program(body)
    assert run_program(text, "example.py").error_line is not None  # torch rejects it
    result = fix(text)
    assert len(result.fixed) == 1
    assert result.text == text.replace(before, after)
    assert run_program(result.text, "example.py").error_line is None  # and runs it fixed
    assert fix(result.text).fixed == []  # fixing twice changes nothing more


NOT_FIXED = {
    # A name may serve other layers too: changing it is the author's call.
    "a-name": """
        hidden = 64
        model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(hidden, 10))
        model(torch.randn(5, 784))
        """,
    # One literal written once, built twice, given two different inputs: no value is right.
    "a-helper-called-twice": """
        def block():
            return nn.Linear(20, 20)

        model = nn.Sequential(nn.Linear(10, 30), block(), nn.Linear(20, 20), block())
        model(torch.randn(5, 10))
        """,
    # The size wanted is a parameter's: no number is right for every call.
    "a-symbolic-size": """
        def make(hidden):
            return nn.Sequential(nn.Linear(784, hidden), nn.ReLU(), nn.Linear(2 * hidden, 10))
        """,
    # A rank error has no argument to change.
    "a-rank-error": """
        model = nn.Sequential(nn.Conv2d(3, 8, 3))
        model(torch.randn(3, 32))
        """,
}


@pytest.mark.parametrize("name", NOT_FIXED)
def test_no_fix_without_one_right_value(name):
    text = program(NOT_FIXED[name])
    diagnostics = check_text(text, "example.py").report.diagnostics
    if name != "a-symbolic-size":
        assert run_program(text, "example.py").error_line is not None
    assert [d for d in diagnostics if d.severity == "error"]
    result = fix(text)
    assert result.fixed == [] and result.text == text


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixes_of_the_fixtures_parse_and_torch_agrees(path):
    """Whatever --fix changes in a fixture still parses, torch no longer raises where a fix
    was made, and a file left with no error runs under torch (unsafe fixes included)."""
    text = path.read_text()
    result = fix(text, str(path), unsafe=True)
    if not result.fixed:
        return
    libcst.parse_module(result.text)
    truth = run_program(result.text, str(path))
    assert truth.error_line not in {d.span.line for d in result.fixed}, truth.error
    if not [d for d in result.remaining if d.severity == "error"]:
        assert truth.error_line is None, truth.error
    assert fix(result.text, str(path), unsafe=True).fixed == []


def test_the_seed_cnn_is_fixed_in_place_and_torch_runs_it(tmp_path):
    source = (Path(__file__).parent.parent / "fixtures" / "cnn_28px_wrong_linear.py").read_text()
    target = tmp_path / "cnn.py"
    target.write_text(source)
    result = CliRunner().invoke(cli, ["--fix", str(target)])
    assert result.exit_code == 0, result.output
    assert "1 fixed, 0 remaining" in result.output
    fixed = target.read_text()
    assert "nn.Linear(32 * 7 * 7, 10),  # error: SEQ104" in fixed
    assert fixed == source.replace("32 * 8 * 8", "32 * 7 * 7")
    assert run_program(fixed, str(target)).error_line is None


def test_diff_shows_the_fix_and_writes_nothing(tmp_path):
    target = tmp_path / "cnn.py"
    target.write_text(program(CASES["flatten-product"][0]))
    before = target.read_bytes()
    result = CliRunner().invoke(cli, ["--diff", str(target)])
    assert result.exit_code == 1
    assert "-                      nn.Flatten(), nn.Linear(32 * 8 * 8, 10))" in result.output
    assert "+                      nn.Flatten(), nn.Linear(32 * 7 * 7, 10))" in result.output
    assert "Would fix 1 error." in result.output
    assert f"--- {target}\n+++ {target}\n" in result.output  # an absolute path: no a/ and b/
    assert target.read_bytes() == before
    target.write_text(fix(before.decode()).text)
    clean = CliRunner().invoke(cli, ["--diff", str(target)])
    assert clean.exit_code == 0 and "Would fix 0 errors." in clean.output


def test_diff_of_a_relative_path_has_git_prefixes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cnn.py").write_text(program(CASES["flatten-product"][0]))
    result = CliRunner().invoke(cli, ["--diff", "cnn.py"])
    assert "--- a/cnn.py\n+++ b/cnn.py\n" in result.output


def test_exit_codes_follow_ruff(tmp_path):
    body = CASES["linear-features"][0]
    target = tmp_path / "m.py"
    target.write_text(program(body))
    assert CliRunner().invoke(cli, ["--fix", "--exit-non-zero-on-fix", str(target)]).exit_code == 1
    target.write_text(program(body))
    assert CliRunner().invoke(cli, ["--fix", str(target)]).exit_code == 0
    # A finding --fix cannot repair keeps the exit code at 1.
    target.write_text(program(NOT_FIXED["a-rank-error"]))
    result = CliRunner().invoke(cli, ["--fix", str(target)])
    assert result.exit_code == 1 and "SEQ102" in result.output


def test_json_fix_field_carries_the_edit(tmp_path):
    target = tmp_path / "m.py"
    target.write_text(program(CASES["flatten-product"][0]))
    out = json.loads(CliRunner().invoke(cli, ["--format", "json", str(target)]).output)
    [diagnostic] = out["diagnostics"]
    assert diagnostic["fix"] == {
        "message": "Replace `32 * 8 * 8` with `32 * 7 * 7`",
        "applicability": "safe",
        "edits": [{"line": 6, "column": 47, "end_line": 6, "end_column": 57, "content": "32 * 7 * 7"}],
    }
    line = target.read_text().splitlines()[5]
    assert line[46:56] == "32 * 8 * 8"
    # The edits applied by hand give what --fix writes.
    rejected = json.loads(CliRunner().invoke(cli, ["--format", "json", "--ignore", "SEQ104", str(target)]).output)
    assert rejected["diagnostics"] == []


def test_standard_input_prints_the_fixed_source():
    text = program(CASES["linear-features"][0])
    result = CliRunner().invoke(cli, ["--fix", "-"], input=text)
    assert result.exit_code == 0
    assert result.stdout == text.replace("nn.Linear(64, 10)", "nn.Linear(128, 10)")


def test_encoding_and_line_endings_are_kept(tmp_path):
    text = program(CASES["linear-features"][0]).replace("import torch\n", "# -*- coding: latin-1 -*-\n# café\nimport torch\n", 1)
    data = text.replace("\n", "\r\n").encode("latin-1")
    target = tmp_path / "m.py"
    target.write_bytes(data)
    assert CliRunner().invoke(cli, ["--fix", str(target)]).exit_code == 0
    assert target.read_bytes() == data.replace(b"nn.Linear(64, 10)", b"nn.Linear(128, 10)")


def test_ignored_rules_and_noqa_are_not_fixed(tmp_path):
    target = tmp_path / "m.py"
    source = program(CASES["linear-features"][0])
    target.write_text(source)
    assert CliRunner().invoke(cli, ["--fix", "--ignore", "SEQ101", str(target)]).exit_code == 0
    assert target.read_text() == source
    suppressed = source.replace("nn.Linear(64, 10))", "nn.Linear(64, 10))  # noqa: SEQ101")
    target.write_text(suppressed)
    CliRunner().invoke(cli, ["--fix", str(target)])
    assert target.read_text() == suppressed


def test_fixes_are_made_pass_after_pass():
    """A fix lets the analysis reach the next layer; its fix is made too."""
    text = program("""
        model = nn.Sequential(nn.Linear(10, 20), nn.Linear(30, 40), nn.ReLU(), nn.Linear(50, 5))
        model(torch.randn(3, 10))
        """)
    result = fix(text)
    assert len(result.fixed) == 2
    assert "nn.Linear(10, 20), nn.Linear(20, 40), nn.ReLU(), nn.Linear(40, 5)" in result.text
    assert run_program(result.text, "example.py").error_line is None


def test_a_notebook_is_not_fixed(tmp_path):
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
              "source": program(CASES["linear-features"][0]).splitlines(keepends=True)}]
    target = tmp_path / "n.ipynb"
    target.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    before = target.read_bytes()
    result = CliRunner().invoke(cli, ["--fix", str(target)])
    assert result.exit_code == 1 and "SEQ101" in result.output
    assert target.read_bytes() == before


def test_a_first_layer_against_the_data_is_an_unsafe_fix(tmp_path):
    """A grayscale image for an RGB model: the model or the data may be wrong, so the fix
    that changes the model is made only with --unsafe-fixes."""
    source = (Path(__file__).parent.parent / "fixtures" / "cnn_grayscale_input.py").read_text()
    target = tmp_path / "gray.py"
    target.write_text(source)
    [diagnostic] = check_text(source, str(target)).report.diagnostics
    assert diagnostic.fix["applicability"] == "unsafe"
    result = CliRunner().invoke(cli, ["--fix", str(target)])
    assert result.exit_code == 1 and "1 unsafe fix can be made with --unsafe-fixes" in result.output
    assert target.read_text() == source
    result = CliRunner().invoke(cli, ["--fix", "--unsafe-fixes", str(target)])
    assert result.exit_code == 0, result.output
    fixed = target.read_text()
    assert fixed == source.replace("nn.Conv2d(3, 16", "nn.Conv2d(1, 16").replace("32 * 8 * 8", "32 * 7 * 7")
    assert run_program(fixed, str(target)).error_line is None
