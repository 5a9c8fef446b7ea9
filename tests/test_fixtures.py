"""The fixtures: realistic programs whose expected findings are written in them
(``# error: SEQ104`` on the line of the finding).  seqlint must report exactly those, and
torch must agree: it raises at the first expected error's line, else runs, and each model's
output shape is the one seqlint computed."""

import re
from pathlib import Path

import pytest

from seqlint.pipeline import check_file
from tests.torch_run import run_program

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("*.py"))
EXPECT = re.compile(r"#\s*(error|warning):\s*(SEQ\d+)")


def expected_findings(text: str) -> set:
    return {(n, m.group(2)) for n, line in enumerate(text.splitlines(), 1) for m in EXPECT.finditer(line)}


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture_findings_are_the_expected_ones(path):
    text = path.read_text()
    report = check_file(str(path))
    found = {(d.span.line, d.code) for d in report.diagnostics if d.severity in ("error", "warning")}
    assert found == expected_findings(text), [d.message for d in report.diagnostics]


@pytest.mark.parametrize("path", [p for p in FIXTURES if "# oracle: no-input" not in p.read_text()],
                         ids=lambda p: p.name)
def test_fixture_agrees_with_torch(path):
    text = path.read_text()
    truth = run_program(text, str(path))
    expected_errors = sorted(line for line, code in expected_findings(text))
    report = check_file(str(path))
    assert truth.error_line == (expected_errors[0] if expected_errors else None), truth.error
    # A fixture may say seqlint cannot know a shape (a project class it cannot see into).
    unknown_ok = "# oracle: shape-unknown" in text
    for model in report.models:
        if model["line"] in truth.outputs and truth.error_line is None:
            if unknown_ok and model["output_shape"] is None:
                continue
            assert model["output_shape"] == truth.outputs[model["line"]], model
