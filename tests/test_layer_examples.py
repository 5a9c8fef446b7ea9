"""Every rule's EXAMPLES, run under torch and through seqlint: both must agree."""

import pytest

from seqlint.layers import family_modules
from tests.oracle import compare

CASES = [
    pytest.param(example, id=f"{module.__name__.rsplit('.', 1)[-1]}-{i}")
    for module in family_modules()
    for i, example in enumerate(getattr(module, "EXAMPLES", []))
]


@pytest.mark.parametrize("example", CASES)
def test_example_agrees_with_torch(example):
    problem = compare(example.layers, example.input, example.dtype, example.eval, example.error)
    assert problem is None, problem
