"""Every rule has a page (its class's docstring in checks.py), the README's rule table is
rendered from the same docstrings, and each page's example really is reported by its rule
while its fix is not."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from seqlint import checks, pipeline, rule_docs
from seqlint.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text()
ERRORS_AND_WARNINGS = (checks.ERROR, checks.WARNING)

# Pages whose example cannot go through check_source as it stands, and how each is checked instead.
NOT_SOURCE = {
    # check_source takes decoded text: the example is the file's bytes in Latin-1, read by check_file.
    "SEQ002": "encoded as Latin-1 and read by pipeline.check_file",
    # No program may make seqlint fail: the example is the output of such a failure, checked
    # against check_file_safely with a failure injected; the fix is configuration, checked by a run.
    "SEQ003": "seqlint's own failure, injected",
    # Reported only under an older torch-version: checked under the one its example names.
    "SEQ109": "checked with torch_version=(2, 3)",
}


@pytest.mark.parametrize("rule", checks.ALL, ids=lambda r: r.code)
def test_rule_is_in_the_readme_table(rule):
    assert f"| {rule.code} | {rule.name} | {rule.severity} |" in README


def test_readme_rule_table_is_rendered_from_the_pages():
    assert rule_docs.readme_section(README) == rule_docs.table(), (
        "README.md's rule table differs from the docstrings in seqlint/checks.py: "
        "run `python -m seqlint.rule_docs --update-readme`")


@pytest.mark.parametrize("rule", checks.ALL, ids=lambda r: r.code)
def test_rule_has_a_page_with_all_four_parts(rule):
    page = rule_docs.page(rule)  # raises PageError naming what is missing
    assert len(page.summary.split()) >= 5 and "|" not in page.summary and page.summary.endswith(".")
    assert len(page.what.split()) >= 20, "what it checks: say more than the summary"
    assert len(page.why.split()) >= 12, "why it is a bug"
    assert page.example.code.strip() and page.fix.code.strip()
    assert page.example.code != page.fix.code
    if rule.code not in NOT_SOURCE:
        assert page.example.language == page.fix.language == "python"
    rendered = rule_docs.render(rule)
    for part in (f"# {rule.name} ({rule.code})", "## What it checks", "## Why is this bad?", "## Example",
                 "Use instead", page.example.code, page.fix.code):
        assert part in rendered


def codes(report) -> list[str]:
    return [d.code for d in report.diagnostics]


@pytest.mark.parametrize("rule", [r for r in checks.ALL if r.code not in NOT_SOURCE], ids=lambda r: r.code)
def test_example_is_reported_and_its_fix_is_not(rule):
    page = rule_docs.page(rule)
    example = pipeline.check_source(page.example.code, "example.py")
    assert rule.code in codes(example), [(d.code, d.message) for d in example.diagnostics]
    fixed = pipeline.check_source(page.fix.code, "fixed.py")
    left = [(d.code, d.message) for d in fixed.diagnostics if d.code == rule.code or d.severity in ERRORS_AND_WARNINGS]
    assert not left


def test_not_in_torch_version_example():
    page = rule_docs.page(checks.NotInTorchVersion)
    assert 'torch-version = "2.3"' in page.example_text
    assert codes(pipeline.check_source(page.example.code, "example.py", torch_version=(2, 3))) == ["SEQ109"]
    assert codes(pipeline.check_source(page.example.code, "example.py")) == []  # the newest torch has it
    fixed = pipeline.check_source(page.fix.code, "fixed.py", torch_version=(2, 3))
    assert not [d for d in fixed.diagnostics if d.severity in ERRORS_AND_WARNINGS]


def test_unreadable_file_example(tmp_path):
    page = rule_docs.page(checks.UnreadableFile)
    (tmp_path / "example.py").write_bytes(page.example.code.encode("latin-1"))
    (tmp_path / "fixed.py").write_bytes(page.fix.code.encode("latin-1"))
    assert codes(pipeline.check_file(str(tmp_path / "example.py"))) == ["SEQ002"]
    assert codes(pipeline.check_file(str(tmp_path / "fixed.py"))) == []


def test_internal_error_example(tmp_path, monkeypatch):
    page = rule_docs.page(checks.InternalError)
    assert page.example.language == "console" and page.fix.language == "toml"
    # What the page shows is what a failure inside seqlint becomes, on stderr and as the note.
    def fail(path):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pipeline, "check_file", fail)
    (diagnostic,) = pipeline.check_file_safely("net.py").diagnostics
    assert (diagnostic.code, diagnostic.span) == ("SEQ003", checks.Span.whole_file())
    message = diagnostic.message.replace("maximum recursion depth exceeded", "...")
    assert f"seqlint: internal error on net.py: {message}\n" in page.example.code
    assert f"net.py:1:1: SEQ003 {message}\n" in page.example.code
    monkeypatch.undo()
    # The fix is valid configuration that leaves the file out.
    (tmp_path / "pyproject.toml").write_text(page.fix.code)
    (tmp_path / "net.py").write_text("import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--format", "json", "."])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["diagnostics"] == []


def test_codes_and_names_are_unique():
    assert len({r.code for r in checks.ALL}) == len({r.name for r in checks.ALL}) == len(checks.ALL)


def test_a_page_without_its_parts_is_rejected():
    class Bare(checks.Diagnostic):
        """Something.

        ## Why is this bad?
        Because.

        ## Example
        ```python
        x = 1
        ```
        """

    with pytest.raises(rule_docs.PageError, match="two code blocks"):
        rule_docs.page(Bare)
