"""Loss shape checks (seqlint/layers/losses.py) against torch, over a grid of shapes and dtypes."""

import itertools
import textwrap

import pytest
import torch
import torch.nn.functional as F

from seqlint.layers.base import ShapeError
from seqlint.layers.losses import FUNCTIONS, check
from seqlint.shapes.values import Tensor

INPUTS = [(3,), (4, 3), (4, 3, 5), (4, 3, 5, 6), (2, 3, 2, 2, 2)]
TARGETS = [(), (1,), (4,), (5,), (4, 1), (4, 3), (4, 5), (4, 6), (4, 5, 6), (4, 3, 5), (4, 3, 5, 6), (2, 2, 2, 2),
           (3,), (1, 3)]
DTYPES = {"int64": torch.int64, "float32": torch.float32, "int32": torch.int32}
CASES = [(fn, x, t, d) for fn in FUNCTIONS for x, t, d in itertools.product(INPUTS, TARGETS, DTYPES)]


def torch_raises(fn, x, t, dtype) -> bool:
    inputs = torch.rand(x)
    if dtype == "float32":
        target = torch.rand(t)
    else:
        target = torch.randint(0, 2, t, dtype=DTYPES[dtype])
    if fn.startswith("binary") or fn in ("mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss"):
        target = target.float()  # these take float targets; the shape is what is checked
    try:
        getattr(F, fn)(inputs, target)
    except (RuntimeError, ValueError, IndexError):
        return True
    return False


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1]}-{c[2]}-{c[3]}")
def test_loss_checks_never_claim_an_error_torch_does_not_raise(case):
    fn, x, t, dtype = case
    floating = fn.startswith("binary") or fn in ("mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss")
    target = Tensor(t, "float32" if floating else dtype)
    try:
        check(FUNCTIONS[fn], fn, Tensor(x), target)
        claimed = False
    except ShapeError:
        claimed = True
    truth = torch_raises(fn, x, t, dtype)
    assert not claimed or truth, "seqlint claims an error torch does not raise"
    # What seqlint leaves alone, torch runs -- except the cases it knowingly does not decide.
    if truth and not claimed:
        assert (len(x) == 1 or len(t) == 0 or len(x) <= len(t) - 1) and FUNCTIONS[fn] in ("cross_entropy", "nll"), \
            "torch raises and seqlint misses it"


VAE_LOSS = """
import torch
import torch.nn as nn
import torch.nn.functional as F


class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(64, 16)
        self.mu = nn.Linear(16, 4)
        self.logvar = nn.Linear(16, 4)
        self.dec = nn.Sequential(nn.Linear(4, 64), nn.Sigmoid())

    def forward(self, x):
        h = F.relu(self.enc(x.view(-1, 64)))
        mu, logvar = self.mu(h), self.logvar(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        return self.dec(z), mu, logvar


def loss_function(recon_x, x, mu, logvar):
    bce = F.binary_cross_entropy(recon_x, {target}, reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return bce + kld


model = VAE()
data_all = torch.rand(16, 1, 8, 8)
for batch_idx in range(2):
    data = data_all[batch_idx * 8:(batch_idx + 1) * 8]
    recon_batch, mu, logvar = model(data)
    loss = loss_function(recon_batch, data, mu, logvar)
"""


@pytest.mark.parametrize("target, flagged", [("x.view(-1, 64)", False), ("x", True)])
def test_a_loss_computed_by_a_function_of_the_module(target, flagged, tmp_path):
    """PyTorch's VAE example: the loss is read through each call of ``loss_function``."""
    from tests.torch_run import assert_torch_agrees

    text = textwrap.dedent(VAE_LOSS).lstrip("\n").format(target=target)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)
