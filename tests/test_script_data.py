"""Data a script computes with plain Python before torch sees it (seqlint/extract/script_data.py):
a vocabulary built from sentences, ids encoded by a helper.  Programs are checked against
torch; the evaluator's refusals (a set's order, code not followed) are checked directly."""

import ast
import textwrap

import pytest

from seqlint.extract.script_data import UNKNOWN, ScriptData
from tests.torch_run import assert_torch_agrees

VOCAB = """
import torch
import torch.nn as nn

corpus = ["the cat sat on the mat", "the dog ate my homework"]
words = sorted({{w for line in corpus for w in line.split()}})
vocab = {{w: i + {first_id} for i, w in enumerate(words)}}


def encode(line, max_len=6):
    ids = [vocab[w] for w in line.split()][:max_len]
    return ids + [0] * (max_len - len(ids))


batch = torch.tensor([encode(line) for line in corpus])
model = nn.Sequential(nn.Embedding(len(vocab){extra}, 16, padding_idx=0), nn.Flatten(), nn.Linear(6 * 16, 2))
out = model(batch)
"""

UNK = """
import torch
import torch.nn as nn

corpus = ["the cat sat on the mat", "the dog ate my homework"]
vocab = {{"<pad>": 0}}
for sentence in corpus[:{seen}]:
    for word in sentence.split():
        if word not in vocab:
            vocab[word] = len(vocab)
UNK_IDX = len(vocab)


def encode(sentence, max_len=8):
    ids = [vocab.get(w, UNK_IDX) for w in sentence.split()]
    ids = ids + [0] * (max_len - len(ids))
    return ids[:max_len]


embedding = nn.Embedding(len(vocab){extra}, 16, padding_idx=0)
encoder = nn.Sequential(embedding, nn.Flatten(), nn.Linear(8 * 16, 4))
batch = torch.tensor([encode(s) for s in corpus])
print(encoder(batch).shape)
"""

PROGRAMS = {
    "ids from 1, sized len(vocab)": (VOCAB, dict(first_id=1, extra=""), True),
    "ids from 1, sized len(vocab) + 1": (VOCAB, dict(first_id=1, extra=" + 1"), False),
    "ids from 0, sized len(vocab)": (VOCAB, dict(first_id=0, extra=""), False),
    "unknown words past the vocabulary": (UNK, dict(seen=1, extra=""), True),
    "unknown words given a row": (UNK, dict(seen=1, extra=" + 1"), False),
    "every word seen, the unknown id unused": (UNK, dict(seen=2, extra=""), False),
}


@pytest.mark.parametrize("name", PROGRAMS)
def test_indices_computed_by_the_script_agree_with_torch(name, tmp_path):
    template, fields, flagged = PROGRAMS[name]
    text = textwrap.dedent(template).lstrip("\n").format(**fields)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


def _value(source: str, expression: str, line: int | None = None):
    source = textwrap.dedent(source).lstrip("\n")
    line = line or len(source.splitlines()) + 1
    return ScriptData(ast.parse(source)).value(ast.parse(expression, mode="eval").body, line)


def test_plain_python_is_followed():
    assert _value("""
        text = "b a c a".split()
        counts = {}
        for w in text:
            counts[w] = counts.get(w, 0) + 1
        ids = sorted(set(text))
        pairs = list(zip(ids, range(10)))
        """, "(counts, ids, pairs, max(len(w) for w in text))") == (
        {"b": 1, "a": 2, "c": 1}, ["a", "b", "c"], [("a", 0), ("b", 1), ("c", 2)], 1)


@pytest.mark.parametrize("source, expression", [
    ("words = list({'b', 'a'})", "words"),  # a set's order changes from run to run
    ("words = [w for w in {'b', 'a'}]", "words"),
    ("import random\nids = [1, 2]\nrandom.shuffle(ids)", "ids"),  # handed to code not followed
    ("from numpy import max\nm = max([1, 2])", "m"),  # a builtin shadowed by an import
    ("from helpers import *\nn = len([1])", "n"),
    ("ids = [1]\nmore = ids\nmore.append(2)\nmore = None", "ids"),  # aliases share the list (followed)
    ("ids = []\nwhile len(ids) < 3:\n    ids.append(0)", "ids"),  # while: not followed
    ("ids = [1]\ndef grow():\n    global ids\n    ids = ids + [2]\ngrow()", "ids"),
    ("ids = [1]\ntry:\n    ids.append(2)\nexcept Exception:\n    pass", "ids"),
    ("n = 10 ** 100", "n"),  # too large for a size
    ("d = {}\nn = d['missing']", "n"),  # Python raises: no value
])
def test_what_is_not_certain_is_unknown(source, expression):
    value = _value(source, expression)
    if source.startswith("ids = [1]\nmore"):
        assert value == [1, 2]
    else:
        assert value is UNKNOWN


def test_values_inside_a_loop_are_not_those_before_it():
    source = "ids = []\nfor i in range(3):\n    ids.append(i)\n    x = len(ids)\n"
    assert _value(source, "ids", line=4) is UNKNOWN
    assert _value(source, "ids", line=5) == [0, 1, 2]


def test_a_main_block_is_run_to_the_line():
    source = "if __name__ == '__main__':\n    ids = [3, 4]\n    ids.append(5)\n    n = 0\n"
    assert _value(source, "ids", line=4) == [3, 4, 5]


def test_counts_and_branches_not_known():
    assert _value("""
        counts = {}
        for w in "a b a".split():
            if w not in counts:
                counts[w] = 0
            counts[w] += 1
        """, "counts") == {"a": 2, "b": 1}
    # A branch on something not known: what it mentions is unknown (it may be changed or
    # aliased there); what only its test reads, and what it does not mention, is not.
    branch = """
        import sys
        ids, seen, other = [1, 2], [0], [3]
        if sys.argv == other:
            seen.append(len(ids))
        """
    assert _value(branch, "seen") is UNKNOWN
    assert _value(branch, "ids") is UNKNOWN
    assert _value(branch, "other") == [3]


@pytest.mark.parametrize("expression", [
    "list(range(10 ** 9))", "sum(range(10 ** 12))", "'ab' * 10 ** 9", "'7'.zfill(10 ** 9)",
    "sorted(range(10 ** 9))", "10 ** 10 ** 10", "len([0] * 10 ** 9)",
])
def test_what_would_take_too_long_or_too_much_is_unknown(expression):
    assert _value("x = 1", expression) is UNKNOWN


def test_f_strings_with_short_specs():
    assert _value("i = 7\nname = 'x'", "[f'img_{i:04d}.jpg', f'{name!r}-{i * 1.5:.2f}']") == ["img_0007.jpg", "'x'-10.50"]
    assert _value("i = 7", "f'{i:>1000000000}'") is UNKNOWN  # a width that asks for too much


ROWS = """
import torch
import torch.nn as nn

rows = [(f"img_{{i:04d}}.jpg", i % 5) for i in range(24)]
model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 8 * 8, 5))
criterion = nn.CrossEntropyLoss()
images = torch.randn(len(rows), 3, 8, 8)
targets = torch.tensor({labels}, dtype=torch.long)
for epoch in range(2):
    for i in range(0, len(rows), 8):
        xb, yb = images[i:i + 8], targets[i:i + 8]
        loss = criterion(model(xb), yb)
"""


@pytest.mark.parametrize("labels, flagged", [
    ("[label for _, label in rows]", False),
    ("[[label] for _, label in rows]", True),  # a column of class indices: multi-target
])
def test_labels_a_script_computes_read_inside_its_training_loop(labels, flagged, tmp_path):
    """Rows made with an f-string, their labels turned into the target; the loop around the
    loss reads ``rows`` (its length) without changing it."""
    text = textwrap.dedent(ROWS).lstrip("\n").format(labels=labels)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)
