"""Tabular models with one embedding per categorical column (the fast.ai TabularModel and
its kin): sizes summed over a list of (cardinality, width) pairs, a comprehension over
``enumerate(self.embeds)`` in forward, the columns stacked from a comprehension over the
same pairs.  Each program is run under torch and through seqlint."""

import textwrap

import pytest

from seqlint.pipeline import check_source
from tests.torch_run import run_program

TABULAR = """
import torch
import torch.nn as nn

emb_szs = [(7, 4), (12, 6), (24, 12), (3, 2)]
n_cont = 5


class TabularModel(nn.Module):
    def __init__(self, emb_szs, n_cont, out_sz=2, layers=(100, 50), p=0.4):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(ni, nf) for ni, nf in emb_szs])
        self.emb_drop = nn.Dropout(p)
        self.bn_cont = nn.BatchNorm1d(n_cont)
        n_emb = sum(nf for ni, nf in emb_szs{sliced})
        n_in = n_emb + n_cont
        layerlist = []
        for i in layers:
            layerlist += [nn.Linear(n_in, i), nn.ReLU(inplace=True), nn.BatchNorm1d(i), nn.Dropout(p)]
            n_in = i
        layerlist.append(nn.Linear(layers[-1], out_sz))
        self.layers = nn.Sequential(*layerlist)

    def forward(self, x_cat, x_cont):
        embeddings = [e(x_cat[:, i]) for i, e in enumerate(self.embeds)]
        x = self.emb_drop(torch.cat(embeddings, 1))
        x = torch.cat([x, self.bn_cont(x_cont)], 1)
        return self.layers(x)


model = TabularModel(emb_szs, n_cont, layers=[{width}, 100])
cats = torch.stack([torch.randint(0, ni, (60,)) for ni, _ in emb_szs], 1)
conts = torch.randn(60, n_cont)
out = model(cats, conts)
"""

CASES = {
    "every embedding counted": ("", 200, False),
    "the last embedding left out of the sum": ("[:-1]", 200, True),
    "a slice of all of them": ("[:]", 64, False),
}


@pytest.mark.parametrize("case", CASES)
def test_embedding_tables_agree_with_torch(case, tmp_path):
    sliced, width, flagged = CASES[case]
    text = textwrap.dedent(TABULAR).lstrip("\n").format(sliced=sliced, width=width)
    path = str(tmp_path / "m.py")
    truth = run_program(text, path)
    report = check_source(text, path)
    errors = {d.span.line for d in report.diagnostics if d.severity == "error"}
    assert (truth.error is not None) == flagged, truth.error
    assert errors == ({truth.error_line} if flagged else set())
    if not flagged:  # the hand-off was read, not skipped
        [layers] = [m for m in report.models if m["name"] == "self.layers"]
        assert layers["input_shape"] == [60, 29]
