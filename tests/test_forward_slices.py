"""Slices in forward (``x[:, :, :-self.chomp_size]``, TCN's Chomp1d; ``x[:, 1:]``, a class
token dropped), ``F.group_norm``'s groups, dummies made like another tensor (``clean +
0.1 * torch.randn_like(clean)``), and an item of a layer list replaced in ``__init__``
(``layers[-1] = nn.Sigmoid()``), and masks made by comparing a tensor with a number.  Each
program runs under torch."""

import textwrap

import pytest

from tests.torch_run import assert_torch_agrees

TCN = """
import torch
import torch.nn as nn


class Chomp1d(nn.Module):
    def __init__(self, chomp_size):
        super().__init__()
        self.chomp_size = chomp_size

    def forward(self, x):
        return x[:, :, :-self.chomp_size].contiguous()


class TemporalBlock(nn.Module):
    def __init__(self, n_in, n_out, kernel_size, dilation):
        super().__init__()
        padding = {padding}
        self.net = nn.Sequential(
            nn.Conv1d(n_in, n_out, kernel_size, padding=padding, dilation=dilation),
            Chomp1d(padding),
            nn.ReLU(),
        )
        self.downsample = nn.Conv1d(n_in, n_out, 1) if n_in != n_out else None

    def forward(self, x):
        res = x if self.downsample is None else self.downsample(x)
        return torch.relu(self.net(x) + res)


blocks = nn.Sequential(TemporalBlock(4, 8, 3, 1), TemporalBlock(8, 8, 3, 2))
print(blocks(torch.randn(2, 4, 50)).shape)
"""


@pytest.mark.parametrize("padding, flagged", [("(kernel_size - 1) * dilation", False), ("kernel_size - 1", True)])
def test_a_causal_chomp(padding, flagged, tmp_path):
    """Without the dilation in the padding the second block's output is 2 steps short of its
    residual."""
    text = textwrap.dedent(TCN).lstrip("\n").format(padding=padding)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


TOKENS = """
import torch
import torch.nn as nn


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(16, 16)
        self.fc = nn.Linear({width}, 3)

    def forward(self, x):
        x = self.proj(x)[:, 1:]
        return self.fc(x[:, ::2].flatten(1))


print(Head()(torch.randn(2, 9, 16)).shape)
"""


@pytest.mark.parametrize("width, flagged", [(64, False), (72, True)])
def test_slices_with_a_start_and_a_step(width, flagged, tmp_path):
    """(2, 9, 16)[:, 1:] is (2, 8, 16); [:, ::2] keeps 4 of the 8 tokens: 64 features."""
    text = textwrap.dedent(TOKENS).lstrip("\n").format(width=width)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


DENOISE = """
import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv2d({channels}, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 3, 3, padding=1))
clean = torch.rand(4, 3, 32, 32)
noisy = clean + 0.1 * torch.randn_like(clean)
out = model(noisy)
"""


@pytest.mark.parametrize("channels, flagged", [(3, False), (1, True)])
def test_a_dummy_made_like_another(channels, flagged, tmp_path):
    text = textwrap.dedent(DENOISE).lstrip("\n").format(channels=channels)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


GROUP_NORM = """
import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(3, channels, 3, padding=1)

    def forward(self, x):
        return F.silu(F.group_norm(self.conv(x), 8))


print(Block({channels})(torch.randn(2, 3, 8, 8)).shape)
"""


@pytest.mark.parametrize("channels, flagged", [(32, False), (36, True)])
def test_functional_group_norm_splits_the_channels(channels, flagged, tmp_path):
    text = textwrap.dedent(GROUP_NORM).lstrip("\n").format(channels=channels)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


LAST_REPLACED = """
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, dims=(16, 32, 8)):
        super().__init__()
        layers = []
        for a, b in zip(dims[:-1], dims[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.hidden = nn.Sequential(*layers)
        layers[-1] = {last}
        self.out = nn.Sequential(*layers)

    def forward(self, x):
        return self.out(x) + self.hidden(x)


print(Decoder()(torch.randn(2, 16)).shape)
"""


@pytest.mark.parametrize("last, flagged", [("nn.Sigmoid()", False), ("nn.Linear(8, 8)", False),
                                           ("nn.Linear(8, 4)", True), ("nn.Linear(16, 8)", True)])
def test_an_item_of_a_layer_list_replaced(last, flagged, tmp_path):
    """``layers[-1] = nn.Sigmoid()`` after the list is built: the Sequential made after it has
    the new layer, the one made before keeps the old."""
    text = textwrap.dedent(LAST_REPLACED).lstrip("\n").format(last=last)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


MEAN_POOL = """
import torch
import torch.nn as nn


class MeanPool(nn.Module):
    def __init__(self, vocab=100, dim=16):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim, padding_idx=0)
        self.fc = nn.Linear(dim, 2)

    def forward(self, tokens):
        emb = self.embedding(tokens)
        mask = (tokens != 0).unsqueeze(-1).float()
        return self.fc((emb * mask).sum(1) / mask.sum(1).clamp(min=1))


model = MeanPool()
tokens = torch.randint(1, 100, (8, 12))
loss = nn.CrossEntropyLoss()(model(tokens), torch.randint(0, 2, {labels}))
"""


@pytest.mark.parametrize("labels, flagged", [("(8,)", False), ("(8, 1)", True)])
def test_a_mask_from_a_comparison_in_forward(labels, flagged, tmp_path):
    """``(tokens != 0).unsqueeze(-1).float()``: a tensor of the tokens' shape; the pooled
    output reaches the loss, whose class-index target must be 1-D."""
    text = textwrap.dedent(MEAN_POOL).lstrip("\n").format(labels=labels)
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)
