"""Differential test: random Sequential programs run under torch and through seqlint.

The programs come from ``tests/fuzz/generate.py``.  Two outcomes fail at once (and hypothesis
shrinks the program): a false error (seqlint reports an error for a program torch runs) and a
crash (check_source raises, or reports an internal error).  The rest -- errors torch raises
that seqlint misses or puts on another line, output shapes that differ -- are counted and held
to the ceilings below, measured on this generator and seqlint as they stand.

``SEQLINT_FUZZ_EXAMPLES=5000 pytest -s tests/test_differential.py`` for a long run (``-s``
prints the figures); ``python -m tests.fuzz.generate`` prints the disagreements themselves.
"""

import os

from hypothesis import HealthCheck, given, settings

from tests.fuzz.generate import Stats, compare_source, programs

EXAMPLES = int(os.environ.get("SEQLINT_FUZZ_EXAMPLES", "300"))

# Ceilings on each kind's share of the programs it can happen to (missed_error and wrong_line:
# of those torch raises for; wrong_shape and unknown_shape: of those it runs).  Measured with
# these 300 derandomized examples: 7/86 missed, 5/86 on another line, 3/186 shapes unknown;
# over 10,000 seeded programs (tests.fuzz.generate, seeds 1 and 2): 5.3%, 2.5% and 1.9%, no
# shape wrong.  Nearly all are dtype mismatches seqlint does not model (a float64 input to
# float32 weights, an int64 input to GELU) or a size constant rebound later in the module,
# which seqlint reads as unknown.  With ~90 failing programs a rate moves in steps of ~1%.
CEILINGS = {
    "missed_error": 0.12,
    "wrong_line": 0.10,
    "wrong_shape": 0.01,
    "unknown_shape": 0.04,
    "sym_wrong_line": 0.05,
}
NEVER = ("false_error", "sym_false_error", "crash", "internal_error")


def test_seqlint_agrees_with_torch():
    stats = Stats()

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, print_blob=False,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(programs())
    def check(program):
        outcome = compare_source(program)
        stats.add(outcome)
        assert outcome.kind not in NEVER, outcome.describe()

    check()
    print(f"\n{stats.summary()}")
    for key, count in sorted(stats.keys.items()):
        print(f"  {count:4d}  {key}")
    over = {kind: f"{stats.rate(kind):.1%} > {ceiling:.0%}"
            for kind, ceiling in CEILINGS.items() if stats.rate(kind) > ceiling}
    assert not over, f"disagreements above their ceilings: {over}\n{stats.summary()}"
