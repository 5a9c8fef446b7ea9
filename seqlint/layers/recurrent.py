"""Recurrent layers: RNN, LSTM, GRU and their single-step cells.

RNN/GRU return ``(output, h_n)`` and LSTM ``(output, (h_n, c_n))``: a tuple, so in a
Sequential only ``Identity`` may follow one (the propagator reports any other layer).
torch checks most arguments when the layer is built (``RNNBase.__init__``); a non-bool
``bidirectional`` or ``num_layers`` only fails in forward, where torch's kernel rejects it.
"""

from __future__ import annotations

from numbers import Number

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN
from seqlint.shapes.values import TupleValue

# inspect.signature gives "*args, **kwargs"; these are the typed overloads torch declares
# (typing.get_overloads(nn.LSTM.__init__)[0]), which say how the arguments bind.
SIGNATURES = {
    "RNN": "input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, "
           "dropout=0.0, bidirectional=False, device=None, dtype=None",
    "LSTM": "input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, "
            "bidirectional=False, proj_size=0, device=None, dtype=None",
    "GRU": "input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, "
           "bidirectional=False, device=None, dtype=None",
}
CELL_SIGNATURES = {
    "RNNCell": "input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None",
    "LSTMCell": "input_size, hidden_size, bias=True, device=None, dtype=None",
    "GRUCell": "input_size, hidden_size, bias=True, device=None, dtype=None",
}
NONLINEARITIES = ("tanh", "relu")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _known(value) -> bool:
    return value is not UNKNOWN and not isinstance(value, expr.Expr)


class RNN(Layer):
    """RNN, LSTM, GRU over (L, H_in) unbatched, or (L, N, H_in) / (N, L, H_in) batched."""

    checks_summary = "rank, input_size, constructor arguments, dtype; the output is a tuple"
    names = tuple(SIGNATURES)
    ranks = (2, 3)
    batched_rank = 3
    returns_tuple = True

    @classmethod
    def signature_of(cls, type_name):
        return SIGNATURES[type_name]

    def validate(self):
        # In the order RNN.__init__ and RNNBase.__init__ check them.
        nonlinearity = self.args.get("nonlinearity", "tanh")
        if _known(nonlinearity) and nonlinearity not in NONLINEARITIES:
            raise self.invalid("nonlinearity", f"unknown nonlinearity {nonlinearity!r}; select 'tanh' or 'relu'")
        dropout = self.arg("dropout")
        if _known(dropout) and (not isinstance(dropout, Number) or isinstance(dropout, bool)
                                or not 0 <= dropout <= 1):
            raise self.invalid("dropout", f"dropout should be a number in range [0, 1], got {dropout!r}")
        for name in ("bias", "batch_first"):
            if _known(self.arg(name)) and not isinstance(self.arg(name), bool):
                raise self.invalid(name, f"{name} should be a bool, got {self.arg(name)!r}")
        for name in ("input_size", "hidden_size", "num_layers"):
            value = self.arg(name)
            if _known(value) and not isinstance(value, int):
                raise self.invalid(name, f"{name} should be an int, got {value!r}")
            if isinstance(value, int) and value <= 0:
                raise self.invalid(name, f"{name} must be greater than zero, got {value}")
        proj, hidden = self.args.get("proj_size", 0), self.arg("hidden_size")
        if _is_int(proj) and proj < 0:
            raise self.invalid("proj_size", f"proj_size should be a positive integer or zero, got {proj}")
        if _is_int(proj) and isinstance(hidden, int) and proj >= hidden:
            raise self.invalid("proj_size", f"proj_size ({proj}) has to be smaller than hidden_size ({hidden})")
        if proj is True:
            raise self.invalid("proj_size", "proj_size should be an int, got True")

    def forward(self, x, ctx):
        # torch's kernels take these as int and bool only: other values fail on the first call.
        for name, kind in (("bidirectional", bool), ("num_layers", int)):
            value = self.arg(name)
            if _known(value) and (not isinstance(value, kind) or (kind is int and isinstance(value, bool))):
                raise self.invalid(name, f"{name} should be {kind.__name__}, got {value!r}")
        self.expect_weight_dtype(x, ctx)
        ctx.expect(x.shape[-1], self.dim("input_size"), self, "input features", x, "input_size")

        batch_first = self.flag("batch_first")
        if x.rank == 2:
            length, batch = x.shape[0], None
        elif batch_first is None:
            length, batch = UNKNOWN, UNKNOWN
        else:
            length, batch = (x.shape[1], x.shape[0]) if batch_first else x.shape[:2]
        if ctx.resolve(length) == 0:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"expected sequence length to be larger than 0, input {ctx.render(x)}")

        directions = {True: 2, False: 1, None: UNKNOWN}[self.flag("bidirectional")]
        hidden = self.dim("hidden_size")
        proj = self.dim("proj_size") if self.type_name == "LSTM" else 0
        # A projection (proj_size > 0) replaces hidden_size in the output and h_n.
        out_size = (hidden if proj == 0 else proj) if isinstance(proj, int) else UNKNOWN
        layers = expr.mul(directions, self.dim("num_layers"))

        output = x.with_shape(x.shape[:-1] + (expr.mul(directions, out_size),))
        state = (layers,) if batch is None else (layers, batch)  # h_n is never batch-first
        h_n = x.with_shape(state + (out_size,))
        if self.type_name != "LSTM":
            return TupleValue((output, h_n), self.type_name)
        c_n = x.with_shape(state + (hidden,))
        return TupleValue((output, TupleValue((h_n, c_n), self.type_name)), self.type_name)

    def check_state(self, x, states: list, ctx) -> None:
        """The initial state given beside the input (``self.gru(x, h0)``, ``self.lstm(x, (h0,
        c0))``), checked as torch's check_forward_args does: its rank follows the input's, its
        shape is the h_n (and c_n) this input would give.  ``x`` was accepted by ``forward``."""
        if len(states) != (2 if self.type_name == "LSTM" else 1) or x.shape is None or \
                any(s.shape is None for s in states):
            return
        final = self.forward(x, ctx).items[1]  # h_n, or (h_n, c_n): what the state must look like
        expected = list(final.items) if self.type_name == "LSTM" else [final]
        batched = x.rank == 3
        for i, (state, wanted) in enumerate(zip(states, expected)):
            if state.rank != (3 if batched else 2):
                which = "hx and cx" if self.type_name == "LSTM" else "hx"
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"for {'batched 3-D' if batched else 'unbatched 2-D'} input, {which} should "
                                 f"also be {3 if batched else 2}-D, but the initial state {ctx.render(state)} is not")
            if any(ctx.same(a, b) is False for a, b in zip(state.shape, wanted.shape)):
                name = f"hidden[{i}]" if self.type_name == "LSTM" else "hidden"
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"expects its initial {name} to be {ctx.render(wanted)} for input "
                                 f"{ctx.render(x)}, but it is {ctx.render(state)}")


class RNNCell(Layer):
    """One time step: (N, input_size) or (input_size,) -> the next hidden state."""

    checks_summary = "rank, input_size, dtype; LSTMCell's output is a tuple"
    names = tuple(CELL_SIGNATURES)
    ranks = (1, 2)
    batched_rank = 2

    @classmethod
    def signature_of(cls, type_name):
        return CELL_SIGNATURES[type_name]

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.returns_tuple = type_name == "LSTMCell"

    def validate(self):
        for name in ("input_size", "hidden_size"):
            value = self.arg(name)  # sizes of the weights torch allocates
            if isinstance(value, float) or (_is_int(value) and value < 0):
                raise self.invalid(name, f"{name} must be a non-negative int, got {value!r}")

    def forward(self, x, ctx):
        nonlinearity = self.args.get("nonlinearity", "tanh")
        if _known(nonlinearity) and nonlinearity not in NONLINEARITIES:  # torch checks it per call
            raise self.invalid("nonlinearity", f"unknown nonlinearity {nonlinearity!r}; select 'tanh' or 'relu'")
        self.expect_weight_dtype(x, ctx)
        ctx.expect(x.shape[-1], self.dim("input_size"), self, "input features", x, "input_size")
        h = x.with_shape(x.shape[:-1] + (self.dim("hidden_size"),))
        return TupleValue((h, h), self.type_name) if self.type_name == "LSTMCell" else h


EXAMPLES = [
    # The result is a tuple: only Identity may follow in a Sequential.
    Example("nn.LSTM(10, 20)", (5, 3, 10)),
    Example("nn.LSTM(10, 20), nn.Identity()", (5, 3, 10)),
    Example("nn.LSTM(10, 20), nn.Linear(20, 2)", (5, 3, 10)),
    Example("nn.GRU(10, 20), nn.ReLU()", (5, 3, 10)),
    Example("nn.LSTM(10, 20), nn.Linear(20, 2)", None, error=True),
    Example("nn.LSTM(10, 20), nn.Identity()", None, error=False),
    Example("nn.RNN(10, 20, nonlinearity='gelu')", None, error=True),
    Example("nn.Linear(4, 10), nn.LSTM(10, 20)", None, error=False),
    Example("nn.Linear(4, 10), nn.LSTM(12, 20)", None, error=True),
    Example("nn.LSTM(10, 20)", (5, 10)),
    Example("nn.LSTM(10, 20)", (10,)),
    Example("nn.LSTM(10, 20)", (2, 5, 3, 10)),
    Example("nn.LSTM(10, 20)", (5, 3, 11)),
    Example("nn.LSTM(10, 20)", (5, 11)),
    Example("nn.LSTM(10, 20, batch_first=True)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, 2, bidirectional=True)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, 2, bidirectional=True, proj_size=5)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, 2, bidirectional=True, proj_size=5)", (5, 10)),
    Example("nn.LSTM(input_size=10, hidden_size=20, num_layers=2, batch_first=True, dropout=0.3)", (3, 5, 10)),
    Example("nn.LSTM(10, 20, proj_size=0)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, proj_size=20)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, proj_size=-1)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, proj_size=True)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, dropout=1.5)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, dropout=1)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, dropout=True)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, bias=0)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, batch_first=1)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, bidirectional=1)", (5, 3, 10)),
    Example("nn.LSTM(10, 0)", (5, 3, 10)),
    Example("nn.LSTM(0, 20)", (5, 3, 0)),
    Example("nn.LSTM(10, 20, 0)", (5, 3, 10)),
    Example("nn.LSTM(10.0, 20)", (5, 3, 10)),
    Example("nn.LSTM(10, 20, 2.0)", (5, 3, 10)),
    Example("nn.LSTM(10, 20)", (0, 3, 10)),
    Example("nn.LSTM(10, 20, batch_first=True)", (3, 0, 10)),
    Example("nn.LSTM(10, 20, batch_first=True)", (0, 3, 10)),
    Example("nn.RNN(10, 20)", (5, 3, 10)),
    Example("nn.RNN(10, 20, 2, 'relu')", (5, 3, 10)),
    Example("nn.RNN(10, 20, nonlinearity='relu', bidirectional=True)", (5, 10)),
    Example("nn.RNN(10, 20, nonlinearity='gelu')", (5, 3, 10)),
    Example("nn.RNN(10, 20, proj_size=5)", (5, 3, 10)),
    Example("nn.RNN(10, 20, num_layers=True)", (5, 3, 10)),
    Example("nn.RNN(10, 20)", (5, 3, 10, 1)),
    Example("nn.GRU(10, 20, 3, batch_first=True, bidirectional=True)", (4, 7, 10)),
    Example("nn.GRU(10, 20, 3, batch_first=True, bidirectional=True)", (7, 10)),
    Example("nn.GRU(10, 20, proj_size=5)", (5, 3, 10)),
    Example("nn.GRU(10, 20)", (5, 0, 10)),
    Example("nn.GRU(10, 20)", (0, 10)),
    # Cells: one step, a tensor out (a tuple for LSTMCell).
    Example("nn.RNNCell(10, 20)", (3, 10)),
    Example("nn.RNNCell(10, 20), nn.Linear(20, 2)", (3, 10)),
    Example("nn.RNNCell(10, 20)", (10,)),
    Example("nn.RNNCell(10, 20)", (3, 11)),
    Example("nn.RNNCell(10, 20)", (2, 3, 10)),
    Example("nn.RNNCell(10, 20)", ()),
    Example("nn.RNNCell(10, 20, nonlinearity='gelu')", (3, 10)),
    Example("nn.RNNCell(10, 20, True, 'relu')", (3, 10)),
    Example("nn.RNNCell(10, 0)", (3, 10)),
    Example("nn.RNNCell(-1, 20)", (3, 10)),
    Example("nn.LSTMCell(10, 20)", (3, 10)),
    Example("nn.LSTMCell(10, 20)", (10,)),
    Example("nn.LSTMCell(10, 20), nn.Linear(20, 2)", (3, 10)),
    Example("nn.LSTMCell(10, 20, bias=0)", (3, 10)),
    Example("nn.GRUCell(10, 20)", (3, 10)),
    Example("nn.GRUCell(10, 20)", (11,)),
    Example("nn.GRUCell(input_size=10, hidden_size=20)", (0, 10)),
    Example("nn.GRUCell(10, 20), nn.GRUCell(20, 5)", None, error=False),
    Example("nn.GRUCell(10, 20), nn.GRUCell(10, 5)", None, error=True),
    # dtypes: the weights are float32, and the input must be too.
    Example("nn.LSTM(4, 5)", (3, 2, 4), dtype="float64"),
    Example("nn.GRU(4, 5, batch_first=True)", (3, 2, 4), dtype="float16"),
    Example("nn.RNN(4, 5)", (3, 2, 4), dtype="int64"),
    Example("nn.LSTM(4, 5, dtype=torch.float64)", (3, 2, 4), dtype="float64"),
    Example("nn.GRUCell(4, 5)", (3, 4), dtype="float64"),
    Example("nn.Embedding(10, 4), nn.LSTM(4, 5)", (3, 2), dtype="int64"),
]
