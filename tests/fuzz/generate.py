"""Random ``nn.Sequential`` programs, run under torch and through seqlint, compared.

A program is a chain of 1-6 layers written the way users write them (each layer on its own
line, so "the layer torch fails in" is a line), fed a dummy tensor.  Generation tracks the
shape a careful author would have in mind, so most chains are coherent; with some
probability one layer carries a typical mistake (a stale shape, a wrong size, a bad
argument).  Torch is the truth: whatever the generator intended, ``compare_source`` asks torch what
happens, and seqlint must agree.

Draws go through a ``Chooser`` so the same generator serves hypothesis (``programs()``) and
a plain seeded ``random.Random`` (the command line)::

    python -m tests.fuzz.generate --examples 2000 --seed 1
"""

from __future__ import annotations

import argparse
import math
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

FILENAME = "fuzz_program.py"


# --- draws ----------------------------------------------------------------------------------

class Chooser:
    """The draws the generator makes, over a seeded Random or a hypothesis ``draw``."""

    def __init__(self, rng: random.Random | None = None, draw=None):
        self.rng, self.draw = rng, draw

    def integer(self, lo: int, hi: int) -> int:
        if self.draw is not None:
            from hypothesis import strategies as st
            return self.draw(st.integers(lo, hi))
        return self.rng.randint(lo, hi)

    def choice(self, items):
        items = list(items)
        return items[self.integer(0, len(items) - 1)]

    def chance(self, p: float) -> bool:
        # The top of the range: hypothesis favours (and shrinks towards) small integers, so
        # a shrunk draw says "no".
        return self.integer(0, 999) >= 1000 - p * 1000

    def weighted(self, pairs):
        """One item of ``[(weight, item), ...]`` (weights > 0)."""
        scaled = [(max(1, round(w * 100)), item) for w, item in pairs]
        pick = self.integer(0, sum(w for w, _ in scaled) - 1)
        for w, item in scaled:
            if pick < w:
                return item
            pick -= w
        raise AssertionError("unreachable")


# --- values and layer calls -----------------------------------------------------------------

@dataclass(frozen=True)
class Size:
    """A size argument (features, channels): may be written as a product or a named constant."""

    value: int
    factors: tuple[int, ...] = ()  # how the author computed it, e.g. (32, 8, 8)


# Positional order of the arguments the generator passes (torch 2.13's signatures).
SIGNATURES = {
    "Linear": ("in_features", "out_features", "bias"),
    "Conv1d": ("in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups",
               "bias", "padding_mode"),
    "ConvTranspose2d": ("in_channels", "out_channels", "kernel_size", "stride", "padding", "output_padding",
                        "groups", "bias", "dilation"),
    "MaxPool1d": ("kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"),
    "AvgPool1d": ("kernel_size", "stride", "padding", "ceil_mode", "count_include_pad"),
    "AdaptiveAvgPool2d": ("output_size",),
    "BatchNorm1d": ("num_features", "eps", "momentum", "affine", "track_running_stats"),
    "LayerNorm": ("normalized_shape", "eps", "elementwise_affine", "bias"),
    "GroupNorm": ("num_groups", "num_channels", "eps", "affine"),
    "Dropout": ("p", "inplace"),
    "ReLU": ("inplace",),
    "GELU": ("approximate",),
    "Tanh": (),
    "Softmax": ("dim",),
    "Flatten": ("start_dim", "end_dim"),
    "Unflatten": ("dim", "unflattened_size"),
    "Embedding": ("num_embeddings", "embedding_dim", "padding_idx", "max_norm"),
    "LSTM": ("input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional",
             "proj_size"),
    "GRU": ("input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional"),
    "Upsample": ("size", "scale_factor", "mode", "align_corners", "recompute_scale_factor"),
    "ZeroPad2d": ("padding",),
    "PixelShuffle": ("upscale_factor",),
}
for _n in (2, 3):
    SIGNATURES[f"Conv{_n}d"] = SIGNATURES["Conv1d"]
for _kind in ("Max", "Avg"):
    SIGNATURES[f"{_kind}Pool2d"] = SIGNATURES[f"{_kind}Pool1d"]
SIGNATURES["BatchNorm2d"] = SIGNATURES["BatchNorm1d"]


@dataclass
class Call:
    """A layer constructor call: the type and the arguments passed, by parameter name."""

    name: str
    args: dict = field(default_factory=dict)

    def ordered(self):
        order = SIGNATURES[self.name]
        return sorted(self.args.items(), key=lambda kv: order.index(kv[0]))

    def positional_limit(self) -> int:
        """How many leading arguments may be written positionally."""
        order, n = SIGNATURES[self.name], 0
        for (name, _), expected in zip(self.ordered(), order):
            if name != expected:
                break
            n += 1
        return n


# --- shape tracking -------------------------------------------------------------------------

@dataclass(frozen=True)
class State:
    """What the author believes flows between layers."""

    shape: tuple[int, ...]
    kind: str  # image, seq (N, C, L), vol, vec, tokens, series (N, L, F)
    dtype: str = "float"
    factors: tuple[int, ...] = ()  # how shape[-1] was formed (by Flatten / a product)
    vocab: int = 0  # for token ids: the dummy input draws from range(vocab)

    def to(self, shape, kind=None, factors=()) -> "State":
        """The state after a layer that outputs ``shape`` (float, whatever came in)."""
        return replace(self, shape=tuple(shape), kind=kind or self.kind, factors=tuple(factors), dtype="float")


def conv_len(size, k, s=1, p=0, d=1):
    return (size + 2 * p - d * (k - 1) - 1) // s + 1


def pool_len(size, k, s, p, d, ceil):
    span = size + 2 * p - d * (k - 1) - 1
    if not ceil:
        return span // s + 1
    out = -(-span // s) + 1
    if (out - 1) * s >= size + p:  # the last window must start inside the input (or left padding)
        out -= 1
    return out


def spatial(c: Chooser, values):
    """An int when all dims agree (mostly), else a tuple."""
    values = tuple(values)
    if len(set(values)) == 1 and c.chance(0.75):
        return values[0]
    return values


def per_dim(value, n):
    return value if isinstance(value, tuple) else (value,) * n


def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


# --- layer builders: (chooser, state, mistake) -> (Call, State) or None ---------------------
# A builder returns None when it does not apply; ``mistake`` asks for its typical error.

def b_linear(c, st, mistake):
    if not st.shape:
        return None
    fin = Size(st.shape[-1], st.factors if len(st.factors) > 1 else ())
    if mistake:
        if fin.factors and c.chance(0.6):  # a factor computed for another spatial size
            i = c.integer(0, len(fin.factors) - 1)
            f = list(fin.factors)
            f[i] = c.choice([f[i] * 2, max(1, f[i] // 2), f[i] + 1, f[i] - 1 if f[i] > 1 else 3])
            fin = Size(math.prod(f), tuple(f))
        else:
            fin = Size(max(1, fin.value + c.choice([-1, 1, fin.value, 7])))
    factors = ()
    if c.chance(0.12):  # an image-shaped output for an Unflatten to follow
        factors = (c.choice([4, 8, 16]), c.choice([2, 4, 7]), c.choice([2, 4, 7]))
        factors = factors[:1] + (factors[1], factors[1]) if c.chance(0.7) else factors
        fout = Size(math.prod(factors), factors)
    else:
        fout = Size(c.choice([1, 2, 4, 10, 16, 32, 64, 100, 128]))
    args = {"in_features": fin, "out_features": fout}
    if c.chance(0.15):
        args["bias"] = c.choice([True, False])
    return Call("Linear", args), st.to(st.shape[:-1] + (fout.value,), factors=factors)


def b_conv(n):
    def build(c, st, mistake):
        if len(st.shape) not in (n + 1, n + 2):
            return None
        cin, dims = st.shape[-n - 1], st.shape[-n:]
        cout = c.choice([2, 4, 8] if n == 3 else [4, 8, 16, 32, 64])
        groups = 1
        if c.chance(0.1):
            common = [g for g in (2, 4, cin) if g > 0 and cin % g == 0 and cout % g == 0]
            groups = c.choice(common) if common else 1
        stride = c.weighted([(6, 1), (3, 2), (0.5, 3)])
        dilation = c.weighted([(10, 1), (1, 2), (0.3, 3)])
        pad_kind = c.choice(["int", "int", "zero", "same", "valid", "tuple", "other"])
        if pad_kind == "same" and stride != 1 and c.chance(0.9):
            pad_kind = "int"
        fit = c.chance(0.9)  # a careful author picks kernels that fit
        kernel = []
        for size in dims:
            k = c.weighted([(2, 1), (6, 3), (2, 5), (1, 7), (1, 2), (0.5, 4)])
            pad = {"int": k // 2, "tuple": k // 2}.get(pad_kind, 0)
            while fit and k > 1 and dilation * (k - 1) + 1 > size + 2 * pad:
                k -= 1
            kernel.append(k)
        kernel = tuple(kernel)
        if pad_kind == "int":
            padding = min(k // 2 for k in kernel)
        elif pad_kind == "zero":
            padding = 0
        elif pad_kind == "other":
            padding = c.choice([1, 2, 3])
        elif pad_kind == "tuple":
            padding = tuple(k // 2 for k in kernel)
        else:
            padding = pad_kind
        if mistake:
            what = c.choice(["channels", "channels", "kernel", "groups"])
            if what == "channels":
                cin = c.choice([x for x in (1, 3, cin * 2, cin + 1, max(1, cin // 2)) if x != cin])
            elif what == "kernel":
                kernel = tuple(size + 2 * (padding if isinstance(padding, int) else 0) + c.integer(1, 3)
                               for size in dims)
            else:
                groups = c.choice([g for g in (2, 3, 4) if cin % g or cout % g] or [3])
        args = {"in_channels": Size(cin), "out_channels": Size(cout), "kernel_size": spatial(c, kernel)}
        if stride != 1 or c.chance(0.1):
            args["stride"] = stride if c.chance(0.8) else (stride,) * n
        if padding != 0 or c.chance(0.1):
            args["padding"] = padding
        if dilation != 1:
            args["dilation"] = dilation
        if groups != 1:
            args["groups"] = groups
        if c.chance(0.1):
            args["bias"] = False
        if padding != 0 and c.chance(0.12):
            args["padding_mode"] = c.choice(["reflect", "replicate", "circular"])
        if padding == "same":
            out = dims
        else:
            pads = per_dim(padding, n) if padding != "valid" else (0,) * n
            out = tuple(conv_len(size, k, stride, p, dilation) for size, k, p in zip(dims, kernel, pads))
        return Call(f"Conv{n}d", args), st.to(st.shape[:-n - 1] + (cout,) + out)
    return build


def b_conv_transpose(c, st, mistake):
    if len(st.shape) not in (3, 4):
        return None
    cin, dims = st.shape[-3], st.shape[-2:]
    cout = c.choice([1, 3, 8, 16, 32])
    k = c.choice([1, 2, 3, 3, 4, 5])
    s = c.choice([1, 2, 2, 3])
    d = c.weighted([(8, 1), (1, 2)])
    p = c.choice([0, 0, 1, 2])
    op = c.choice([0, 0, 1, 2]) if max(s, d) > 1 else 0
    op = min(op, max(s, d) - 1)
    groups = 1
    if c.chance(0.08):
        groups = c.choice([g for g in (2, 4) if cin % g == 0 and cout % g == 0] or [1])
    if mistake:
        if c.chance(0.7):
            cin = c.choice([x for x in (1, 3, cin * 2, cin + 1) if x != cin])
        else:
            op = max(s, d)  # output_padding must be smaller than stride or dilation
    args = {"in_channels": Size(cin), "out_channels": Size(cout), "kernel_size": k}
    if s != 1:
        args["stride"] = s
    if p:
        args["padding"] = p
    if op:
        args["output_padding"] = op
    if groups != 1:
        args["groups"] = groups
    if d != 1:
        args["dilation"] = d
    out = tuple((size - 1) * s - 2 * p + d * (k - 1) + op + 1 for size in dims)
    return Call("ConvTranspose2d", args), st.to(st.shape[:-3] + (cout,) + out)


def b_pool(kind, n):
    def build(c, st, mistake):
        if len(st.shape) not in (n + 1, n + 2):
            return None
        dims = st.shape[-n:]
        k = c.weighted([(6, 2), (4, 3), (1, 4), (1, 5), (0.5, 1)])
        if c.chance(0.9):
            k = min(k, max(1, min(dims)))
        stride = c.weighted([(6, None), (1, 1), (2, 2), (0.5, 3), (1, k)])
        padding = c.choice([0, 0, 0, k // 2])
        ceil = c.chance(0.25)
        dilation = c.weighted([(20, 1), (1, 2), (0.3, 3)]) if kind == "Max" else 1
        if mistake:
            if c.chance(0.5):
                padding = k // 2 + 1  # more than half the kernel
            else:
                k = min(dims) + 2 * padding + c.integer(1, 3)
        s = stride or k
        out = tuple(pool_len(size, k, s, padding, dilation, ceil) for size in dims)
        args = {"kernel_size": spatial(c, (k,) * n) if n > 1 else k}
        if stride is not None:
            args["stride"] = stride
        if padding:
            args["padding"] = padding
        if dilation != 1:
            args["dilation"] = dilation
        if ceil:
            args["ceil_mode"] = True
        if kind == "Avg" and c.chance(0.1):
            args["count_include_pad"] = False
        indices = kind == "Max" and c.chance(0.04)
        if indices:
            args["return_indices"] = True
        return Call(f"{kind}Pool{n}d", args), st.to(st.shape[:-n] + out)
    return build


def b_adaptive(c, st, mistake):
    if len(st.shape) not in (3, 4) and not mistake:
        return None
    if len(st.shape) < 2:
        return None
    size = c.choice([1, 1, 2, 4, 7])
    out_arg = c.choice([size, (size, size), (None, size)])
    out = tuple(st.shape[-2 + i] if v is None else v for i, v in enumerate(per_dim(out_arg, 2)))
    return Call("AdaptiveAvgPool2d", {"output_size": out_arg}), st.to(st.shape[:-2] + out)


def b_batchnorm(n):
    ranks = (2, 3) if n == 1 else (4,)

    def build(c, st, mistake):
        if len(st.shape) not in ranks or st.kind == "series":
            return None
        features = st.shape[1]
        if mistake:
            features = c.choice([x for x in (features * 2, features + 1, 3, 64) if x != features])
        args = {"num_features": Size(features)}
        if c.chance(0.1):
            args["momentum"] = c.choice([0.01, 0.1, None])
        if c.chance(0.05):
            args["eps"] = 1e-3
        if c.chance(0.05):
            args["affine"] = False
        if c.chance(0.07):
            args["track_running_stats"] = False
        return Call(f"BatchNorm{n}d", args), st
    return build


def b_layernorm(c, st, mistake):
    if not st.shape:
        return None
    count = 2 if len(st.shape) >= 3 and c.chance(0.25) else 1
    dims = st.shape[-count:]
    if mistake:
        dims = dims[:-1] + (dims[-1] + c.choice([1, -1 if dims[-1] > 1 else 2, dims[-1]]),)
    arg = Size(dims[0]) if count == 1 and c.chance(0.8) else c.choice([tuple, list])(dims)
    args = {"normalized_shape": arg}
    if c.chance(0.08):
        args["elementwise_affine"] = False
    if c.chance(0.05):
        args["eps"] = 1e-6
    return Call("LayerNorm", args), st


def b_groupnorm(c, st, mistake):
    if len(st.shape) < 2:
        return None
    channels = st.shape[1]
    if channels <= 0:
        return None
    groups = c.choice(divisors(channels)[-3:])
    if mistake:
        if c.chance(0.5):
            groups = c.choice([g for g in (3, 5, channels + 1) if channels % g] or [channels + 1])
        else:
            channels = channels * 2
    args = {"num_groups": groups, "num_channels": Size(channels)}
    if c.chance(0.08):
        args["affine"] = False
    return Call("GroupNorm", args), st


def b_dropout(c, st, mistake):
    p = c.choice([0.1, 0.2, 0.25, 0.5]) if not mistake else c.choice([1.5, -0.1])
    args = {"p": p} if c.chance(0.8) or mistake else {}
    return Call("Dropout", args), st


def b_activation(c, st, mistake):
    name = c.choice(["ReLU", "ReLU", "GELU", "Tanh"])
    args = {}
    if name == "ReLU" and c.chance(0.3):
        args["inplace"] = True
    if name == "GELU" and c.chance(0.2):
        args["approximate"] = "tanh" if not mistake else "fast"
    return Call(name, args), st


def b_softmax(c, st, mistake):
    rank = len(st.shape)
    if c.chance(0.08) and not mistake:
        return Call("Softmax", {}), st  # dim=None: torch picks one (with a warning)
    dim = c.choice([-1, -1, 1 if rank > 1 else 0, rank - 1]) if not mistake else c.choice([rank, -rank - 1])
    return Call("Softmax", {"dim": dim}), st


def b_flatten(c, st, mistake):
    rank = len(st.shape)
    if rank < 2 and not mistake:
        return None
    start, end = 1, -1
    if c.chance(0.2) and rank >= 3:
        start, end = c.choice([(1, 2), (0, -1), (2, -1), (-2, -1), (0, 1), (-3, -2), (1, -2)])
    if mistake:
        start, end = c.choice([(2, 1), (rank, -1), (1, -1)])
    args = {}
    if (start, end) != (1, -1) or c.chance(0.1):
        args = {"start_dim": start, "end_dim": end} if end != -1 or c.chance(0.3) else {"start_dim": start}
    lo, hi = start % rank if rank else 0, end % rank if rank else 0
    if rank == 0 or lo > hi:
        return Call("Flatten", args), st.to(st.shape)
    merged = st.shape[lo:hi + 1]
    shape = st.shape[:lo] + (math.prod(merged),) + st.shape[hi + 1:]
    kind = {2: "vec", 3: "series"}.get(len(shape), st.kind)
    return Call("Flatten", args), st.to(shape, kind=kind, factors=merged if hi == rank - 1 else ())


def b_unflatten(c, st, mistake):
    if not st.shape:
        return None
    rank = len(st.shape)
    dim = rank - 1 if len(st.factors) > 1 or rank < 3 or c.chance(0.8) else c.integer(1, rank - 2)
    size = st.shape[dim]
    if dim == rank - 1 and len(st.factors) > 1:
        sizes = st.factors
    else:
        split = [d for d in divisors(size) if 1 < d < size]
        if not split:
            return None
        a = c.choice(split)
        sizes = (a, size // a)
    if mistake:
        sizes = sizes[:-1] + (sizes[-1] + 1,)
    written = sizes
    if c.chance(0.15) and not mistake:
        i = c.integer(0, len(sizes) - 1)
        written = sizes[:i] + (-1,) + sizes[i + 1:]
    written = list(written) if c.chance(0.15) else written
    shape = st.shape[:dim] + tuple(sizes) + st.shape[dim + 1:]
    kind = {3: "seq", 4: "image", 5: "vol"}.get(len(shape), st.kind)
    arg_dim = c.choice([dim, dim - rank])
    return Call("Unflatten", {"dim": arg_dim, "unflattened_size": written}), st.to(shape, kind=kind)


def b_embedding(c, st, mistake):
    if st.dtype != "long" and not mistake:
        return None
    dim = c.choice([8, 16, 32, 64])
    num = st.vocab + c.choice([0, 0, 1, 100]) if st.dtype == "long" else c.choice([100, 1000])
    args = {"num_embeddings": Size(num), "embedding_dim": Size(dim)}
    if c.chance(0.1):
        args["padding_idx"] = c.choice([0, -1]) if not mistake else num
    if c.chance(0.05):
        args["max_norm"] = 1.0
    return Call("Embedding", args), st.to(st.shape + (dim,), kind="series")


def b_rnn(c, st, mistake):
    if len(st.shape) not in (2, 3):
        return None
    name = c.choice(["LSTM", "GRU"])
    fin = st.shape[-1]
    if mistake:
        fin = c.choice([x for x in (fin + 1, fin * 2, 1) if x != fin])
    hidden = c.choice([8, 16, 32])
    layers = c.choice([1, 1, 2, 3])
    bidir = c.chance(0.2)
    batch_first = c.chance(0.7)
    proj = c.choice([4, 2]) if name == "LSTM" and c.chance(0.08) else 0
    args = {"input_size": Size(fin), "hidden_size": Size(hidden)}
    if layers != 1:
        args["num_layers"] = layers
        if c.chance(0.3):
            args["dropout"] = 0.1
    if batch_first:
        args["batch_first"] = True
    if bidir:
        args["bidirectional"] = True
    if proj:
        args["proj_size"] = proj
    out = st.shape[:-1] + ((proj or hidden) * (2 if bidir else 1),)
    return Call(name, args), st.to(out, kind="series")


def b_upsample(c, st, mistake):
    rank = len(st.shape)
    if rank not in (3, 4, 5):
        return None
    n = rank - 2
    modes = {1: ["nearest", "linear"], 2: ["nearest", "bilinear", "bicubic"], 3: ["nearest", "trilinear"]}[n]
    mode = c.choice(modes + ["nearest"])
    if mistake:
        mode = c.choice({1: ["bilinear"], 2: ["linear", "trilinear"], 3: ["bilinear"]}[n])
    args = {}
    if c.chance(0.7):
        scale = c.weighted([(5, 2), (2, 2.0), (1, 3), (1, 0.5), (1, 1.5), (0.5, 0.3), (0.5, 2.5), (0.5, "tuple")])
        if scale == "tuple":
            scales = tuple(c.choice([1, 2, 1.5, 2.0]) for _ in range(n))
            args["scale_factor"] = scales
        else:
            scales = (scale,) * n
            args["scale_factor"] = scale
        out = tuple(int(size * float(f)) for size, f in zip(st.shape[2:], scales))
        if c.chance(0.1):
            args["recompute_scale_factor"] = True
    else:
        size = c.choice([8, 16, 32, 7])
        sizes = (size,) * n if c.chance(0.7) else tuple(c.choice([4, 8, 9]) for _ in range(n))
        args["size"] = sizes[0] if len(set(sizes)) == 1 and c.chance(0.7) else sizes
        out = sizes
    if mode != "nearest" or c.chance(0.2):
        args["mode"] = mode
    if (mode != "nearest" and c.chance(0.4)) or c.chance(0.03):
        args["align_corners"] = c.choice([True, False])
    return Call("Upsample", args), st.to(st.shape[:2] + out)


def b_zeropad(c, st, mistake):
    if len(st.shape) not in (3, 4):
        return None
    if c.chance(0.5):
        p = c.choice([1, 2])
        pads = (p, p, p, p)
        arg = p
    else:
        pads = tuple(c.choice([0, 1, 2, -1, -2, 3]) for _ in range(4))
        arg = pads
    h, w = st.shape[-2:]
    out = (h + pads[2] + pads[3], w + pads[0] + pads[1])
    return Call("ZeroPad2d", {"padding": arg}), st.to(st.shape[:-2] + out)


def b_pixelshuffle(c, st, mistake):
    if len(st.shape) < 3:
        return None
    channels = st.shape[-3]
    ok = [r for r in (2, 3) if channels % (r * r) == 0]
    if not ok and not mistake:
        return None
    r = c.choice(ok) if ok and not mistake else c.choice([r for r in (2, 3) if channels % (r * r)] or [5])
    out = st.shape[:-3] + (channels // (r * r), st.shape[-2] * r, st.shape[-1] * r)
    return Call("PixelShuffle", {"upscale_factor": r}), st.to(out)


# Weights of the layers natural to each kind of tensor (others only through a mistake).
NATURAL = {
    "image": [(5, b_conv(2)), (2, b_pool("Max", 2)), (1, b_pool("Avg", 2)), (1, b_adaptive), (2, b_batchnorm(2)),
              (0.7, b_groupnorm), (3, b_activation), (1, b_dropout), (2, b_flatten), (1, b_conv_transpose),
              (0.7, b_upsample), (0.6, b_zeropad), (0.6, b_pixelshuffle), (0.2, b_softmax), (0.2, b_layernorm)],
    "seq": [(5, b_conv(1)), (2, b_pool("Max", 1)), (1, b_pool("Avg", 1)), (2, b_batchnorm(1)), (0.5, b_groupnorm),
            (3, b_activation), (1, b_dropout), (2, b_flatten), (0.5, b_upsample), (0.5, b_linear),
            (0.3, b_layernorm), (0.2, b_rnn)],
    "vol": [(5, b_conv(3)), (2, b_activation), (2, b_flatten), (0.7, b_groupnorm), (0.5, b_upsample),
            (0.5, b_unflatten)],
    "vec": [(6, b_linear), (1.5, b_batchnorm(1)), (1, b_layernorm), (1, b_dropout), (3, b_activation),
            (0.8, b_softmax), (1, b_unflatten), (0.3, b_groupnorm)],
    "tokens": [(10, b_embedding)],
    "series": [(1.2, b_rnn), (3, b_linear), (2, b_layernorm), (1, b_dropout), (2, b_activation), (1, b_flatten),
               (0.5, b_softmax), (0.3, b_batchnorm(1))],
}
ANY = [b for pairs in NATURAL.values() for _, b in pairs]


# --- inputs ---------------------------------------------------------------------------------

def draw_input(c: Chooser) -> State:
    kind = c.weighted([(4, "image"), (2, "seq"), (0.7, "vol"), (3, "vec"), (1.2, "tokens"), (1.5, "series")])
    n = c.weighted([(2, 1), (3, 2), (2, 4), (1, 8), (0.5, 3)])
    unbatched = c.chance(0.12)
    if kind == "image":
        channels = c.choice([1, 3, 3, 4, 8])
        h = c.choice([8, 16, 28, 32, 5, 7, 12, 64, 9, 13, 15, 17, 31, 33, 3])
        w = h if c.chance(0.8) else c.choice([8, 10, 16, 20])
        shape = (channels, h, w)
    elif kind == "seq":
        shape = (c.choice([1, 2, 4, 8, 16]), c.choice([8, 16, 20, 50, 64, 100, 7, 11, 25, 3]))
    elif kind == "vol":
        shape = (c.choice([1, 2, 3]), c.choice([4, 6, 8, 5]), c.choice([4, 8, 12, 7]), c.choice([4, 8, 12, 9]))
    elif kind == "vec":
        shape = (c.choice([2, 4, 10, 16, 20, 32, 64, 128, 784]),)
    elif kind == "tokens":
        shape = (c.choice([1, 5, 10, 16]),)
    else:
        shape = (c.choice([1, 5, 10, 16]), c.choice([4, 8, 16, 32]))
    if not unbatched:
        shape = (n,) + shape
    if kind == "tokens":
        return State(shape=shape, kind=kind, dtype="long", vocab=c.choice([10, 100, 1000]))
    return State(shape=shape, kind=kind)


# --- programs -------------------------------------------------------------------------------

@dataclass
class Program:
    source: str
    layer_lines: list[int]  # the line of each layer
    model_line: int  # the line of the nn.Sequential( call
    layers: list[Call]
    input: State
    eval_mode: bool
    mistake: tuple | None  # (layer index, kind) when one was injected
    input_mode: str = "dummy"  # dummy, pragma or symbolic: what seqlint is told of the input


def draw_program(c: Chooser) -> Program:
    state = draw_input(c)
    start = state
    count = c.weighted([(1, 1), (2, 2), (3, 3), (3, 4), (2, 5), (1.5, 6)])
    mistake = None
    if c.chance(0.35):
        mistake = (c.integer(0, count - 1), c.weighted([(2, "arg"), (1.5, "stale"), (1, "noise"), (1, "any")]))
    history, layers = [state], []
    for i in range(count):
        kind = mistake[1] if mistake and mistake[0] == i else None
        if kind == "stale" and i >= 1:
            state = history[-2]  # the author forgot what the previous layer did to the shape
        built = None
        if kind == "any":  # a layer picked without regard to the tensor it gets
            for _ in range(10):
                built = c.choice(ANY)(c, state, True)
                if built:
                    break
        last = i == count - 1
        for _ in range(20):
            if built:
                break
            pairs = NATURAL[state.kind]
            if not last:  # an RNN's tuple output ends a chain; mostly put them last
                pairs = [(w * 0.2 if b is b_rnn else w, b) for w, b in pairs]
            builder = c.weighted(pairs)
            built = builder(c, state, kind == "arg")
        if not built:
            built = b_activation(c, state, False)
        call, state = built
        if kind == "noise":
            call = perturb(c, call)
        layers.append(call)
        history.append(state)
    eval_mode = c.chance(0.2)
    return render(c, start, layers, eval_mode, mistake)


def perturb(c: Chooser, call: Call) -> Call:
    """One int-valued argument changed a little: a typo or a stale number."""
    ints = [k for k, v in call.args.items() if isinstance(v, Size) or (isinstance(v, int) and not isinstance(v, bool))]
    if not ints:
        return call
    key = c.choice(ints)
    value = call.args[key]
    old = value.value if isinstance(value, Size) else value
    new = c.choice([old + 1, old - 1, old * 2, max(0, old // 2), 0, -1])
    args = dict(call.args)
    args[key] = Size(new) if isinstance(value, Size) else new
    return Call(call.name, args)


# --- rendering ------------------------------------------------------------------------------

CONSTANT_NAMES = ["hidden", "width", "channels", "features", "dim", "n_out"]


def render(c: Chooser, start: State, layers: list[Call], eval_mode: bool, mistake) -> Program:
    """Source text for the chain, in one of the ways users write it."""
    style = c.choice(["import_as", "from_torch", "bare", "bare", "full"])
    prefix = {"import_as": "nn.", "from_torch": "nn.", "bare": "", "full": "torch.nn."}[style]
    layout = c.weighted([(10, "args"), (1, "ordered_dict"), (0.7, "star_list"), (0.5, "star_var")])
    # dummy: a tensor passed in the same scope; pragma: "# seqlint: input=..." and the call in
    # a function; symbolic: the call in a function, so seqlint knows nothing of the input.
    input_mode = c.weighted([(10, "dummy"), (1, "pragma"), (1.3, "symbolic")])
    call_style = c.weighted([(6, "var"), (4, "direct"), (1, "immediate")])
    if layout == "star_var" or input_mode != "dummy":
        call_style = "var"
    eval_style = c.choice(["method", "method", "train_false", "chained"]) if eval_mode else \
        c.weighted([(20, None), (1, "after_call")])
    if call_style == "immediate" and eval_style:
        eval_style = "chained"
    dtype = {"float": "float32", "long": "int64"}[start.dtype]
    if c.chance(0.05):  # the input's dtype is not what the layers want
        dtype = c.choice(["float64", "float16", "int64"] if start.dtype == "float" else ["float32"])

    lines = ["import torch"]
    if style == "import_as":
        lines.append("import torch.nn as nn")
    elif style == "from_torch":
        lines.append("from torch import nn")
    elif style == "bare":
        names = sorted({call.name for call in layers} | {"Sequential"})
        if c.chance(0.3):
            names.reverse()
        lines.append(f"from torch.nn import {', '.join(names)}")
    if layout == "ordered_dict":
        lines.append("from collections import OrderedDict")
    lines.append("")

    # Named constants, as authors write ``hidden = 128`` or ``flat = 32 * 8 * 8``.
    constants, named_products = {}, {}
    products = c.chance(0.75)
    if c.chance(0.2):
        sizes = {v for call in layers for v in call.args.values() if isinstance(v, Size) and v.value > 1}
        plain = sorted({v.value for v in sizes})
        for name, value in zip(CONSTANT_NAMES, plain[:c.integer(1, 2)]):
            constants[value] = name
            lines.append(f"{name} = {value}")
        multiple = sorted({v.factors for v in sizes if len(v.factors) > 1})
        if multiple and products and c.chance(0.5):
            named_products[multiple[0]] = "flat"
            lines.append(f"flat = {' * '.join(constants.get(f, str(f)) for f in multiple[0])}")
    # The batch size (and more) as names, as in ``torch.randn(batch_size, 3, 32, 32)``.
    dim_names = {}
    if c.chance(0.15):
        dim_names[0] = "batch_size"
        if len(start.shape) > 2 and c.chance(0.3):
            dim_names[len(start.shape) - 1] = "seq_len" if start.kind in ("tokens", "series") else "size"
        for i, dim_name in dim_names.items():
            lines.append(f"{dim_name} = {start.shape[i]}")
    if len(lines) > 2 and lines[-1]:
        lines.append("")

    def value_text(v):
        if isinstance(v, Size):
            if v.factors in named_products:
                return named_products[v.factors]
            if v.factors and products and len(v.factors) > 1:
                return " * ".join(constants.get(f, str(f)) for f in v.factors)
            return constants.get(v.value, str(v.value))
        if isinstance(v, list):
            return "[" + ", ".join(value_text(x) for x in v) + "]"
        return repr(v)

    def layer_text(call):
        ordered = call.ordered()
        limit = call.positional_limit()
        npos = c.choice([limit, limit, min(limit, 1), min(limit, 2), 0])
        parts = [value_text(v) for _, v in ordered[:npos]] + [f"{k}={value_text(v)}" for k, v in ordered[npos:]]
        return f"{prefix}{call.name}({', '.join(parts)})"

    name = c.choice(["model", "model", "net", "encoder"])
    tensor = input_text(c, start, dtype, dim_names)
    out_var = c.choice(["y", "out", "logits"])
    layer_lines = []
    if layout == "star_var":
        lines.append("layers = [")
        for call in layers:
            layer_lines.append(len(lines) + 1)
            lines.append(f"    {layer_text(call)},")
        lines.append("]")
    if input_mode == "pragma":  # on the line above the Sequential call
        dims = ", ".join(str(d) for d in start.shape)
        note = f" dtype={dtype}" if dtype != "float32" else ""
        lines.append(f"# seqlint: input=({dims}{',' if len(start.shape) == 1 else ''}){note}")
    model_line = len(lines) + 1
    opening = f"{prefix}Sequential("
    if layout == "star_var":
        lines.append(f"{name} = {opening}*layers)" + (".eval()" if eval_style == "chained" else ""))
    else:
        head = f"{name} = " if call_style != "immediate" else f"{out_var} = "
        lines.append(head + opening + {"args": "", "star_list": "*[", "ordered_dict": "OrderedDict(["}[layout])
        # A block of the layers in a nested Sequential, as in ``features = Sequential(Sequential(...), ...)``.
        nested = None
        if layout == "args" and c.chance(0.12):
            first = c.integer(0, len(layers) - 1)
            nested = (first, c.integer(first + 1, len(layers)))
        for i, call in enumerate(layers):
            indent = "    "
            if nested and i == nested[0]:
                lines.append(f"    {prefix}Sequential(")
            if nested and nested[0] <= i < nested[1]:
                indent = "        "
            layer_lines.append(len(lines) + 1)
            text = layer_text(call)
            if layout == "ordered_dict":
                text = f"('{call.name.lower()}{i}', {text})"
            lines.append(f"{indent}{text},")
            if nested and i == nested[1] - 1:
                lines.append("    ),")
        close = {"args": ")", "star_list": "])", "ordered_dict": "]))"}[layout]
        if eval_style == "chained":
            close += ".eval()"
        if call_style == "immediate":
            close += f"({tensor})"
        lines.append(close)
    if eval_style in ("method", "train_false"):
        lines.append(f"{name}.eval()" if eval_style == "method" else f"{name}.train(False)")
    if constants and c.chance(0.3):  # a later rebinding changes nothing already built
        value, constant = next(iter(constants.items()))
        lines.append(f"{constant} = {value * 2}")
    if call_style == "immediate":
        pass
    elif input_mode != "dummy":
        lines += ["", "", "def forward(module, inputs):", "    return module(inputs)", "", "",
                  f"{out_var} = forward({name}, {tensor})"]
    elif call_style == "var":
        lines += [f"x = {tensor}", f"{out_var} = {name}(x)"]
    else:
        lines.append(f"{out_var} = {name}({tensor})")
    if eval_style == "after_call":
        lines.append(f"{name}.eval()")
    return Program("\n".join(lines) + "\n", layer_lines, model_line, layers, start,
                   eval_style not in (None, "after_call"), mistake, input_mode)


def input_text(c: Chooser, st: State, dtype: str, dim_names: dict) -> str:
    dims = ", ".join(dim_names.get(i, str(d)) for i, d in enumerate(st.shape))
    tup = f"({dims}{',' if len(st.shape) == 1 else ''})"
    if st.dtype == "long" and dtype == "int64":
        return c.choice([f"torch.randint(0, {st.vocab}, {tup})", f"torch.randint({st.vocab}, {tup})",
                         f"torch.zeros({tup}, dtype=torch.long)", f"torch.ones({dims}).long()"])
    if dtype == "int64":
        return c.choice([f"torch.randint(0, 10, {tup})", f"torch.ones({dims}, dtype=torch.int64)"])
    fn = c.choice(["randn", "randn", "randn", "rand", "zeros", "ones"])
    form = c.choice(["varargs", "varargs", "tuple", "list", "size"])
    text = {"varargs": f"torch.{fn}({dims})", "tuple": f"torch.{fn}({tup})", "list": f"torch.{fn}([{dims}])",
            "size": f"torch.{fn}(size={tup})"}[form]
    if dtype == "float32" and st.dtype == "float":
        return text
    if c.chance(0.5):
        return text[:-1] + f", dtype=torch.{dtype})"
    return text + {"float64": ".double()", "float16": ".half()", "float32": ".float()"}[dtype]


def programs(shrinkable: bool = False):
    """The hypothesis strategy of programs.

    By default hypothesis only seeds a ``random.Random``: the programs follow the generator's
    own distribution (hypothesis's draws favour small values, which would skew every choice
    towards the first option), at the price of shrinking.  ``shrinkable=True`` draws every
    choice from hypothesis: skewed, but a failure shrinks to a small program.
    """
    from hypothesis import strategies as st

    if not shrinkable:
        return st.randoms(use_true_random=True).map(lambda rng: draw_program(Chooser(rng=rng)))

    @st.composite
    def strategy(draw):
        return draw_program(Chooser(draw=draw))
    return strategy()


# --- comparison -----------------------------------------------------------------------------

# Disagreements.  With a concrete input (a dummy tensor or a pragma) seqlint must match torch
# exactly; with a symbolic one it may miss an error but never report one torch does not raise.
KINDS = ("false_error", "missed_error", "wrong_line", "wrong_shape", "unknown_shape", "crash",
         "internal_error", "sym_false_error", "sym_wrong_line")
# sym_missed: no error, for an input seqlint could not see; sym_later_line: an error after the
# layer torch's input failed in (that input was rejected earlier; not a contradiction).
FINE = ("ok", "sym_missed", "sym_later_line")


@dataclass
class Outcome:
    kind: str
    valid: bool  # torch ran it
    program: Program
    torch_error: str | None = None
    torch_line: int | None = None
    torch_output: object = None
    seqlint_errors: list = field(default_factory=list)  # "line: CODE message"
    seqlint_output: object = None
    seqlint_layers: list = field(default_factory=list)  # (type, output shape) of each layer
    note: str = ""

    def key(self) -> str:
        """A finer grouping than ``kind``: the layer type and code involved."""
        lines = self.program.layer_lines
        if self.kind in ("missed_error", "wrong_line", "sym_wrong_line") and self.torch_line in lines:
            layer = self.program.layers[lines.index(self.torch_line)].name
            return f"{self.kind}:{layer}:{torch_category(self.torch_error)}"
        if self.kind in ("false_error", "sym_false_error") and self.seqlint_errors:
            line, code = self.seqlint_errors[0].split(" ")[:2]
            line = int(line.rstrip(":"))
            layer = self.program.layers[lines.index(line)].name if line in lines else "?"
            return f"{self.kind}:{layer}:{code}"
        if self.kind == "unknown_shape":  # the first layer seqlint loses track in
            first = next((kind for kind, shape in self.seqlint_layers if _unknown(shape)), "?")
            return f"{self.kind}:{first}"
        if self.kind == "wrong_shape":
            return f"{self.kind}:{self.program.layers[-1].name}"
        return self.kind

    def describe(self) -> str:
        return (f"[{self.kind}] torch: {self.torch_error or 'runs'}"
                f"{f' at line {self.torch_line}' if self.torch_line else ''}"
                f"{'' if self.torch_error else f', output {self.torch_output}'}\n"
                f"seqlint: {self.seqlint_errors or 'no error'}"
                f"{'' if self.torch_error else f', output {self.seqlint_output}'}"
                f"{f' ({self.note})' if self.note else ''}\n{self.program.source}")


# What torch complained about, from its message: groups the disagreements.
TORCH_CATEGORIES = (
    ("dtype", ("same dtype", "match weight dtype", "can't be cast", "not implemented for", "mixed dtype",
               "Input type", "expected scalar type", "scalar types", "same datatype", "should be the same")),
    ("batch-of-one", ("more than 1 value per channel",)),
    ("tuple-input", ("not tuple",)),
    ("construction", ("must be divisible", "dropout probability", "approximate argument", "padding_idx",
                      "negative dimension")),
)


def torch_category(message: str | None) -> str:
    if not message:
        return "runs"
    for category, needles in TORCH_CATEGORIES:
        if any(needle in message for needle in needles):
            return category
    return message.split(":")[0]


def _unknown(shape) -> bool:
    if shape is None:
        return True
    if isinstance(shape, list):
        return any(_unknown(d) for d in shape)
    return isinstance(shape, str)


def compare_source(program: Program) -> Outcome:
    from seqlint.pipeline import check_source
    from tests.torch_run import run_program

    truth = run_program(program.source, FILENAME)
    out = Outcome("ok", truth.error_line is None, program, truth.error, truth.error_line,
                  truth.outputs.get(program.model_line))
    try:
        report = check_source(program.source, FILENAME)
    except Exception as exc:  # noqa: BLE001 - a crash is what we count
        out.kind, out.note = "crash", f"{type(exc).__name__}: {exc}"
        return out
    errors = [d for d in report.diagnostics if d.severity == "error"]
    out.seqlint_errors = [f"{d.span.line}: {d.code} {d.message}" for d in errors]
    model = next((m for m in report.models if m["line"] == program.model_line), None)
    out.seqlint_output = model["output_shape"] if model else None
    out.seqlint_layers = [(layer["type"], layer["output_shape"]) for layer in model["layers"]] if model else []
    internal = [d for d in report.diagnostics if d.code == "SEQ003"]
    if internal:
        out.kind, out.note = "internal_error", internal[0].message
    elif program.input_mode == "symbolic":
        if out.valid:
            out.kind = "sym_false_error" if errors else "ok"
        elif not errors:
            out.kind = "sym_missed"
        elif errors[0].span.line > (truth.error_line or 0):
            out.kind = "sym_later_line"
        elif errors[0].span.line < (truth.error_line or 0):
            out.kind = "sym_wrong_line"  # torch's input got past the layer seqlint says fails
    elif out.valid:
        if errors:
            out.kind = "false_error"
        elif out.seqlint_output != out.torch_output:
            out.kind = "unknown_shape" if _unknown(out.seqlint_output) else "wrong_shape"
    elif not errors:
        out.kind = "missed_error"
    elif errors[0].span.line != truth.error_line:
        out.kind = "wrong_line"
    return out


@dataclass
class Stats:
    counts: Counter = field(default_factory=Counter)  # kind -> programs
    torch: Counter = field(default_factory=Counter)  # (concrete|symbolic, runs|raises) -> programs
    examples: dict = field(default_factory=lambda: defaultdict(list))  # key -> its first outcomes
    keys: Counter = field(default_factory=Counter)  # finer grouping of the disagreements

    def add(self, outcome: Outcome, keep: int = 20):
        self.counts[outcome.kind] += 1
        if outcome.kind not in ("crash", "internal_error"):
            mode = "symbolic" if outcome.program.input_mode == "symbolic" else "concrete"
            self.torch[mode, "runs" if outcome.valid else "raises"] += 1
        if outcome.kind not in FINE:
            key = outcome.key()
            self.keys[key] += 1
            if len(self.examples[key]) < keep:
                self.examples[key].append(outcome)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def valid(self) -> int:
        return self.torch["concrete", "runs"]

    @property
    def failing(self) -> int:
        return self.torch["concrete", "raises"]

    def rate(self, kind: str) -> float:
        """A kind's share of the programs it can happen to."""
        base = {"false_error": self.valid, "wrong_shape": self.valid, "unknown_shape": self.valid,
                "missed_error": self.failing, "wrong_line": self.failing,
                "sym_false_error": self.torch["symbolic", "runs"],
                "sym_wrong_line": self.torch["symbolic", "raises"]}.get(kind, self.total)
        return self.counts[kind] / base if base else 0.0

    def summary(self) -> str:
        n = self.counts
        v, f = self.valid, self.failing
        no_error = v - n["false_error"]
        shape_ok = no_error - n["wrong_shape"] - n["unknown_shape"]
        flagged = f - n["missed_error"]
        right = flagged - n["wrong_line"]
        sv, sf = self.torch["symbolic", "runs"], self.torch["symbolic", "raises"]
        s_flagged = sf - n["sym_missed"]

        def pct(a, b):
            return f"{a}/{b} ({a / b:.1%})" if b else f"{a}/0"
        return "\n".join([
            f"programs: {self.total}; seqlint crashes {n['crash']}, internal-error diagnostics {n['internal_error']}",
            f"concrete input (dummy tensor or pragma): torch runs {v}, raises {f}",
            f"  valid:   no seqlint error {pct(no_error, v)}; torch's output shape {pct(shape_ok, v)} "
            f"(wrong {n['wrong_shape']}, unknown/partial {n['unknown_shape']})",
            f"  failing: error flagged {pct(flagged, f)}; at torch's line {pct(right, f)} "
            f"(missed {n['missed_error']}, wrong line {n['wrong_line']})",
            f"symbolic input (seqlint cannot see it): torch runs {sv}, raises {sf}",
            f"  valid:   no seqlint error {pct(sv - n['sym_false_error'], sv)}",
            f"  failing: error flagged {pct(s_flagged, sf)} (not required); of those at torch's line "
            f"{pct(s_flagged - n['sym_wrong_line'], s_flagged)}",
        ])


def without_layer(program: Program, index: int) -> Program:
    """The program with one layer's line deleted (the lines below move up)."""
    line = program.layer_lines[index]
    lines = program.source.splitlines()
    del lines[line - 1]
    layer_lines = [n - (n > line) for i, n in enumerate(program.layer_lines) if i != index]
    return replace(program, source="\n".join(lines) + "\n", layer_lines=layer_lines,
                   model_line=program.model_line - (program.model_line > line),
                   layers=[call for i, call in enumerate(program.layers) if i != index])


def minimize(outcome: Outcome) -> Outcome:
    """Delete layers while the disagreement stays of the same key."""
    key, changed = outcome.key(), True
    while changed and len(outcome.program.layers) > 1:
        changed = False
        for i in range(len(outcome.program.layers)):
            smaller = compare_source(without_layer(outcome.program, i))
            if smaller.key() == key:
                outcome, changed = smaller, True
                break
    return outcome


def run(examples: int, seed: int, show: int = 20, shrink: bool = False, verbose: bool = True) -> Stats:
    rng = random.Random(seed)
    stats = Stats()
    began = time.time()
    for _ in range(examples):
        stats.add(compare_source(draw_program(Chooser(rng=rng))), keep=3)
    if not verbose:
        return stats
    print(stats.summary())
    print(f"({time.time() - began:.1f} s)")
    if stats.keys:
        print("\ndisagreements by kind (kind:layer torch fails in or seqlint flags:torch's complaint or code):")
        for key, n in sorted(stats.keys.items(), key=lambda kv: (kv[0].split(':')[0], -kv[1])):
            print(f"  {n:5d}  {key}")
    # One example of each key first, then more of the same, up to ``show``.
    keys = sorted(stats.examples, key=lambda k: (KINDS.index(k.split(":")[0]), -stats.keys[k]))
    queue = [outcomes[i] for i in range(3) for outcomes in (stats.examples[k] for k in keys) if i < len(outcomes)]
    queue.sort(key=lambda o: KINDS.index(o.kind))
    for outcome in queue[:show]:
        if shrink:
            outcome = minimize(outcome)
        print(f"\n--- {outcome.key()}\n{outcome.describe()}")
    return stats


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=20, help="disagreements to print (with their source)")
    parser.add_argument("--minimize", action="store_true", help="delete layers from the ones printed")
    args = parser.parse_args(argv)
    run(args.examples, args.seed, args.show, args.minimize)


if __name__ == "__main__":
    main()
