"""The README lists every rule, and every rule has a page (its docstring)."""

from pathlib import Path

import pytest

from seqlint import checks

README = (Path(__file__).parent.parent / "README.md").read_text()


@pytest.mark.parametrize("rule", checks.ALL, ids=lambda r: r.code)
def test_rule_is_in_the_readme_table(rule):
    assert f"| {rule.code} | {rule.name} | {rule.severity} |" in README


@pytest.mark.parametrize("rule", checks.ALL, ids=lambda r: r.code)
def test_rule_has_a_page(rule):
    assert rule.__doc__ and len(rule.__doc__.split()) >= 8


def test_codes_and_names_are_unique():
    assert len({r.code for r in checks.ALL}) == len({r.name for r in checks.ALL}) == len(checks.ALL)
