"""The torch release in which each torch.nn class seqlint knows first appeared, and the
constructor arguments that came later than their class: what ``torch-version`` checks.

Only what torch added from 1.8 on is listed, and only entries verified from primary
sources (the per-release documentation and module sources that pytorch.org publishes, and
the pull requests and issues of pytorch/pytorch, with what their maintainers said); the
source is written beside each entry.  A class missing here is taken to exist in every
release seqlint models (for a target before 1.8, what torch added before 1.8 is not
reported).

``findings(spec_like_objects, target, path)`` returns a ``checks.NotInTorchVersion`` for every
layer constructor call (or argument) newer than ``target``, at that call (or argument).

No torch import: this is data plus a walk over the extracted layer calls.
"""

from __future__ import annotations

from dataclasses import dataclass

from seqlint import checks

Version = tuple  # (major, minor)

# torch.nn class -> the first release that has it.
LAYERS: dict[str, Version] = {
    # 1.8 -- pytorch/pytorch#44538 (LazyLinear, Oct 2020, after 1.7's branch cut);
    # pfnet/pytorch-pfn-extras#134 (2021-03-15): "PyTorch 1.8 is out, and some Lazy modules are
    # now part of the official PyTorch release"; docs/1.8.0/generated/torch.nn.LazyLinear.html.
    "LazyLinear": (1, 8),
    # 1.8 -- pytorch/pytorch#47350 "Add LazyConvXd and LazyConvTransposeXd" (opened 2020-11-04,
    # after 1.7.0 of 2020-10-27); docs/1.8.0/_sources/generated/torch.nn.LazyConvTranspose3d.rst.txt.
    "LazyConv1d": (1, 8),
    "LazyConv2d": (1, 8),
    "LazyConv3d": (1, 8),
    "LazyConvTranspose1d": (1, 8),
    "LazyConvTranspose2d": (1, 8),
    "LazyConvTranspose3d": (1, 8),
    # 1.8 -- docs/1.7.0/_modules/torch/nn/modules/pixelshuffle.html holds only PixelShuffle;
    # docs/1.8.0/_sources/generated/torch.nn.PixelUnshuffle.rst.txt.
    "PixelUnshuffle": (1, 8),
    # 1.8 -- pytorch/pytorch#45999 (2020-10-07, master): "AttributeError: module 'torch.nn' has
    # no attribute 'ChannelShuffle'"; docs/1.8.0/_sources/generated/torch.nn.ChannelShuffle.rst.txt.
    "ChannelShuffle": (1, 8),
    # 1.9 -- pytorch/pytorch#58375: "Added in #58648. Our plan is to sneak this into PyTorch 1.9"
    # (jbschlosser); docs/1.8.0/nn.html lists no Mish; docs/1.9.0/generated/torch.nn.Mish.html.
    "Mish": (1, 9),
    # 1.9 -- pfnet/pytorch-pfn-extras#134 (2021-03-15, after 1.8.0): LazyBatchNorm "is already
    # upstreamed and will be released as PyTorch 1.9" (pytorch/pytorch#51862);
    # docs/1.9.0/generated/torch.nn.LazyBatchNorm1d.html.
    "LazyBatchNorm1d": (1, 9),
    "LazyBatchNorm2d": (1, 9),
    "LazyBatchNorm3d": (1, 9),
    # 1.10 -- pytorch/pytorch#59791 "ENH Adds nn.ReflectionPad3d" (opened 2021-06-10, fixes
    # #27655; 1.9.0 shipped 2021-06-15 without it); docs/1.10.0/generated/torch.nn.ReflectionPad3d.html.
    "ReflectionPad3d": (1, 10),
    # 1.10 -- pytorch/pytorch#60981 / #60982 "Adds _LazyInstanceNorm and LazyInstanceNormXd"
    # (2021-06-29, after 1.9.0); docs/1.10.0/generated/torch.nn.LazyInstanceNorm1d.html.
    "LazyInstanceNorm1d": (1, 10),
    "LazyInstanceNorm2d": (1, 10),
    "LazyInstanceNorm3d": (1, 10),
    # 1.12 -- pytorch/pytorch#79545 "Add Dropout1d module" (merged 2022-06-15, after 1.11.0 of
    # 2022-03-10) and its release-branch pick #79610; docs/1.12/generated/torch.nn.Dropout1d.html.
    "Dropout1d": (1, 12),
    # 2.1 -- docs/2.0/_modules/torch/nn/modules/padding.html: __all__ has ZeroPad2d only of
    # these; docs/2.1/_modules/torch/nn/modules/padding.html: __all__ adds CircularPad1d/2d/3d,
    # ZeroPad1d, ZeroPad3d (pytorch/pytorch#106148, #95796).
    "CircularPad1d": (2, 1),
    "CircularPad2d": (2, 1),
    "CircularPad3d": (2, 1),
    "ZeroPad1d": (2, 1),
    "ZeroPad3d": (2, 1),
    # 2.4 -- pytorch/pytorch#121364 "Add RMSNorm module" (mikaylagawarecki, 2024-03-27: "will be
    # available in 2.4"); docs/2.2/_modules/torch/nn/modules/normalization.html: __all__ without it.
    "RMSNorm": (2, 4),
}

_CONVS = ("Conv1d", "Conv2d", "Conv3d", "LazyConv1d", "LazyConv2d", "LazyConv3d")
_TRANSFORMER_LAYERS = ("TransformerEncoderLayer", "TransformerDecoderLayer")


@dataclass(frozen=True)
class Argument:
    """A constructor argument that came after its class."""

    layers: tuple[str, ...]
    parameter: str
    since: Version
    string: bool = False  # only a string value is new (padding='same'); else any value given


ARGUMENTS: tuple[Argument, ...] = (
    # 1.9 -- pytorch/pytorch#45667 "Add padding='same' mode to conv{1,2,3}d" (2021-02);
    # huggingface/pytorch-image-models#752: "torch 1.9.0 added TF padding for convolutions";
    # mlcommons/inference#971: 1.9's conv.py checks "Invalid padding string ..., should be one of
    # {'same', 'valid'}". Before 1.9 a string padding fails.
    Argument(_CONVS, "padding", (1, 9), string=True),
    # 1.9 -- pytorch/pytorch#55285 "Add a batch_first arg to Transformer / MHA modules"
    # ("Added in #55285", jbschlosser on #43112, 2021-04-19, after 1.8.0); anosorae/IRRA#4:
    # "unexpected keyword argument 'batch_first'" -> "upgrade your Pytorch to >= 1.9.0".
    Argument(("Transformer", *_TRANSFORMER_LAYERS, "MultiheadAttention"), "batch_first", (1, 9)),
    # 1.10 -- pytorch/pytorch#61165 (2021-07-02, after 1.9.0): "The recent pull request #60593
    # introduced norm_first".
    Argument(_TRANSFORMER_LAYERS, "norm_first", (1, 10)),
    # 2.1 -- pytorch/pytorch#101683 "Allow disabling bias for LayerNorm" (2023-05, after 2.0.0);
    # albanD on #108048: "a new feature introduced in 2.1", its fix picked into the release (#108078).
    Argument(("LayerNorm",), "bias", (2, 1)),
)


# The newest release anything above appeared in: a target at least this new has it all.
NEWEST_ENTRY: Version = max([*LAYERS.values(), *(a.since for a in ARGUMENTS)])


def text(version: Version) -> str:
    return ".".join(str(part) for part in version[:2])


def _explicit(call, parameter: str):
    """The argument ``parameter`` as written in ``call`` (a keyword, or a positional one bound
    by the rule's signature), or None."""
    if parameter in call.keywords:
        return call.keywords[parameter]
    if not call.positional or call.unpacked:
        return None
    from seqlint.layers import rule_for
    from seqlint.layers.base import BindError, bind

    rule = rule_for(call.type_name)
    if rule is None:
        return None
    try:
        bound = bind(rule.signature_of(call.type_name), list(call.positional), dict(call.keywords))
    except BindError:
        return None
    value = bound.get(parameter)
    return value if any(value is written for written in call.positional) else None


def too_new(call, target: Version) -> list[tuple]:
    """``(span, what, since)`` for each part of the layer ``call`` newer than ``target``."""
    name = call.type_name
    if not name:
        return []
    target = tuple(target[:2])
    since = LAYERS.get(name)
    if since is not None and since > target:
        return [(call.span, f"nn.{name}", since)]
    found = []
    for argument in ARGUMENTS:
        if name not in argument.layers or argument.since <= target:
            continue
        written = _explicit(call, argument.parameter)
        if written is None:
            continue
        if argument.string:
            if not isinstance(written.value, str):
                continue
            what = f"{name}({argument.parameter}={written.value!r})"
        else:
            shown = repr(written.value) if isinstance(written.value, (bool, int, float, str)) else "..."
            what = f"{name}({argument.parameter}={shown})"
        found.append((written.span, what, argument.since))
    return found


def findings(roots, target: Version | None, path: str) -> list[checks.Diagnostic]:
    """A ``NotInTorchVersion`` for each layer call under ``roots`` (model specs, forward
    chains) that ``target`` does not have; nothing when ``target`` is None (the newest)."""
    if target is None or tuple(target[:2]) >= NEWEST_ENTRY:
        return []
    out: list[checks.Diagnostic] = []
    seen: set[int] = set()
    reported: set[tuple] = set()

    def visit(node, model=None, index=None):
        if node is None or id(node) in seen:
            return
        seen.add(id(node))
        layers = getattr(node, "layers", None)
        if layers is not None:  # a ModelSpec
            for i, call in enumerate(layers):
                visit(call, getattr(node, "name", None), i)
            return
        if hasattr(node, "type_name") and hasattr(node, "positional"):  # a LayerCall
            for span, what, since in too_new(node, target):
                key = (span.line, span.column)
                if key not in reported:
                    reported.add(key)
                    out.append(checks.NotInTorchVersion(path, span, (what, text(since), text(target)),
                                                        model=model, layer=index))
            visit(node.model)
            visit(getattr(node, "instance", None))
            return
        for child in getattr(node, "modules", None) or ():  # a ModuleInstance or ForwardChain
            visit(child)
        for step in getattr(node, "steps", None) or ():
            visit(getattr(step, "model", None))

    for root in roots:
        visit(root)
    return out
