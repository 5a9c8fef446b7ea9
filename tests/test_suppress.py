"""Suppressions: # noqa and # seqlint: noqa on the reported line, # seqlint: skip-file, and
--add-noqa writing them safely."""

import json
import os
import stat

import pytest
from click.testing import CliRunner

from seqlint import checks, suppress
from seqlint.checks import Span
from seqlint.cli import cli

HEAD = "import torch.nn as nn\n"
MISMATCH = "m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))"  # SEQ101
SOFTMAX = "s = nn.Sequential(nn.Linear(4, 8), nn.Softmax())"  # SEQ201
BOTH_ON_ONE_LINE = "b = nn.Sequential(nn.Linear(4, 8), nn.Softmax(), nn.Linear(7, 2))"  # SEQ201 and SEQ101


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def reported(tmp_path, text, *args):
    path = tmp_path / "m.py"
    path.write_text(text)
    result = run("--format", "json", *args, path)
    assert result.exit_code in (0, 1), result.output
    return sorted((d["line"], d["code"]) for d in json.loads(result.stdout)["diagnostics"])


def test_unsuppressed_lines_are_reported(tmp_path):
    assert reported(tmp_path, HEAD + MISMATCH + "\n" + SOFTMAX + "\n") == [(2, "SEQ101"), (3, "SEQ201")]
    assert reported(tmp_path, HEAD + BOTH_ON_ONE_LINE + "\n") == [(2, "SEQ101"), (2, "SEQ201")]


@pytest.mark.parametrize("comment, left", [
    ("# noqa", []),
    ("# NOQA", []),
    ("#noqa", []),
    ("# noqa: SEQ101", ["SEQ201"]),
    ("# noqa:SEQ201", ["SEQ101"]),
    ("# noqa: SEQ101, SEQ201", []),
    ("# noqa: SEQ101 SEQ201", []),
    ("# noqa: SEQ101,SEQ201", []),
    ("# noqa: feature-mismatch", ["SEQ201"]),
    ("# noqa: E501, implicit-softmax-dim", ["SEQ101"]),
    ("# noqa: E501", ["SEQ101", "SEQ201"]),
    ("# seqlint: noqa", []),
    ("# seqlint: noqa: SEQ101", ["SEQ201"]),
    ("# seqlint: noqa: feature-mismatch, SEQ201", []),
    ("# type: ignore  # noqa: SEQ201", ["SEQ101"]),
    ("# noqa: SEQ101 because the shapes are checked at run time", ["SEQ201"]),
    ("# noqa-ish", ["SEQ101", "SEQ201"]),
    ("# not a noqa: SEQ101", ["SEQ101", "SEQ201"]),  # as flake8 and ruff: `#` then `noqa`
])
def test_noqa_comments(tmp_path, comment, left):
    found = reported(tmp_path, HEAD + BOTH_ON_ONE_LINE + "  " + comment + "\n")
    assert [code for _, code in found] == left


def test_noqa_applies_to_its_own_line_only(tmp_path):
    text = HEAD + "# noqa\n" + MISMATCH + "\n" + SOFTMAX + "  # noqa\n"
    assert reported(tmp_path, text) == [(3, "SEQ101")]


def test_noqa_inside_a_string_is_not_a_comment(tmp_path):
    text = HEAD + MISMATCH + ', "# noqa"\n'
    assert reported(tmp_path, text) == [(2, "SEQ101")]


def test_noqa_on_a_multi_line_call(tmp_path):
    text = HEAD + "m = nn.Sequential(\n    nn.Linear(4, 8),\n    nn.Linear(7, 2),  # noqa: SEQ101\n)\n"
    assert reported(tmp_path, text) == []
    text = HEAD + "m = nn.Sequential(  # noqa: SEQ101\n    nn.Linear(4, 8),\n    nn.Linear(7, 2),\n)\n"
    assert reported(tmp_path, text) == [(4, "SEQ101")]


def test_backslash_continuation_is_suppressed_where_the_statement_ends(tmp_path):
    text = HEAD + MISMATCH + " \\\n    if True else None  # noqa: SEQ101\n"
    assert reported(tmp_path, text) == []


def test_empty_code_list_warns_and_suppresses_nothing(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(HEAD + MISMATCH + "  # noqa:\n")
    result = run(path)
    assert result.exit_code == 1
    assert "SEQ101" in result.stdout
    assert f"{path}:2: `# noqa:` names no rule code" in result.stderr


def test_skip_file(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("# seqlint: skip-file\n" + HEAD + MISMATCH + "\n")
    result = run("--format", "json", path)
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["diagnostics"] == [] and document["models"] == []
    # Not checked at all: not even parsed.
    path.write_text(HEAD + "# seqlint: skip-file\nm = nn.Sequential(nn.Linear(4, 8)\n")
    assert run(path).exit_code == 0
    # In a string it is not a comment.
    path.write_text(HEAD + 'doc = "# seqlint: skip-file"\n' + MISMATCH + "\n")
    assert run(path).exit_code == 1


def test_suppressions_on_stdin(tmp_path):
    result = run("--format", "concise", "-", input=HEAD + MISMATCH + "  # noqa: SEQ101\n" + SOFTMAX + "\n")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith("-:3:36: SEQ201")
    assert "SEQ101" not in result.stdout
    assert run("-", input="# seqlint: skip-file\n" + HEAD + MISMATCH + "\n").exit_code == 0


def test_suppressions_in_worker_processes(tmp_path):
    for i in range(70):  # above the runner's threshold for worker processes
        (tmp_path / f"m{i:02}.py").write_text(HEAD + MISMATCH + ("  # noqa\n" if i % 2 else "\n"))
    result = run("--format", "json", "-j", "2", tmp_path)
    assert len(json.loads(result.stdout)["diagnostics"]) == 35


# --- --add-noqa ----------------------------------------------------------------------


def test_add_noqa_then_the_run_is_clean(tmp_path):
    path = tmp_path / "m.py"
    original = (HEAD + MISMATCH + "  # a note\n" + SOFTMAX + "  # noqa: E501\n"
                + "t = nn.Sequential(\n    nn.Linear(4, 8),\n    nn.Linear(7, 2),\n)\n"
                + BOTH_ON_ONE_LINE + "\n")
    path.write_text(original)
    result = run("--add-noqa", path)
    assert result.exit_code == 0, result.output
    assert "Added 4 noqa directives." in result.stderr
    assert path.read_text() == (
        HEAD + MISMATCH + "  # a note  # noqa: SEQ101\n" + SOFTMAX + "  # noqa: E501, SEQ201\n"
        + "t = nn.Sequential(\n    nn.Linear(4, 8),\n    nn.Linear(7, 2),  # noqa: SEQ101\n)\n"
        + BOTH_ON_ONE_LINE + "  # noqa: SEQ101, SEQ201\n")
    assert run(path).exit_code == 0
    before = path.read_bytes()
    result = run("--add-noqa", path)
    assert result.exit_code == 0 and "Added 0 noqa directives." in result.stderr
    assert path.read_bytes() == before


def test_add_noqa_extends_an_existing_list_in_its_style(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(HEAD + BOTH_ON_ONE_LINE + "  # noqa: SEQ201 E501  (legacy)\n")
    assert run("--add-noqa", path).exit_code == 0
    assert path.read_text() == HEAD + BOTH_ON_ONE_LINE + "  # noqa: SEQ201 E501 SEQ101  (legacy)\n"
    path.write_text(HEAD + BOTH_ON_ONE_LINE + "  # seqlint: noqa: implicit-softmax-dim\n")
    assert run("--add-noqa", path).exit_code == 0
    assert path.read_text() == HEAD + BOTH_ON_ONE_LINE + "  # seqlint: noqa: implicit-softmax-dim, SEQ101\n"


def test_add_noqa_respects_selection(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(HEAD + BOTH_ON_ONE_LINE + "\n")
    assert run("--add-noqa", "--select", "SEQ2", path).exit_code == 0
    assert path.read_text() == HEAD + BOTH_ON_ONE_LINE + "  # noqa: SEQ201\n"


def test_add_noqa_keeps_bytes_encoding_line_endings_and_mode(tmp_path):
    path = tmp_path / "m.py"
    text = "# -*- coding: latin-1 -*-\r\n# caf\xe9\r\n" + HEAD.replace("\n", "\r\n") + MISMATCH + "\r\n"
    path.write_bytes(text.encode("latin-1"))
    os.chmod(path, 0o640)
    assert run("--add-noqa", path).exit_code == 0
    expected = text.replace(MISMATCH + "\r\n", MISMATCH + "  # noqa: SEQ101\r\n").encode("latin-1")
    assert path.read_bytes() == expected
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert os.listdir(tmp_path) == ["m.py"]  # no temporary file left


def test_add_noqa_never_touches_a_file_that_does_not_parse(tmp_path):
    path = tmp_path / "m.py"
    broken = HEAD + "m = nn.Sequential(nn.Linear(3, 4)\n"
    path.write_text(broken)
    result = run("--add-noqa", path)
    assert result.exit_code == 1
    assert "cannot add a suppression for SEQ001" in result.stderr
    assert path.read_text() == broken


def test_add_noqa_refuses_stdin():
    result = run("--add-noqa", "-", input=HEAD + MISMATCH + "\n")
    assert result.exit_code == 2


def test_a_failed_write_leaves_the_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "m.py"
    path.write_text(HEAD + MISMATCH + "\n")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(suppress.os, "replace", broken_replace)
    result = run("--add-noqa", path)
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert path.read_text() == HEAD + MISMATCH + "\n"
    assert os.listdir(tmp_path) == ["m.py"]


def diagnostic(line, code="SEQ101"):
    cls = checks.BY_CODE[code]
    return cls("m.py", Span(line, 1, line, 2), ("a", "b", "c", "d"))


def test_add_noqa_to_text_puts_the_comment_after_a_multi_line_string():
    text = 'x = f("""a\nb""", 1)\n'
    new, failed = suppress.add_noqa_to_text(text, [diagnostic(1)])
    assert failed == [] and new == 'x = f("""a\nb""", 1)  # noqa: SEQ101\n'


def test_add_noqa_to_text_for_a_line_inside_a_string_writes_after_the_string():
    text = 'x = """a\nb\n"""\n'
    new, failed = suppress.add_noqa_to_text(text, [diagnostic(2)])
    assert failed == [] and new == 'x = """a\nb\n"""  # noqa: SEQ101\n'


def test_add_noqa_to_text_never_changes_the_program(monkeypatch):
    # Were the line mapping wrong, the comment would land inside the string: the check on the
    # parsed program refuses that edit and reports the finding as not suppressed.
    monkeypatch.setattr(suppress, "target_line", lambda parsed, line: line)
    text = 'x = """a\nb\n"""\ny = 1\n'
    new, failed = suppress.add_noqa_to_text(text, [diagnostic(2), diagnostic(4)])
    assert new == 'x = """a\nb\n"""\ny = 1  # noqa: SEQ101\n'
    assert [d.span.line for d in failed] == [2]
    new, failed = suppress.add_noqa_to_text(text, [diagnostic(9)])  # no such line
    assert new == text and len(failed) == 1


def test_parse_reads_directives():
    parsed = suppress.parse("a = 1  # noqa: SEQ101, feature-mismatch\nb = '# noqa'\nc = 2  # seqlint: noqa\n")
    assert [d.codes for d in parsed.directives[1]] == [("SEQ101", "feature-mismatch")]
    assert 2 not in parsed.directives
    (directive,) = parsed.directives[3]
    assert directive.codes is None and directive.namespaced
