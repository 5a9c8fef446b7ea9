"""Conformance with torch's own test data: module_db's samples as seqlint programs.

Each sample of ``torch.testing._internal.common_modules.module_db`` that can be written as a
literal one-layer program (see ``tests/module_db_programs.py``) is run under torch and through
seqlint.  A valid sample must get no error and torch's output shape; an error sample must get
an error, on the line torch raises on.  ``python -m tests.module_db_programs`` prints the
counts and what is skipped, by reason (``--list`` also prints each disagreement).
"""

import pytest

from tests.module_db_programs import XFAIL, disagreement, load, skip_reason

CASES = load()
COMPARED = [c for c in CASES if skip_reason(c) is None]


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=XFAIL[c.id], strict=True)] if c.id in XFAIL else [])
    for c in COMPARED
])
def test_sample_agrees_with_torch(case):
    problem = disagreement(case)
    assert problem is None, problem


def test_samples_are_written():
    """module_db keeps growing; the programs must not silently dwindle."""
    assert len(CASES) > 1000
    assert len(COMPARED) > 900
    valid = [c for c in COMPARED if c.kind == "valid"]
    assert not [c.id for c in valid if c.torch_error or c.torch_output is None], \
        "a valid sample's program raises (or returns nothing) under torch: the program is not the sample"
    assert not set(XFAIL) - {c.id for c in COMPARED}, "an XFAIL names no case"
