"""What forward's reader follows besides layer calls -- local numbers (``p = self.patch_size``),
conditional expressions, loops over ``range``, lists of values sliced and indexed,
``torch.stack``, values it cannot read bound to names -- each program run under torch and
through seqlint: torch raises where seqlint's first error is, or both run."""

import textwrap

import pytest

from seqlint.pipeline import check_source
from tests.torch_run import run_program

HEAD = "import math\nimport torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"


def agree(source: str, must_raise: bool):
    """Run ``source`` under torch and through seqlint: the first error seqlint reports is on
    the line torch raised from, or neither finds one; every Sequential's output shape
    seqlint knows is torch's.  ``must_raise`` keeps each case what it was written to be."""
    source = HEAD + textwrap.dedent(source)
    truth = run_program(source, "prog.py")
    assert bool(truth.error) == must_raise, truth.error
    report = check_source(source, "prog.py")
    errors = sorted((d for d in report.diagnostics if d.severity == "error"), key=lambda d: d.span.line)
    if truth.error:
        assert errors, f"torch raised {truth.error} at line {truth.error_line}; seqlint found nothing"
        assert errors[0].span.line == truth.error_line, (errors[0].message, truth.error)
    else:
        assert errors == [], [e.message for e in errors]
        for model in report.models:
            shape = model["output_shape"]
            if model["line"] in truth.outputs and isinstance(shape, list) and all(isinstance(d, int) for d in shape):
                assert shape == truth.outputs[model["line"]]
    return report


def errors_of(report):
    return [d for d in report.diagnostics if d.severity == "error"]


PATCHES = """
class Patches(nn.Module):
    def __init__(self, patch=7, dim=32, tokens=16):
        super().__init__()
        self.patch = patch
        self.proj = nn.Linear(patch * patch, dim)
        self.pos = nn.Parameter(torch.zeros(1, tokens, dim))

    def forward(self, img):
        p = self.patch
        b, c, h, w = img.shape
        x = img.reshape(b, c, h // p, p, w // p, p).permute(0, 2, 4, 1, 3, 5).reshape(b, -1, c * p * p)
        x = self.proj(x)
        return x + self.pos


Patches(tokens={tokens})(torch.randn(2, 1, 28, 28))
"""


@pytest.mark.parametrize("tokens, bug", [(16, False), (17, True)])
def test_a_local_alias_of_an_attribute_is_a_size(tokens, bug):
    agree(PATCHES.format(tokens=tokens), bug)


SCALED = """
class Scaled(nn.Module):
    def __init__(self, d=8):
        super().__init__()
        self.d = d
        self.q = nn.Linear(d, d)
        self.out = nn.Linear({width}, 4)

    def forward(self, x):
        scale = math.sqrt(self.d)
        n = x.size(-1)
        h = self.q(x) / scale * n
        return self.out(h)


Scaled()(torch.randn(3, 8))
"""


@pytest.mark.parametrize("width, bug", [(8, False), (6, True)])
def test_numbers_of_unknown_value_scale_a_tensor(width, bug):
    agree(SCALED.format(width=width), bug)


RESIDUAL = """
class Block(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, 3, padding={padding})
        self.down = nn.Conv1d(cin, cout, 1) if cin != cout else None

    def forward(self, x):
        res = x if self.down is None else self.down(x)
        return torch.relu(self.conv(x) + res)


Block(4, 8)(torch.randn(2, 4, 50))
Block(8, 8)(torch.randn(2, 8, 50))
"""


@pytest.mark.parametrize("padding, bug", [(1, False), (2, True)])
def test_a_conditional_expression_on_the_instance_s_attributes(padding, bug):
    agree(RESIDUAL.format(padding=padding), bug)


UNET = """
class Up(nn.Module):
    def __init__(self, features=(4, 8)):
        super().__init__()
        self.downs = nn.ModuleList([nn.Conv2d(1, 4, 3, padding={padding}), nn.Conv2d(4, 8, 3, padding=1)])
        self.ups = nn.ModuleList()
        for f in reversed(features):
            self.ups.append(nn.ConvTranspose2d(f * 2, f, 2, stride=2))
            self.ups.append(nn.Conv2d(f * 2, f, 3, padding=1))
        self.pool = nn.MaxPool2d(2)
        self.mid = nn.Conv2d(8, 16, 3, padding=1)

    def forward(self, x):
        skips = []
        for down in self.downs:
            x = down(x)
            skips.append(x)
            x = self.pool(x)
        x = self.mid(x)
        skips = skips[::-1]
        for i in range(0, len(self.ups), 2):
            x = self.ups[i](x)
            x = torch.cat((skips[i // 2], x), dim=1)
            x = self.ups[i + 1](x)
        return x


Up()(torch.randn(1, 1, 32, 32))
"""


@pytest.mark.parametrize("padding, bug", [(1, False), (0, True)])
def test_a_loop_over_range_indexing_module_lists_and_a_reversed_list(padding, bug):
    agree(UNET.format(padding=padding), bug)


STEPS = """
class Steps(nn.Module):
    def __init__(self, n=3):
        super().__init__()
        self.n = n
        self.cell = nn.Linear(8, 8)
        self.out = nn.Linear(8 * {count}, 2)

    def forward(self, x):
        outs = []
        for t in range(self.n):
            x = torch.tanh(self.cell(x))
            outs.append(x)
        return self.out(torch.cat(outs, dim=1))


Steps()(torch.randn(5, 8))
"""


@pytest.mark.parametrize("count, bug", [(3, False), (4, True)])
def test_a_loop_over_range_of_an_attribute(count, bug):
    agree(STEPS.format(count=count), bug)


def test_a_loop_of_unknown_length_stops_the_reading():
    report = agree("""
    class Unknown(nn.Module):
        def __init__(self):
            super().__init__()
            self.cell = nn.Linear(8, 8)
            self.out = nn.Linear(8, 2)

        def forward(self, x, steps):
            for t in range(steps):
                x = self.cell(x)
            return self.out(x)


    Unknown()(torch.randn(5, 8), 3)
    """, False)
    assert errors_of(report) == []


MOE = """
class Experts(nn.Module):
    def __init__(self, n=4):
        super().__init__()
        self.experts = nn.ModuleList(nn.Linear(10, 32) for _ in range(n))
        self.gate = nn.Linear(10, n)

    def forward(self, x):
        gates = torch.softmax(self.gate(x), dim=-1)
        outs = torch.stack([e(x) for e in self.experts], dim={dim})
        return (gates.unsqueeze(-1) * outs).sum(dim=1)


Experts()(torch.randn(8, 10))
"""


@pytest.mark.parametrize("dim, bug", [(1, False), (2, True), (-2, False), (3, True)])
def test_torch_stack_of_a_comprehension_in_forward(dim, bug):
    agree(MOE.format(dim=dim), bug)


def test_stacking_tensors_of_different_shapes_is_an_error():
    agree("""
    class Pair(nn.Module):
        def __init__(self):
            super().__init__()
            self.a = nn.Linear(4, 6)
            self.b = nn.Linear(4, 5)

        def forward(self, x):
            return torch.stack([self.a(x), self.b(x)])


    Pair()(torch.randn(2, 4))
    """, True)


MASKED = """
class Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 16)
        self.out = nn.Linear({width}, 3)

    def forward(self, ids):
        mask = torch.triu(torch.ones(ids.size(1), ids.size(1)), diagonal=1).bool()
        h = self.emb(ids)
        return self.out(h)


Seq()(torch.randint(0, 50, (2, 7)))
"""


@pytest.mark.parametrize("width, bug", [(16, False), (12, True)])
def test_a_value_not_read_bound_to_a_name_does_not_stop_the_reading(width, bug):
    agree(MASKED.format(width=width), bug)


def test_a_call_that_may_change_a_value_stops_the_reading():
    # helper() may do anything to x (here it reshapes it in place): nothing after it is read.
    report = agree("""
    def helper(t):
        t.unsqueeze_(0)
        return None


    class Odd(nn.Module):
        def __init__(self):
            super().__init__()
            self.out = nn.Linear(8, 2)

        def forward(self, x):
            flag = helper(x)
            return self.out(x.squeeze(0))


    Odd()(torch.randn(8))
    """, False)
    assert errors_of(report) == []


def test_a_name_read_after_it_became_unknown_stops_the_reading():
    report = agree("""
    class Later(nn.Module):
        def __init__(self):
            super().__init__()
            self.out = nn.Linear(8, 2)

        def forward(self, x):
            y = x.numpy()
            x = torch.from_numpy(y).view(-1, 8)
            return self.out(x)


    Later()(torch.randn(2, 8))
    """, False)
    assert errors_of(report) == []


GRAPH = """
class GraphLayer(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.linear = nn.Linear(cin, cout, bias=False)

    def forward(self, h, adj):
        return {product}


class Graph(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([GraphLayer(8, 16), GraphLayer(16, 3)])

    def forward(self, x, adj):
        for i, layer in enumerate(self.layers):
            x = layer(x, adj)
            if i < len(self.layers) - 1:
                x = F.relu(x)
        return x


n = 10
adj = torch.eye(n)
for i in range(n - 1):
    adj[i, i + 1] = adj[i + 1, i] = 1.0
adj = adj / adj.sum(1, keepdim=True)
Graph()(torch.randn(n, 8), adj)
"""


@pytest.mark.parametrize("product, bug", [("torch.mm(adj, self.linear(h))", False),
                                          ("torch.mm(self.linear(h), adj)", True)])
def test_modules_whose_forward_takes_several_tensors_called_in_a_loop(product, bug):
    agree(GRAPH.format(product=product), bug)


PAIR = """
class Fuse(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(4, 8)
        self.b = nn.Linear(6, 8)

    def forward(self, x, y):
        return self.a(x) * self.b(y)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fuse = Fuse()
        self.head = nn.Linear({width}, 2)

    def forward(self, x, y):
        return self.head(self.fuse(x, y))


Net()(torch.randn(3, 4), torch.randn(3, 6))
"""


@pytest.mark.parametrize("width, bug", [(8, False), (4, True)])
def test_a_submodule_whose_forward_takes_two_tensors(width, bug):
    agree(PAIR.format(width=width), bug)


def test_a_module_taking_two_tensors_in_a_sequential_is_not_guessed():
    # torch raises a TypeError (forward() misses y); seqlint says nothing, and guesses no shape.
    report = check_source(HEAD + textwrap.dedent("""
    class Fuse(nn.Module):
        def __init__(self):
            super().__init__()
            self.a = nn.Linear(4, 8)

        def forward(self, x, y):
            return self.a(x)


    model = nn.Sequential(Fuse(), nn.Linear(3, 2))
    model(torch.randn(3, 4))
    """), "prog.py")
    assert errors_of(report) == []
    assert all(m["output_shape"] is None for m in report.models)


@pytest.mark.parametrize("channels, bug", [(64, False), (32, True)])
def test_leading_sizes_of_a_shape_slice(channels, bug):
    """``n, c = x.shape[:2]`` names the first dims whatever the rank after them."""
    agree(f"""
class SqueezeExcitation(nn.Module):
    def __init__(self, channels, ratio=4):
        super().__init__()
        self.squeeze = nn.AdaptiveAvgPool2d(1)
        self.excite = nn.Sequential(nn.Linear(channels, channels // ratio), nn.ReLU(),
                                    nn.Linear(channels // ratio, {channels}), nn.Sigmoid())

    def forward(self, x):
        n, c = x.shape[:2]
        w = self.squeeze(x).view(n, c)
        w = self.excite(w).view(n, c, 1, 1)
        return x * w


block = nn.Sequential(nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), SqueezeExcitation(64))
out = block(torch.randn(2, 32, 16, 16))
""", bug)


@pytest.mark.parametrize("take, bug", [("hidden[0][-1]", False), ("hidden", True), ("hidden[-1]", False)])
def test_an_lstm_state_handed_to_a_layer(take, bug):
    """An LSTM's state is the tuple (h_n, c_n): a Linear given it raises a TypeError."""
    report = agree(f"""
class Sentiment(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(100, 16)
        self.rnn = nn.LSTM(16, 32, batch_first=True)
        self.fc = nn.Linear(32, 1)

    def forward(self, x):
        _, hidden = self.rnn(self.embedding(x))
        return self.fc({take})


out = Sentiment()(torch.randint(0, 100, (8, 12)))
""", bug)
    if bug:
        assert errors_of(report)[0].code == "SEQ106"
