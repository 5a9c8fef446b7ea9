"""nn.Transformer(src, tgt) and nn.TransformerDecoderLayer(tgt, memory) called in a forward, and
encoders given masks: seqlint's checks against torch's (Transformer.forward's own, then
multi_head_attention_forward's in each block)."""

import pytest
import torch
from torch import nn

from seqlint.layers.base import Context, ShapeError, bind
from seqlint.layers.multi_input import Transformer, TransformerDecoderLayer
from seqlint.shapes.values import Tensor
from tests.test_forward_flow import agree

CASES = [
    # (layer, constructor keywords, first, second)
    ("Transformer", dict(d_model=16, nhead=4), (7, 2, 16), (5, 2, 16)),
    ("Transformer", dict(d_model=16, nhead=4), (7, 2, 12), (5, 2, 12)),
    ("Transformer", dict(d_model=16, nhead=4), (7, 2, 16), (5, 2, 12)),
    ("Transformer", dict(d_model=16, nhead=4), (7, 2, 16), (5, 3, 16)),
    ("Transformer", dict(d_model=16, nhead=4, batch_first=True), (2, 7, 16), (2, 5, 16)),
    ("Transformer", dict(d_model=16, nhead=4, batch_first=True), (2, 7, 16), (3, 7, 16)),
    ("Transformer", dict(d_model=16, nhead=4), (7, 16), (5, 16)),
    ("Transformer", dict(d_model=16, nhead=4), (7, 2, 16), (5, 16)),
    ("Transformer", dict(d_model=16, nhead=4), (7, 16), (5, 2, 16)),
    ("Transformer", dict(d_model=16, nhead=4), (3, 7, 2, 16), (3, 5, 2, 16)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4), (5, 2, 16), (7, 2, 16)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4), (5, 2, 16), (7, 2, 12)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4), (5, 2, 12), (7, 2, 16)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4), (5, 2, 16), (7, 3, 16)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4, batch_first=True), (2, 5, 16), (2, 7, 16)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4, batch_first=True), (2, 5, 16), (3, 7, 16)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4), (5, 16), (7, 16)),
    ("TransformerDecoderLayer", dict(d_model=16, nhead=4), (5, 16), (7, 2, 16)),
]
pytestmark = pytest.mark.filterwarnings("ignore:enable_nested_tensor")
RULES = {"Transformer": Transformer, "TransformerDecoderLayer": TransformerDecoderLayer}


def torch_outcome(name, kwargs, first, second):
    small = dict(num_encoder_layers=1, num_decoder_layers=1) if name == "Transformer" else {}
    layer = getattr(nn, name)(dim_feedforward=32, **small, **kwargs).eval()
    try:
        with torch.no_grad():
            return list(layer(torch.randn(first), torch.randn(second)).shape)
    except (RuntimeError, AssertionError, IndexError):
        return "error"


def seqlint_outcome(name, kwargs, first, second):
    rule = RULES[name](name, bind(RULES[name].signature, [], kwargs))
    try:
        out = rule.attend(Tensor(first), Tensor(second), Context())
    except ShapeError:
        return "error"
    return None if out.shape is None else list(out.shape)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[2]}-{c[3]}")
def test_two_sequences_agree_with_torch(case):
    mine = seqlint_outcome(*case)
    assert mine is not None
    assert mine == torch_outcome(*case)


TRANSLATION = """
class Translation(nn.Module):
    def __init__(self):
        super().__init__()
        self.src_emb = nn.Embedding(30, {emb})
        self.tgt_emb = nn.Embedding(30, {emb})
        self.transformer = nn.Transformer(d_model=16, nhead=4, num_encoder_layers=1, num_decoder_layers=1,
                                          dim_feedforward=32)
        self.out = nn.Linear(16, 30)

    def forward(self, src, tgt):
        s = self.src_emb(src)
        t = self.tgt_emb(tgt)
        mask = nn.Transformer.generate_square_subsequent_mask(tgt.size(0))
        return self.out(self.transformer(s, t, tgt_mask=mask))


model = Translation()
print(model(torch.randint(0, 30, (9, 2)), torch.randint(0, 30, ({tgt}, {batch}))).shape)
"""


@pytest.mark.parametrize("emb, tgt, batch, bug", [(16, 6, 2, False), (12, 6, 2, True), (16, 6, 3, True)])
def test_a_transformer_called_with_src_and_tgt_in_forward(emb, tgt, batch, bug):
    agree(TRANSLATION.format(emb=emb, tgt=tgt, batch=batch), bug)


DECODER = """
class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = nn.TransformerDecoderLayer(16, 4, dim_feedforward=32, batch_first=True)
        self.memory = nn.Linear(8, {width})

    def forward(self, tgt, feats):
        memory = self.memory(feats)
        return self.layer(tgt, memory, tgt_is_causal=False)


Decoder()(torch.randn(2, 5, 16), torch.randn(2, 7, 8))
"""


@pytest.mark.parametrize("width, bug", [(16, False), (12, True)])
def test_a_decoder_layer_called_with_tgt_and_memory(width, bug):
    agree(DECODER.format(width=width), bug)


ENCODER = """
class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 16)
        self.encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 4, dim_feedforward=32,
                                                                        batch_first=True), 1)
        self.head = nn.Linear({width}, 2)

    def forward(self, ids):
        pad = ids == 0
        h = self.encoder(self.emb(ids), src_key_padding_mask=pad)
        return self.head(h[:, 0])


Encoder()(torch.randint(1, 40, (3, 6)))
"""


@pytest.mark.parametrize("width, bug", [(16, False), (8, True)])
def test_an_encoder_given_a_padding_mask(width, bug):
    agree(ENCODER.format(width=width), bug)
