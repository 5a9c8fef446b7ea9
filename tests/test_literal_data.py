"""Data written in the source: ``torch.tensor([0., 1., 2.] * 50)``, lists joined with ``+``.
A list held in a name is not read (it may be appended to after it is bound).  Each program
is checked against torch."""

import textwrap

import pytest

from seqlint.pipeline import check_source
from tests.torch_run import assert_torch_agrees, run_program

PROGRAM = """
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 3), nn.LogSoftmax(dim=1))
criterion = nn.NLLLoss()
labels = {labels}
out = model(torch.randn({batch}, 4))
loss = criterion(out, labels)
"""

CASES = {
    "float-classes-repeated": ("torch.tensor([0.0, 1.0, 2.0] * 2)", 6, True),
    "int-classes-repeated": ("torch.tensor([0, 1, 2] * 2)", 6, False),
    "joined-lists-wrong-batch": ("torch.tensor([0, 1] + [2, 0] * 2)", 5, True),
    "joined-lists": ("torch.tensor([0, 1] + [2, 0] * 2)", 6, False),
}


@pytest.mark.parametrize("name", CASES)
def test_written_data_agrees_with_torch(name, tmp_path):
    labels, batch, flagged = CASES[name]
    text = textwrap.dedent(PROGRAM).lstrip("\n").format(labels=labels, batch=batch)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


def test_a_list_held_in_a_name_is_not_read(tmp_path):
    text = textwrap.dedent(PROGRAM).lstrip("\n").format(
        labels="[]\nfor i in range(5):\n    labels.append(float(i % 3))\nlabels = torch.tensor(labels).long()",
        batch=5)
    path = str(tmp_path / "m.py")
    assert run_program(text, path).error is None
    assert not [d for d in check_source(text, path).diagnostics if d.severity == "error"]


NUMPY_DATA = """
import numpy as np
import torch
import torch.nn as nn

base = np.linspace(-2.0, 2.0, 60).reshape(20, 3)
X_np = np.concatenate([base, base ** 2], axis={axis}){cast}
X = torch.from_numpy(X_np)
model = nn.Sequential(nn.Linear({features}, 24), nn.ReLU(), nn.Linear(24, 2))
out = model(X)
"""


@pytest.mark.parametrize("axis, cast, features, flagged", [
    (1, "", 6, True),                         # numpy's float64 into float32 weights
    (1, ".astype(np.float32)", 6, False),
    (1, ".astype(np.float32)", 3, True),      # 6 features, not 3
    (0, ".astype(np.float32)", 3, False),     # rows stacked: 40 x 3
])
def test_numpy_ranges_and_concatenation(axis, cast, features, flagged, tmp_path):
    text = textwrap.dedent(NUMPY_DATA).lstrip("\n").format(axis=axis, cast=cast, features=features)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


CHANGED_IN_PLACE = {
    # Indices far past num_embeddings, then all set to 0: torch runs it.
    "item-stored": ("idx = torch.randint(0, 5000, (40,))\nidx[:] = 0\nmodel = nn.Sequential(nn.Embedding(100, 4))\n"
                    "out = model(idx)\n"),
    # (3, 4) transposed in place to (4, 3): Linear(3, 2) takes it.
    "transposed-in-place": "x = torch.randn(3, 4)\nx.t_()\nmodel = nn.Sequential(nn.Linear(3, 2))\nout = model(x)\n",
}


@pytest.mark.parametrize("name", CHANGED_IN_PLACE)
def test_a_dummy_changed_in_place_is_not_read_as_made(name, tmp_path):
    """An item stored keeps the shape but not the values; an in-place method that changes
    the shape leaves the dummy unknown."""
    text = "import torch\nimport torch.nn as nn\n\n" + CHANGED_IN_PLACE[name]
    assert_torch_agrees(text, str(tmp_path / "m.py"), False)
