"""The command line: exit codes, output formats, file discovery, bad input, no torch."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from seqlint import __version__
from seqlint.cli import cli

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "fixtures"

CLEAN = "import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))\n"
BROKEN = "import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_clean_file_exits_0(tmp_path):
    (tmp_path / "ok.py").write_text(CLEAN)
    result = run(tmp_path)
    assert result.exit_code == 0, result.output
    assert "All checks passed" in result.output


def test_error_exits_1_with_ruff_style_line_and_trace(tmp_path):
    (tmp_path / "bad.py").write_text(BROKEN)
    result = run(tmp_path / "bad.py")
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'bad.py'}:2:36: SEQ101 Linear expects 7 input features but gets 8")
    assert "[0] nn.Linear -> (N, 8)" in result.output


def test_missing_path_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "seqlint", "no/such/path.py"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no/such/path.py" in proc.stderr


def test_bad_option_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "seqlint", "--frobnicate"], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_folders_are_walked_and_junk_skipped(tmp_path):
    for folder in ("pkg", ".git", ".venv", "venv", "__pycache__", "build", "dist", "node_modules", "env"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "m.py").write_text(BROKEN)
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr\n")
    (tmp_path / "pkg" / "notes.txt").write_text(BROKEN)
    result = run("--format", "json", tmp_path)
    paths = {d["path"] for d in json.loads(result.output)["diagnostics"]}
    assert paths == {str(tmp_path / "pkg" / "m.py")}


def test_json_document_shape(tmp_path):
    (tmp_path / "bad.py").write_text(BROKEN)
    document = json.loads(run("--format", "json", tmp_path / "bad.py").output)
    assert document["version"] == __version__
    (diagnostic,) = [d for d in document["diagnostics"] if d["severity"] == "error"]
    assert diagnostic == {
        "path": str(tmp_path / "bad.py"), "line": 2, "column": 36, "end_line": 2, "end_column": 51,
        "code": "SEQ101", "name": "feature-mismatch", "severity": "error",
        "message": diagnostic["message"], "model": "m", "layer": 1,
        "fix": {"message": "Replace `7` with `8`", "applicability": "safe",
                "edits": [{"line": 2, "column": 46, "end_line": 2, "end_column": 47, "content": "8"}]},
    }
    (model,) = document["models"]
    assert (model["line"], model["column"], model["name"]) == (2, 5, "m")
    assert model["input_shape"] == ["N", 4]
    assert [layer["index"] for layer in model["layers"]] == [0, 1]
    assert model["layers"][0] == {"index": 0, "line": 2, "column": 19, "type": "Linear", "output_shape": ["N", 8]}


def test_symbolic_batch_output(tmp_path):
    (tmp_path / "ok.py").write_text(CLEAN)
    (model,) = json.loads(run("--format", "json", tmp_path).output)["models"]
    assert model["output_shape"] == ["N", 2]


def test_info_notes_only_on_request(tmp_path):
    (tmp_path / "m.py").write_text("import torch.nn as nn\nm = nn.Sequential(Block(3), nn.Linear(4, 2))\n")
    assert "SEQ901" not in run(tmp_path).output
    result = run("--show-info", tmp_path)
    assert "SEQ901 Block is not a layer seqlint knows" in result.output
    assert result.exit_code == 0


def test_bad_files_do_not_stop_the_run(tmp_path):
    (tmp_path / "a_syntax.py").write_text("import torch.nn as nn\nm = nn.Sequential(nn.Linear(3, 4)\n")
    (tmp_path / "b_binary.py").write_bytes(b"\x00\x01\x02nn.Sequential\xff\xfe")
    (tmp_path / "c_latin1.py").write_bytes(b"# nn.Sequential \xe9\xe8\n")
    (tmp_path / "d_huge.py").write_text("import torch.nn as nn\nm = nn.Sequential(nn.Linear(10 ** 10 ** 10, 5))\n")
    terms = "+".join(["1"] * 5000)
    (tmp_path / "e_deep.py").write_text(f"import torch.nn as nn\nm = nn.Sequential(nn.Linear({terms}, 5), nn.Linear(4, 2))\n")
    (tmp_path / "f_broken.py").write_text(BROKEN)
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "seqlint", "--format", "json", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert time.monotonic() - start < 60  # a hang would be caught here; speed is the benchmark's job
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    by_file = {}
    for d in json.loads(proc.stdout)["diagnostics"]:
        by_file.setdefault(Path(d["path"]).name, []).append(d)
    assert [d["code"] for d in by_file["a_syntax.py"]] == ["SEQ001"]
    assert [d["code"] for d in by_file["b_binary.py"]] == ["SEQ002"]
    assert (by_file["b_binary.py"][0]["line"], by_file["b_binary.py"][0]["column"]) == (1, 1)
    assert [d["code"] for d in by_file["c_latin1.py"]] == ["SEQ002"]
    assert [d["code"] for d in by_file["d_huge.py"]] == ["SEQ903"]
    assert sorted(d["code"] for d in by_file["e_deep.py"]) == ["SEQ101", "SEQ903"]
    assert [d["code"] for d in by_file["f_broken.py"]] == ["SEQ101"]


def test_never_imports_torch(tmp_path):
    """A poisoned torch on PYTHONPATH would explode if seqlint imported it."""
    poison = tmp_path / "poison" / "torch"
    poison.mkdir(parents=True)
    (poison / "__init__.py").write_text("raise SystemExit('seqlint imported torch')\n")
    env = dict(os.environ, PYTHONPATH=f"{tmp_path / 'poison'}{os.pathsep}{ROOT}")
    proc = subprocess.run([sys.executable, "-m", "seqlint", str(FIXTURES)], capture_output=True, text=True, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "imported torch" not in proc.stderr + proc.stdout
    assert "seed_example3_batchnorm.py:6:" in proc.stdout


# --- seqlint rule: the rule pages -----------------------------------------------------------


def run_main(capsys, *args):
    """seqlint's entry point in-process: (exit code, stdout, stderr)."""
    from seqlint import cli as cli_module

    try:
        cli_module.main([str(a) for a in args])
        code = 0
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_rule_prints_the_page_by_code_or_name(capsys):
    from seqlint import checks, rule_docs

    page = rule_docs.render(checks.FeatureMismatch)
    assert page.startswith("# feature-mismatch (SEQ101)\n")
    for name in ("SEQ101", "seq101", "feature-mismatch"):
        assert run_main(capsys, "rule", name) == (0, page, "")


def test_rule_all_prints_every_page(capsys):
    from seqlint import checks, rule_docs

    code, out, _ = run_main(capsys, "rule", "--all")
    assert code == 0 and out == rule_docs.render_all()
    headers = [line for line in out.splitlines() if line.startswith("# ") and "(SEQ" in line]
    assert headers == [f"# {r.name} ({r.code})" for r in sorted(checks.ALL, key=lambda r: r.code)]


def test_rule_usage_errors_exit_2(capsys):
    code, out, err = run_main(capsys, "rule", "SEQ999")
    assert (code, out) == (2, "") and "unknown rule: SEQ999" in err and err.count("\n") == 1
    assert "did you mean feature-mismatch?" in run_main(capsys, "rule", "feature-mismatc")[2]
    for args in ((), ("SEQ101", "--all"), ("--frobnicate",), ("SEQ101", "SEQ102")):
        code, out, err = run_main(capsys, "rule", *args)
        assert code == 2 and out == "" and err.startswith("seqlint: error:"), args
    code, out, _ = run_main(capsys, "rule", "--help")
    assert code == 0 and "Usage: seqlint rule" in out


def test_rule_as_a_module():
    proc = subprocess.run([sys.executable, "-m", "seqlint", "rule", "SEQ104"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("# flatten-linear-mismatch (SEQ104)\n"), proc.stderr
    assert "Use instead:" in proc.stdout


def test_a_path_named_rule_is_checked_as_dot_slash_rule(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rule").mkdir()
    (tmp_path / "rule" / "bad.py").write_text(BROKEN)
    for path in ("./rule", "rule/"):
        code, out, _ = run_main(capsys, "--no-trace", path)
        assert code == 1 and "SEQ101" in out, path
    # Named first and bare, it is the subcommand; after an option, it is a path.
    assert run_main(capsys, "rule")[0] == 2
    code, out, _ = run_main(capsys, "--no-trace", "rule")
    assert code == 1 and "SEQ101" in out


def test_main_still_checks_paths(tmp_path, capsys):
    (tmp_path / "bad.py").write_text(BROKEN)
    code, out, _ = run_main(capsys, "--format", "concise", tmp_path / "bad.py")
    assert code == 1 and out.startswith(f"{tmp_path / 'bad.py'}:2:36: SEQ101 ")
    assert run_main(capsys, "--version")[0] == 0
