"""Forms of model-zoo code the interpreter follows (``**kwargs`` dicts, ``partial``, classes
passed as values, ``OrderedDict`` filled by code, base classes, ...), and the limits that keep
it sound: what code not followed may change is unknown, a factory parameter a visible call
passes is never given its default."""

import textwrap

import pytest

from seqlint.pipeline import check_source


def _models(text):
    report = check_source(textwrap.dedent(text), "m.py")
    errors = [d for d in report.diagnostics if d.severity in ("error", "warning")]
    return report.models, errors


def _shapes(text):
    """Each model's output shape, by the text of the line its call starts on."""
    models, errors = _models(text)
    assert errors == [], [e.message for e in errors]
    lines = textwrap.dedent(text).splitlines()
    return {lines[m["line"] - 1].strip(): m["output_shape"] for m in models}


HEAD = "import torch\nimport torch.nn as nn\nfrom collections import OrderedDict\nfrom functools import partial\n"


def test_kwargs_dicts_spread_into_helpers_and_classes():
    shapes = _shapes(HEAD + """
def conv(cin, cout, kernel_size=3, **kwargs):
    padding = kwargs.pop("padding", kernel_size // 2)
    kwargs.setdefault("bias", False)
    return nn.Conv2d(cin, cout, kernel_size, padding=padding, **kwargs)

class Block(nn.Module):
    def __init__(self, cin, cout, stride=1, device=None, dtype=None):
        super().__init__()
        dd = {"device": device, "dtype": dtype}
        self.conv = conv(cin, cout, stride=stride, **dd)
    def forward(self, x):
        return self.conv(x)

dd = dict(device=None)
model = nn.Sequential(Block(3, 8, stride=2, **dd), Block(8, 16, **{"stride": 2}))
model(torch.randn(2, 3, 32, 32))
""")
    assert shapes['model = nn.Sequential(Block(3, 8, stride=2, **dd), Block(8, 16, **{"stride": 2}))'] == [
        2, 16, 8, 8]


def test_a_dict_handed_to_code_not_followed_is_unknown():
    """``tweak(kw)`` may change kw in place: the layer built from it after is unknown."""
    models, errors = _models(HEAD + """
def make(tweak):
    kw = {"kernel_size": 3, "padding": 1}
    tweak(kw)
    return nn.Sequential(nn.Conv2d(3, 8, **kw), nn.BatchNorm2d(8))
""")
    assert errors == [] and models[0]["layers"][0]["output_shape"] == ["N", 8, "?", "?"]


def test_an_ordered_dict_filled_by_code():
    shapes = _shapes(HEAD + """
class Net(nn.Module):
    def __init__(self, width=8):
        super().__init__()
        layers = OrderedDict()
        layers["conv"] = nn.Conv2d(3, width, 3, padding=1)
        layers["act"] = nn.ReLU()
        layers["conv"] = nn.Conv2d(3, width * 2, 3, padding=1)  # replaced, in its place
        self.features = nn.Sequential(layers)
        pairs = [("pool", nn.AdaptiveAvgPool2d(1)), ("flat", nn.Flatten())]
        self.head = nn.Sequential(OrderedDict(pairs))
    def forward(self, x):
        return self.head(self.features(x))

net = Net()
net(torch.randn(2, 3, 16, 16))
""")
    assert shapes["self.features = nn.Sequential(layers)"] == [2, 16, 16, 16]
    assert shapes["self.head = nn.Sequential(OrderedDict(pairs))"] == [2, 16]


def test_a_branch_that_raises_is_not_the_path_to_the_model():
    shapes = _shapes(HEAD + """
def block(cin, cout, stride):
    if stride not in (1, 2):
        raise ValueError(stride)
    layers = [nn.Conv2d(cin, cout, 3, stride, 1)]
    if cin != cout:
        pass
    else:
        raise ValueError("same")
    return nn.Sequential(*layers, nn.BatchNorm2d(cout))
""")
    assert shapes["return nn.Sequential(*layers, nn.BatchNorm2d(cout))"] == [
        "N", "cout", "(H - 1) // stride + 1", "(W - 1) // stride + 1"]


def test_items_of_a_parameter_are_sizes_of_their_own():
    shapes = _shapes(HEAD + """
def stem(in_chans, dims):
    return nn.Sequential(nn.Conv2d(in_chans, dims[0], 4, stride=4), nn.BatchNorm2d(dims[0]),
                         nn.Conv2d(dims[0], dims[1], 1), nn.Conv2d(dims[1], dims[-1], 1))
""")
    first_line = "return nn.Sequential(nn.Conv2d(in_chans, dims[0], 4, stride=4), nn.BatchNorm2d(dims[0]),"
    assert shapes[first_line] == [
        "N", "dims[-1]", "H // 4", "W // 4"]


def test_items_of_a_parameter_handed_to_code_not_followed_are_unknown():
    """``grow(dims)`` may change the list: dims[0] read after it is not the dims[0] of before."""
    _, errors = _models(HEAD + """
def stem(dims, grow):
    first = nn.Conv2d(3, dims[0] * 2, 1)
    grow(dims)
    return nn.Sequential(first, nn.BatchNorm2d(dims[0]))
""")
    assert errors == []  # 2 * dims[0] channels into BatchNorm2d(dims[0]) is no error: not the same dims[0]


def test_a_parameter_bound_again_is_read_where_it_is_used():
    """No false error: the Linear after ``hidden = hidden * 2`` reads the new value."""
    shapes = _shapes(HEAD + """
def f(hidden):
    first = nn.Linear(4, hidden * 2)
    hidden = hidden * 2
    return nn.Sequential(first, nn.Linear(hidden, 3))
""")
    assert shapes["return nn.Sequential(first, nn.Linear(hidden, 3))"] == ["N", 3]


def test_attributes_set_before_the_call_in_init():
    shapes = _shapes(HEAD + """
class SqueezeNet(nn.Module):
    def __init__(self, num_classes=1000):
        super().__init__()
        self.num_classes = num_classes
        final_conv = nn.Conv2d(512, self.num_classes, kernel_size=1)
        self.classifier = nn.Sequential(nn.Dropout(), final_conv, nn.ReLU(), nn.AdaptiveAvgPool2d((1, 1)))
""")
    [shape] = shapes.values()
    assert shape == ["N", "num_classes", 1, 1]


def test_a_model_built_in_a_loop_of_unknown_length():
    """Any pass: what the passes change is unknown there, the rest is as before the loop."""
    models, errors = _models(HEAD + """
def stages(dim, depths):
    out = []
    prev = 3
    for depth in depths:
        blocks = [nn.Conv2d(dim, dim, 3, padding=1) for _ in range(depth)]
        out.append(nn.Sequential(nn.Conv2d(prev, dim, 1), *blocks))
        prev = dim
    return out
""")
    assert errors == []
    [model] = [m for m in models if m["line"] == 11]
    assert model["output_shape"] == ["N", "dim", "H", "W"]
    assert model["input_shape"] == ["N", "C", "H", "W"]  # prev: 3 on the first pass, dim later


def test_classes_passed_as_values_from_a_visible_call():
    shapes = _shapes(HEAD + """
class BasicConv(nn.Module):
    def __init__(self, cin, cout, **kwargs):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, bias=False, **kwargs)
    def forward(self, x):
        return self.conv(x)

class Inception(nn.Module):
    def __init__(self, cin, conv_block=None):
        super().__init__()
        conv_block = conv_block or BasicConv
        self.branch = nn.Sequential(conv_block(cin, 16, kernel_size=1), conv_block(16, 24, kernel_size=3))
    def forward(self, x):
        return self.branch(x)

model = nn.Sequential(Inception(3), Inception(24, conv_block=BasicConv))
model(torch.randn(2, 3, 16, 16))
""")
    assert shapes["model = nn.Sequential(Inception(3), Inception(24, conv_block=BasicConv))"] == [2, 24, 12, 12]


def test_a_factory_parameter_a_visible_call_passes_is_unknown():
    """A call of the file passes another factory: its default is not assumed (see
    tests/test_factory_defaults.py for the defaults that are)."""
    models, errors = _models(HEAD + """
class Block(nn.Module):
    def __init__(self, dim, norm_layer=nn.BatchNorm2d, act_layer=None):
        super().__init__()
        act_layer = act_layer or nn.ReLU
        self.body = nn.Sequential(nn.Conv2d(dim, dim, 3, padding=1), norm_layer(dim), act_layer())

def build(norm, act):
    return Block(8, norm_layer=norm, act_layer=act)
""")
    assert errors == []
    assert [layer["output_shape"] for layer in models[0]["layers"]][1:] == [None, None]


def test_partial_of_torch_and_project_classes():
    shapes = _shapes(HEAD + """
class Mlp(nn.Module):
    def __init__(self, dim, ratio=4, norm_layer=nn.LayerNorm):
        super().__init__()
        self.norm = norm_layer(dim)
        self.fc = nn.Linear(dim, dim * ratio)
    def forward(self, x):
        return self.fc(self.norm(x))

norm = partial(nn.LayerNorm, eps=1e-6)
block = partial(Mlp, ratio=2, norm_layer=norm)
wide = partial(block, ratio=1, norm_layer=nn.LayerNorm)
model = nn.Sequential(block(8), norm(16), wide(16))
model(torch.randn(2, 5, 8))
""")
    assert shapes["model = nn.Sequential(block(8), norm(16), wide(16))"] == [2, 5, 16]


@pytest.mark.parametrize("wrong, line", [("norm(12)", 16)])
def test_partial_layers_are_checked(wrong, line):
    _, errors = _models(HEAD + f"""
class Mlp(nn.Module):
    def __init__(self, dim, ratio=4, norm_layer=nn.LayerNorm):
        super().__init__()
        self.norm = norm_layer(dim)
        self.fc = nn.Linear(dim, dim * ratio)
    def forward(self, x):
        return self.fc(self.norm(x))

norm = partial(nn.LayerNorm, eps=1e-6)
block = partial(Mlp, ratio=2, norm_layer=norm)
model = nn.Sequential(block(8), {wrong})
model(torch.randn(2, 5, 8))
""")
    assert [(e.code, e.span.line) for e in errors] == [("SEQ101", line)]


def test_base_classes_of_the_file():
    shapes = _shapes(HEAD + """
class Base(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, padding=1)
    def forward(self, x):
        return self.conv(x)

class Wider(Base):
    def __init__(self, c):
        super().__init__(c, 2 * c)

class Same(Base):
    pass

model = nn.Sequential(Wider(3), Same(6, 6), Wider(6))
model(torch.randn(1, 3, 8, 8))
""")
    assert shapes["model = nn.Sequential(Wider(3), Same(6, 6), Wider(6))"] == [1, 12, 8, 8]


def test_a_base_class_not_known_leaves_the_instance_unknown():
    models, errors = _models(HEAD + """
from somewhere import Base

class Block(Base):
    def forward(self, x):
        return self.conv(x)

model = nn.Sequential(Block(3), nn.ReLU())
model(torch.randn(1, 3, 8, 8))
""")
    assert errors == [] and models[0]["output_shape"] is None


def test_a_sequential_subclass_that_adds_its_layers():
    shapes = _shapes(HEAD + """
class ConvBN(nn.Sequential):
    def __init__(self, cin, cout, k=3):
        super().__init__()
        self.add_module("c", nn.Conv2d(cin, cout, k, padding=k // 2, bias=False))
        self.add_module("bn", nn.BatchNorm2d(cout))
        nn.init.constant_(self.bn.weight, 1)

model = nn.Sequential(ConvBN(3, 8), ConvBN(8, 4, k=5))
model(torch.randn(2, 3, 16, 16))
""")
    assert shapes["model = nn.Sequential(ConvBN(3, 8), ConvBN(8, 4, k=5))"] == [2, 4, 16, 16]


def test_equal_symbols_decide_a_branch_and_different_ones_do_not():
    shapes = _shapes(HEAD + """
def block(cin, cout):
    same = cout == cout
    layers = [nn.Conv2d(cin, cout, 1)]
    if same:
        layers.append(nn.BatchNorm2d(cout))
    if cin == cout:
        layers.append(nn.ReLU())
    return nn.Sequential(*layers)
""")
    assert shapes["return nn.Sequential(*layers)"] is None  # cin == cout is not known: the list is not


def test_symbolic_ceil_mode_pooling_with_stride_one():
    shapes = _shapes(HEAD + """
def pool(c):
    return nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1, ceil_mode=True), nn.Conv2d(c, 4, 1))
""")
    assert shapes["return nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1, ceil_mode=True), nn.Conv2d(c, 4, 1))"] == [
        "N", 4, "H", "W"]


def test_a_nested_call_no_walk_reaches_has_its_own_entry():
    models, _ = _models(HEAD + """
def make(blocks_cfg):
    stages = []
    for cfg in blocks_cfg:
        stages.append(nn.Sequential(nn.Linear(cfg, cfg), nn.ReLU()))
    return nn.Sequential(*stages)
""")
    assert sorted(m["line"] for m in models) == [9, 10]


def test_a_module_set_on_a_sequential_subclass_is_one_more_layer():
    """``self.proj = nn.Conv2d(...)`` after ``super().__init__(...)`` adds a layer torch runs:
    the subclass is unknown, never its super() layers alone (a false error before)."""
    models, errors = _models(HEAD + """
class Block(nn.Sequential):
    def __init__(self, c):
        super().__init__(nn.Conv2d(c, c, 3, padding=1))
        self.out_channels = c
        self.proj = nn.Conv2d(c, 2 * c, 1)

model = nn.Sequential(Block(4), nn.Conv2d(8, 2, 1))
model(torch.randn(1, 4, 8, 8))
""")
    assert errors == [] and models[0]["output_shape"] is None


def test_methods_of_the_class_built_run_with_its_attributes():
    """``self._make_layer(block, ...)`` of ``Net(Block, [2, 2])``: the method runs, sets
    ``self.inplanes`` for the next call; ``block.expansion`` is the class's constant."""
    shapes = _shapes(HEAD + """
class Block(nn.Module):
    expansion = 2
    def __init__(self, cin, planes, stride=1):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(cin, planes * self.expansion, 3, stride, 1), nn.ReLU())
    def forward(self, x):
        return self.body(x)

class Net(nn.Module):
    def __init__(self, block, layers):
        super().__init__()
        self.inplanes = 8
        self.layer1 = self._make_layer(block, 8, layers[0])
        self.layer2 = self._make_layer(block, 16, layers[1], stride=2)
    def _make_layer(self, block, planes, blocks, stride=1):
        layers = [block(self.inplanes, planes, stride)]
        self.inplanes = planes * block.expansion
        for _ in range(1, blocks):
            layers.append(block(self.inplanes, planes))
        return nn.Sequential(*layers)
    def forward(self, x):
        return self.layer2(self.layer1(x))

net = Net(Block, [2, 2])
net(torch.randn(2, 8, 16, 16))
""")
    assert shapes["return nn.Sequential(*layers)"] == [2, 16, 16, 16]  # its first call: layer1


def test_a_method_run_for_its_effects_in_a_sequential_as_written_makes_attributes_unknown():
    """A subclass may override ``_setup``: what it sets is not known where it is not run."""
    models, errors = _models(HEAD + """
class Net(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.width = n
        first = nn.Linear(4, 2 * n)
        self._setup()
        self.body = nn.Sequential(first, nn.Linear(self.width, 3))
    def _setup(self):
        self.width = 2 * self.width
""")
    assert errors == [] and models[0]["layers"][1]["output_shape"] == ["N", 3]


def test_a_subclass_constant_overrides_its_base_class_one():
    """``self.expansion`` in an inherited ``__init__`` is the instance's class's (4), never
    the base's (1): else the Conv2d after it would be a false error."""
    shapes = _shapes(HEAD + """
class Base(nn.Module):
    expansion = 1
    def __init__(self, c):
        super().__init__()
        self.conv = nn.Conv2d(c, c * self.expansion, 1)
    def forward(self, x):
        return self.conv(x)

class Wide(Base):
    expansion = 4

model = nn.Sequential(Wide(2), nn.Conv2d(8, 1, 1))
model(torch.randn(1, 2, 4, 4))
""")
    assert shapes["model = nn.Sequential(Wide(2), nn.Conv2d(8, 1, 1))"] == [1, 1, 4, 4]


def test_a_script_runs_a_subclass_with_its_own_constant():
    """The same, for an instance a script calls: ``Wide`` inherits ``__init__``."""
    models, errors = _models(HEAD + """
class Base(nn.Module):
    expansion = 1
    def __init__(self, c):
        super().__init__()
        self.conv = nn.Conv2d(c, c * self.expansion, 1)
        self.head = nn.Sequential(nn.Conv2d(c * self.expansion, 1, 1))
    def forward(self, x):
        return self.head(self.conv(x))

class Wide(Base):
    expansion = 4

net = Wide(2)
net(torch.randn(1, 2, 4, 4))
""")
    assert errors == [] and models[0]["output_shape"] == [1, 1, 4, 4]


def test_a_module_class_first_takes_its_rank_from_what_its_forward_feeds():
    """No input given: a project class first in the model (here repeated) has the input rank
    of the submodule its forward first hands the argument to, and what that submodule pins
    (C = dim) holds after it, so the block maps its input to itself whatever the depth."""
    models, errors = _models(HEAD + """
class Residual(nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, x):
        return self.fn(x) + x


def mixer(dim, depth):
    return nn.Sequential(*[nn.Sequential(
        Residual(nn.Sequential(nn.Conv2d(dim, dim, 9, groups=dim, padding="same"), nn.GELU())),
        nn.Conv2d(dim, dim, kernel_size=1), nn.BatchNorm2d(dim)) for _ in range(depth)])
""")
    assert errors == []
    outer, block, inner = models
    assert outer["output_shape"] == ["N", "dim", "H", "W"]
    assert [layer["output_shape"] for layer in block["layers"]] == [["N", "dim", "H", "W"]] * 3
    assert inner["output_shape"] == ["N", "dim", "H", "W"]


@pytest.mark.parametrize("sizes, sliced, flagged", [
    ("[13, 64, 32, 1]", "layers[:-1]", False),  # the last ReLU dropped
    ("[14, 64, 32, 1]", "layers[:-1]", True),   # one feature too many for the data
    ("[13, 64, 32, 1]", "layers[2:]", True),    # the first Linear dropped: Linear(64, 32) on 13
])
def test_a_slice_of_a_layer_list(sizes, sliced, flagged, tmp_path):
    from tests.torch_run import assert_torch_agrees

    text = HEAD + f"""
class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.layers = nn.Sequential(*{sliced})

    def forward(self, x):
        return self.layers(x)


model = MLP({sizes})
out = model(torch.randn(100, 13))
"""
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


@pytest.mark.parametrize("classes, flagged", [(10, False), (11, False)])
def test_a_sequential_grown_after_it_is_made_is_not_read_as_written(classes, flagged, tmp_path):
    """torchvision's DenseNet: ``self.features = nn.Sequential(OrderedDict([...]))`` then
    ``self.features.add_module(...)`` in a loop.  Its layers are not the ones written, so
    the classifier's width is not checked against the first conv's alone."""
    from tests.torch_run import run_program

    text = HEAD + f"""
class Net(nn.Module):
    def __init__(self, widths=(8, 16)):
        super().__init__()
        self.features = nn.Sequential(OrderedDict([("conv0", nn.Conv2d(3, 4, 3, padding=1))]))
        channels = 4
        for i, width in enumerate(widths):
            self.features.add_module(f"conv{{i + 1}}", nn.Conv2d(channels, width, 3, padding=1))
            channels = width
        self.classifier = nn.Linear(channels, {classes})

    def forward(self, x):
        out = F.adaptive_avg_pool2d(self.features(x), (1, 1))
        return self.classifier(torch.flatten(out, 1))


import torch.nn.functional as F
out = Net()(torch.randn(2, 3, 16, 16))
"""
    path = str(tmp_path / "m.py")
    truth = run_program(text, path)
    errors = [d for d in check_source(text, path).diagnostics if d.severity == "error"]
    assert (truth.error is not None) == flagged, truth.error
    assert errors == []


def test_a_later_call_does_not_describe_the_model(tmp_path):
    """The first call's input is not known (a DataLoader's batches): the model's shapes are
    not those of a later call on other data (which is still checked)."""
    models, errors = _models(HEAD + """
from torch.utils.data import DataLoader, TensorDataset


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(20, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, x):
        return self.body(x)


X = torch.randn(130, 20)
model = Net()
for (xb,) in DataLoader(TensorDataset(X), batch_size=64):
    pred = model(xb)
print(model(X[:5]).shape)
""")
    assert errors == []
    [body] = models
    assert body["output_shape"] != [5, 1]


@pytest.mark.parametrize("drop, flagged", [(2, False), (1, True)])
def test_stage_counts_from_math_and_weights_init_by_apply(drop, flagged, tmp_path):
    """``n_down = int(math.log2(image_size)) - 2`` folds; ``netD.apply(weights_init)`` leaves
    the instance followed (its mode and dtype unknown)."""
    from tests.torch_run import assert_torch_agrees

    text = HEAD + f"""
import math


def weights_init(m):
    if isinstance(m, nn.Conv2d):
        nn.init.normal_(m.weight, 0.0, 0.02)


class Discriminator(nn.Module):
    def __init__(self, image_size=32, ndf=16):
        super().__init__()
        n_down = int(math.log2(image_size)) - {drop}
        layers, ch = [nn.Conv2d(3, ndf, 4, 2, 1), nn.LeakyReLU(0.2)], ndf
        for _ in range(n_down - 1):
            layers += [nn.Conv2d(ch, ch * 2, 4, 2, 1), nn.BatchNorm2d(ch * 2), nn.LeakyReLU(0.2)]
            ch *= 2
        layers += [nn.Conv2d(ch, 1, 4, 1, 0), nn.Sigmoid()]
        self.main = nn.Sequential(*layers)

    def forward(self, x):
        return self.main(x).view(-1)


netD = Discriminator()
netD.apply(weights_init)
out = netD(torch.rand(8, 3, 32, 32))
"""
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


@pytest.mark.parametrize("dim, hidden, flagged", [(-1, 128, False), (0, 128, True), (-1, 64, True)])
def test_a_helper_defined_in_init_and_a_config_made_by_dict(dim, hidden, flagged, tmp_path):
    """PyTorch-GAN's generator: ``def block(...)`` inside ``__init__`` returning a list of
    layers, sizes from ``opt = dict(...)``, forward concatenating a tuple."""
    from tests.torch_run import assert_torch_agrees

    text = HEAD + f"""
opt = dict(n_classes=10, latent_dim=100, img_size=8)


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.label_emb = nn.Embedding(opt["n_classes"], opt["n_classes"])

        def block(in_feat, out_feat, normalize=True):
            layers = [nn.Linear(in_feat, out_feat)]
            if normalize:
                layers.append(nn.BatchNorm1d(out_feat, 0.8))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        self.model = nn.Sequential(
            *block(opt["latent_dim"] + opt["n_classes"], 128, normalize=False),
            *block({hidden}, 256),
            nn.Linear(256, opt["img_size"] ** 2),
            nn.Tanh(),
        )

    def forward(self, noise, labels):
        return self.model(torch.cat((self.label_emb(labels), noise), {dim}))


z = torch.randn(16, opt["latent_dim"])
out = Generator()(z, torch.randint(0, opt["n_classes"], (16,)))
"""
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


@pytest.mark.parametrize("wrapper, second_in, flagged", [
    ("weight_norm", 16, False), ("weight_norm", 8, True), ("spectral_norm", 8, True),
])
def test_layers_set_on_self_then_put_in_a_sequential(wrapper, second_in, flagged, tmp_path):
    """The TCN block: ``self.conv1 = weight_norm(nn.Conv1d(...))`` ... then
    ``self.net = nn.Sequential(self.conv1, self.chomp1, ...)``; weight_norm and
    spectral_norm return the module they are given."""
    from tests.torch_run import assert_torch_agrees

    text = HEAD + f"""
from torch.nn.utils import {wrapper}


class Block(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.conv1 = {wrapper}(nn.Conv1d(n_in, n_out, 3, padding=1))
        self.relu1 = nn.ReLU()
        self.conv2 = {wrapper}(nn.Conv1d({second_in}, n_out, 3, padding=1))
        self.net = nn.Sequential(self.conv1, self.relu1, self.conv2)

    def forward(self, x):
        return self.net(x)


out = Block(4, 16)(torch.randn(2, 4, 50))
"""
    assert_torch_agrees(text, str(tmp_path / "m.py"), flagged)


def test_an_empty_sequential_filled_in_init_and_edits_in_another_class():
    """``self.path = nn.Sequential()`` then ``self.path.add_module(...)`` is read (the
    layers added are the model); ``self.layers[i] = ...`` in another class edits that
    class's model, not this one."""
    models, errors = _models(HEAD + """
class Cell(nn.Module):
    def __init__(self, cin):
        super().__init__()
        self.path = nn.Sequential()
        self.path.add_module("pool", nn.AvgPool2d(1, stride=2))
        self.path.add_module("conv", nn.Conv2d(cin, 8, 1))
        self.layers = nn.Sequential(nn.Conv2d(cin, 4, 1), nn.ReLU())


class Other(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(4, 4))

    def swap(self, idx, layer):
        self.layers[idx] = layer
""")
    assert errors == []
    path, cell_layers, other_layers = models
    assert path["name"] == "self.path" and path["output_shape"] == ["N", 8, "(H + 1) // 2", "(W + 1) // 2"]
    assert cell_layers["output_shape"] == ["N", 4, "H", "W"]
    assert other_layers["output_shape"] is None  # edited by swap: not the layers written
