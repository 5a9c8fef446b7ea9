"""A list, dict or set bound to a name is read as written only when nothing in the file may
change it: ``feats = [1, 2]; feats.append(3)`` makes ``len(feats)`` 3, not 2.  Each program
is checked against torch: an error seqlint reports is one torch raises, on that line."""

import textwrap

import pytest

from seqlint.extract.mutation import changed_in_text
from seqlint.pipeline import check_source
from tests.torch_run import run_program

PROGRAM = """
import random
import torch
import torch.nn as nn

feats = [1, 2]
{change}
model = nn.Sequential(nn.Linear(len(feats), 4), nn.ReLU(), nn.Linear(4, 2))
model(torch.randn(8, 3))
"""

CHANGES = {
    "appended": "feats.append(3)",
    "extended in a function": "def grow():\n    feats.extend([3])\n\n\ngrow()",
    "augmented": "feats += [3]",
    "item stored": "feats[1:] = [2, 3]",
    "handed to code": "def grow(values):\n    values.append(3)\n\n\ngrow(feats)",
    "aliased": "more = feats\nmore.insert(0, 0)",
    "untouched": "print(len(feats), sorted(feats))",
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_list_that_may_change_is_not_read_as_written(change, tmp_path):
    text = textwrap.dedent(PROGRAM).lstrip("\n").format(change=CHANGES[change])
    path = str(tmp_path / "m.py")
    truth = run_program(text, path)
    errors = {d.span.line for d in check_source(text, path).diagnostics if d.severity == "error"}
    if change == "untouched":  # read as written: Linear(2, 4) on 3 features
        assert truth.error is not None and errors == {truth.error_line}
    else:
        assert truth.error is None, truth.error
        assert errors == set()


@pytest.mark.parametrize("line, changed", [
    ("vocab[word] = len(vocab)", True),
    ("del vocab['a']", True),
    ("vocab['a'].append(1)", True),
    ("vocab.setdefault('a', 0)", True),
    ("cfg = vocab", True),
    ("return vocab", True),
    ("n = len(vocab) + vocab['a'] + vocab.get('b', 0)", False),
    ("for word in vocab: print(word)", False),
    ("if 'a' in vocab: pass", False),
    ("vocab = {'a': 1}", False),
    ("myvocab.append(1); self.vocab.append(2)", False),
    ("n = 2 * len(vocab) + total - vocab['a']", False),
    ("cfg = vocab or {}", True),  # the operand itself: an alias
    ("cfg = vocab if flag else {}", True),
    ("helper(1, vocab)", True),  # handed to code not known to leave it alone
    ("layers = [vocab, 1]", True),  # kept in another list
    ("emb = nn.Embedding(len(vocab), 4, padding_idx=vocab['<pad>'])", False),
    ("helper(1, vocab)", False),  # a function of the file that changes nothing it is handed
])
def test_what_counts_as_a_change(line, changed):
    readers = {"helper"} if not changed else set()
    assert changed_in_text("vocab", [line], readers=readers) is changed


def test_functions_and_classes_that_leave_what_they_are_handed_alone():
    import ast

    from seqlint.extract.mutation import Readers

    source = textwrap.dedent('''
        def total(sizes, extra=0):
            return sum(s for _, s in sizes) + extra

        def grow(sizes):
            sizes.append((1, 1))

        def keep(sizes):
            return sizes

        def passes(sizes):
            return total(sizes, 1)

        class Net:
            def __init__(self, sizes,
                         p=0.1):
                self.embeds = [nn.Embedding(n, d) for n, d in sizes]
                self.drop = nn.Dropout(p)

        class Holder:
            def __init__(self, sizes):
                self.sizes = sizes
        ''')
    tree = ast.parse(source)
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    readers = Readers(functions, classes, source.splitlines())
    assert {name for name in [*functions, *classes] if name in readers} == {"total", "passes", "Net"}
