"""Modules that cannot be a step of a Sequential: torch raises when the model reaches them.
Some are checked where a forward calls them with all their inputs: MultiheadAttention
(query, key, value), Transformer (src, tgt), TransformerDecoderLayer (tgt, memory).

A Sequential passes each step one tensor: modules whose forward needs several inputs
(losses, attention, Bilinear, distances) raise a TypeError, and containers with no forward
of their own (ModuleList, ModuleDict) a NotImplementedError.
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, bind
from seqlint.shapes import expr
from seqlint.shapes.values import UNKNOWN_TENSOR, Tensor, TupleValue

# torch.nn classes whose forward takes more than one required input (torch 2.13); Transformer
# and TransformerDecoderLayer have rules of their own below (their checks in a forward).
SEVERAL_INPUTS = (
    "AdaptiveLogSoftmaxWithLoss", "BCELoss", "BCEWithLogitsLoss", "Bilinear", "CTCLoss",
    "CosineEmbeddingLoss", "CosineSimilarity", "CrossEntropyLoss", "GaussianNLLLoss",
    "HingeEmbeddingLoss", "HuberLoss", "KLDivLoss", "L1Loss", "LinearCrossEntropyLoss", "MSELoss",
    "MarginRankingLoss", "MaxUnpool1d", "MaxUnpool2d", "MaxUnpool3d", "MultiLabelMarginLoss",
    "MultiLabelSoftMarginLoss", "MultiMarginLoss", "NLLLoss", "NLLLoss2d",
    "PairwiseDistance", "PoissonNLLLoss", "SmoothL1Loss", "SoftMarginLoss",
    "TransformerDecoder", "TripletMarginLoss",
    "TripletMarginWithDistanceLoss",
)


class SeveralInputs(Layer):
    checks_summary = "reported (SEQ108): its forward takes several inputs"
    names = SEVERAL_INPUTS
    # Their constructors differ; what matters here is only that forward needs more.
    signature = "*args, **kwargs"

    def forward(self, x, ctx):
        raise ShapeError(checks.InvalidInput, self.type_name,
                         "its forward takes several inputs, but a Sequential passes one tensor")


class MultiheadAttention(SeveralInputs):
    """Attention takes query, key and value; its constructor checks the heads."""

    checks_summary = "reported (SEQ108): its forward takes query, key and value; embed_dim divisible by num_heads"
    names = ("MultiheadAttention",)
    signature = ("embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, "
                 "kdim=None, vdim=None, batch_first=False, device=None, dtype=None")

    def validate(self):
        dim, heads = self.arg("embed_dim"), self.arg("num_heads")
        if isinstance(dim, int) and isinstance(heads, int) and not isinstance(heads, bool):
            if dim <= 0 or heads <= 0:
                raise self.invalid("embed_dim" if dim <= 0 else "num_heads",
                                   f"embed_dim and num_heads must be greater than 0, got embed_dim={dim} "
                                   f"and num_heads={heads}")
            if dim % heads:
                raise self.invalid("num_heads", f"embed_dim ({dim}) must be divisible by num_heads ({heads})")

    def attend(self, query: Tensor, key: Tensor, value: Tensor, ctx, need_weights=True, average=True) -> TupleValue:
        """``attn(query, key, value)`` in a forward: the checks of torch's
        multi_head_attention_forward on the shapes, and (output, weights)."""
        q, k, v = query.shape, key.shape, value.shape
        if len(q) not in (2, 3):
            raise self._error(f"query should be unbatched 2D or batched 3D, but it is {ctx.render(query)}")
        if len(k) != len(q) or len(v) != len(q):
            raise self._error(f"for a {len(q)}-D query, key and value must be {len(q)}-D too, but they are "
                              f"{ctx.render(key)} and {ctx.render(value)}")
        if self.flag("batch_first") is None:
            return TupleValue((UNKNOWN_TENSOR, UNKNOWN_TENSOR), self.type_name)
        batched = len(q) == 3
        first = batched and self.flag("batch_first")

        def split(shape):  # (length, batch, features), batch None when unbatched
            if not batched:
                return shape[0], None, shape[1]
            return (shape[1], shape[0], shape[2]) if first else shape

        (tgt, batch, dim), (src, key_batch, key_dim), (vsrc, value_batch, value_dim) = split(q), split(k), split(v)
        embed = self.dim("embed_dim")
        if ctx.same(dim, embed) is False:
            raise self._error(f"was expecting embedding dimension of {expr.render(ctx.resolve(embed))}, "
                              f"but query {ctx.render(query)} has {expr.render(ctx.resolve(dim))}")
        kdim = self.dim("kdim") if self.arg("kdim") is not None else embed
        vdim = self.dim("vdim") if self.arg("vdim") is not None else embed
        separate = self.arg("kdim") is not None or self.arg("vdim") is not None
        if separate and (ctx.same(kdim, embed) is not True or ctx.same(vdim, embed) is not True):
            pairs = [(src, vsrc), (key_batch, value_batch)]
        else:
            pairs = [(src, vsrc), (key_batch, value_batch), (key_dim, value_dim)]
        if any(a is not None and ctx.same(a, b) is False for a, b in pairs):
            raise self._error(f"key {ctx.render(key)} does not match value {ctx.render(value)}")
        for tensor, have, want in ((key, key_dim, kdim), (value, value_dim, vdim)):
            if ctx.same(have, want) is False:
                name = "key" if tensor is key else "value"
                raise self._error(f"its {name} projection takes {expr.render(ctx.resolve(want))} features, "
                                  f"but {name} {ctx.render(tensor)} has {expr.render(ctx.resolve(have))}")
        if batched and ctx.same(key_batch, batch) is False:
            raise self._error(f"query {ctx.render(query)} and key {ctx.render(key)} have different batch sizes")
        output = query.with_shape(q[:-1] + (embed,))
        if not need_weights:
            return TupleValue((output, UNKNOWN_TENSOR), self.type_name)
        heads = () if average else (self.dim("num_heads"),)
        weights = query.with_shape(((batch,) if batched else ()) + heads + (tgt, src))
        return TupleValue((output, weights), self.type_name)

    def _error(self, why: str) -> ShapeError:
        return ShapeError(checks.InvalidInput, self.type_name, why)


class _TwoSequences(SeveralInputs):
    """A module of attention blocks fed two sequences; its attention is MultiheadAttention's."""

    names = ()  # a base: the rules below name their classes

    def validate(self):
        d_model, heads = self.arg("d_model"), self.arg("nhead")
        if isinstance(d_model, int) and isinstance(heads, int) and heads > 0 and d_model % heads:
            raise self.invalid("nhead", f"embed_dim ({d_model}) must be divisible by num_heads ({heads})")

    def attention(self) -> MultiheadAttention:
        """The attention of its blocks: d_model wide, laid out as its batch_first says."""
        args = bind(MultiheadAttention.signature, [], {"embed_dim": self.arg("d_model"), "num_heads": self.arg("nhead"),
                                                       "batch_first": self.arg("batch_first")})
        return MultiheadAttention("MultiheadAttention", args)

    def cross(self, target, source, ctx):
        """Self-attention over ``target``, then ``target`` attending to ``source``: what each
        decoder block does (the feed-forward keeps the shape).  The output is target's shape."""
        attention = self.attention()
        try:
            attention.attend(target, target, target, ctx)
            out = attention.attend(target, source, source, ctx).items[0]
        except ShapeError as exc:  # torch raises inside the block's attention
            raise ShapeError(checks.InvalidInput, self.type_name, exc.args_[-1]) from None
        return out if out.shape is not None else UNKNOWN_TENSOR

    def _error(self, why: str) -> ShapeError:
        return ShapeError(checks.InvalidInput, self.type_name, why)


class Transformer(_TwoSequences):
    checks_summary = ("reported (SEQ108) in a Sequential; called with src and tgt: batch sizes, features against "
                      "d_model, the attention's checks")
    names = ("Transformer",)
    signature = ("d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, "
                 "dropout=0.1, activation='relu', custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, "
                 "batch_first=False, norm_first=False, bias=True, device=None, dtype=None")

    def attend(self, src, tgt, ctx, need_weights=True, average=True):
        """``transformer(src, tgt)``: torch's checks in Transformer.forward, then the
        encoder's self-attention and the decoder's; the output is tgt's shape."""
        if self.arg("custom_encoder") is not None or self.arg("custom_decoder") is not None:
            return UNKNOWN_TENSOR  # what runs is another module
        first = self.flag("batch_first")
        if first is None or len(tgt.shape) < 2 or len(src.shape) < 2:
            return UNKNOWN_TENSOR
        batch = 0 if first else 1
        if len(src.shape) == 3 and ctx.same(src.shape[batch], tgt.shape[batch]) is False:
            raise self._error("the batch number of src and tgt must be equal: "
                              f"src {ctx.render(src)}, tgt {ctx.render(tgt)}")
        d_model = self.dim("d_model")
        if ctx.same(src.shape[-1], d_model) is False or ctx.same(tgt.shape[-1], d_model) is False:
            raise self._error(f"the feature number of src and tgt must be equal to d_model "
                              f"({expr.render(d_model)}): src {ctx.render(src)}, tgt {ctx.render(tgt)}")
        attention = self.attention()
        try:
            attention.attend(src, src, src, ctx)  # the encoder
        except ShapeError as exc:
            raise ShapeError(checks.InvalidInput, self.type_name, exc.args_[-1]) from None
        return self.cross(tgt, src, ctx)


class TransformerDecoderLayer(_TwoSequences):
    checks_summary = ("reported (SEQ108) in a Sequential; called with tgt and memory: features against d_model, "
                      "the attention's checks")
    names = ("TransformerDecoderLayer",)
    signature = ("d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', layer_norm_eps=1e-05, "
                 "batch_first=False, norm_first=False, bias=True, device=None, dtype=None")

    def attend(self, tgt, memory, ctx, need_weights=True, average=True):
        """``layer(tgt, memory)``: self-attention over tgt, then attention to memory."""
        if self.flag("batch_first") is None:
            return UNKNOWN_TENSOR
        return self.cross(tgt, memory, ctx)


class NoForward(Layer):
    checks_summary = "reported (SEQ108): it has no forward of its own"
    # Container is deprecated; RNNBase and RNNCellBase are the bases of the RNNs and cells.
    names = ("ModuleList", "ModuleDict", "ParameterList", "ParameterDict", "Module", "Container", "RNNBase",
             "RNNCellBase")
    signature = "*args, **kwargs"  # their constructors are not what breaks

    def forward(self, x, ctx):
        raise ShapeError(checks.InvalidInput, self.type_name,
                         "has no forward of its own; call its modules in a module's forward instead")


EXAMPLES = [
    Example("nn.Linear(4, 3), nn.CrossEntropyLoss()", (2, 4)),
    Example("nn.Linear(4, 3), nn.MSELoss()", (2, 4)),
    Example("nn.Bilinear(4, 4, 2)", (2, 4)),
    Example("nn.MultiheadAttention(4, 2)", (3, 2, 4)),
    Example("nn.MultiheadAttention(100, 8)", (3, 2, 100)),
    Example("nn.MultiheadAttention(embed_dim=0, num_heads=2)", (3, 2, 4)),
    Example("nn.Linear(4, 3), nn.CosineSimilarity(dim=1)", (2, 4)),
    Example("nn.TransformerDecoderLayer(8, 2)", (3, 2, 8)),
    Example("nn.TransformerDecoderLayer(16, 4, batch_first=True)", (2, 5, 16)),
    Example("nn.Transformer(d_model=16, nhead=4, num_encoder_layers=1, num_decoder_layers=1)", (5, 2, 16)),
    Example("nn.Transformer(d_model=16, nhead=3)", (5, 2, 16)),
    Example("nn.Linear(4, 3), nn.NLLLoss()", None, error=True),
    Example("nn.Linear(4, 4), nn.ModuleList([nn.ReLU(), nn.Linear(4, 2)])", (2, 4)),
    Example("nn.ModuleDict({'act': nn.ReLU()})", (2, 4)),
    Example("nn.Linear(4, 4), nn.Module()", (2, 4)),
    Example("nn.Linear(4, 4), nn.Container()", (2, 4)),
    Example("nn.Linear(4, 4), nn.RNNBase('LSTM', 4, 4)", (2, 4)),
    Example("nn.RNNCellBase(4, 4, True, 1)", (2, 4)),
]
