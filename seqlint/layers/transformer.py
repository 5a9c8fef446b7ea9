"""TransformerEncoderLayer: self-attention over (S, E), (S, N, E) or, batch_first, (N, S, E)."""

from __future__ import annotations

from seqlint.layers.base import Example, Layer


class TransformerEncoderLayer(Layer):
    checks_summary = "rank, features against d_model, d_model divisible by nhead, dtype"
    names = ("TransformerEncoderLayer",)
    # torch's default activation is the function F.relu; "relu" stands for it here.
    signature = ("d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', "
                 "layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True, device=None, dtype=None")
    ranks = (2, 3)
    batched_rank = 3

    def validate(self):
        d_model, heads = self.arg("d_model"), self.arg("nhead")
        if isinstance(d_model, int) and isinstance(heads, int) and heads > 0 and d_model % heads:
            raise self.invalid("nhead", f"d_model ({d_model}) must be divisible by nhead ({heads})")

    def forward(self, x, ctx):
        self.expect_weight_dtype(x, ctx)
        ctx.expect(x.shape[-1], self.dim("d_model"), self, "features (d_model)", x)
        return x


EXAMPLES = [
    Example("nn.TransformerEncoderLayer(16, 4)", (5, 2, 16)),
    Example("nn.TransformerEncoderLayer(d_model=16, nhead=4, batch_first=True)", (2, 5, 16)),
    Example("nn.TransformerEncoderLayer(16, 4)", (5, 16)),
    Example("nn.TransformerEncoderLayer(16, 4)", (5, 2, 12)),
    Example("nn.TransformerEncoderLayer(16, 3)", (5, 2, 16)),
    Example("nn.TransformerEncoderLayer(16, 4)", (2, 5, 2, 16)),
    Example("nn.TransformerEncoderLayer(16, 4)", (5, 2, 16), dtype="float64"),
    Example("nn.Embedding(100, 32), nn.TransformerEncoderLayer(32, 4, batch_first=True), nn.Linear(32, 2)",
            (2, 7), dtype="int64"),
    Example("nn.Embedding(100, 32), nn.TransformerEncoderLayer(64, 4, batch_first=True)", (2, 7), dtype="int64"),
    # TransformerEncoder runs the layer written in its call (then its norm): read as nested.
    Example("nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 4), 2)", (5, 2, 16)),
    Example("nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 4), num_layers=3, norm=nn.LayerNorm(16))",
            (5, 2, 16)),
    Example("nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 4), 2)", (5, 2, 12)),
    Example("nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 4), 2, norm=nn.LayerNorm(8))", (5, 2, 16)),
    Example("nn.Linear(8, 16), nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 3), 2)", (5, 2, 8)),
    Example("nn.DataParallel(nn.Linear(8, 4)), nn.ReLU()", (3, 8)),
    Example("nn.DataParallel(nn.Linear(8, 4))", (3, 6)),
]
