"""What extraction hands to the shape analysis: models, their layers and their inputs.

Nothing here knows about libcst: a ``ModelSpec`` is plain data, so the analysis can be
tested, cached or fed from other front ends (notebooks, a language server).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from seqlint.checks import Span


@dataclass
class Argument:
    value: object  # a folded constant, a Dim, or expr.UNKNOWN
    span: Span
    keyword: str | None = None


@dataclass
class LayerCall:
    """One layer as written inside a Sequential, e.g. ``nn.Linear(32 * 8 * 8, 10)``."""

    type_name: str | None  # the torch.nn class it resolves to, or a library's (layers.layer_type); else None
    display: str  # the callee as written, for messages about unknown layers
    span: Span
    positional: list[Argument] = field(default_factory=list)
    keywords: dict[str, Argument] = field(default_factory=dict)
    unpacked: bool = False  # *args / **kwargs in the call: arguments cannot be bound
    model: "ModelSpec | None" = None  # when the layer is itself a Sequential
    not_a_module: str | None = None  # what it is instead, when it certainly is no module
    instance: "ModuleInstance | None" = None  # when the layer is a module class of the project
    repeated: bool = False  # ``model`` runs an unknown number of times (a loop over range(depth))


@dataclass
class InputSpec:
    shape: tuple  # of Dims
    dtype: str | None = "float32"
    origin: str = "dummy"  # "dummy" (a tensor passed to the model), "pragma" or "forward"
    factors: tuple | None = None  # the dims flattened into the last one, if it was flattened
    through: tuple | None = None  # (model, its input) when this is another model's output
    values: tuple | None = None  # what the values are, for indices: see shapes.values.Tensor
    data: bool = False  # given to a submodule in forward: the program's data, untouched
    # A Python tuple of tensors instead (an RNN's state ``model.init_hidden(b)`` returned):
    # its InputSpecs.  Only a module class's further arguments are read as tuples.
    items: tuple | None = None


@dataclass
class ModelSpec:
    """One ``nn.Sequential(...)`` call written in the source."""

    name: str | None  # what it is assigned to, e.g. "model" or "self.features"
    span: Span
    layers: list[LayerCall]
    input: InputSpec | None = None
    training: bool = True
    nested: bool = False
    complete: bool = True  # False when some layers could not be read (e.g. *layers)
    cast: str | None = None  # the dtype model.double()/.to(dtype) gave every weight; "?" unknown
    synthetic: bool = False  # a single layer of a module class, walked as a one-layer model
    opaque: bool = False  # edited before its first call (model[0] = ..., insert, del): not read
    later_calls: list = field(default_factory=list)  # [(InputSpec, training, cast)] after the first
    origin: "ModelSpec | None" = None  # for a copy (a loop pass, a helper's call): the call written
    call_order: int | None = None  # where in its scope the model is first called (scopes' order)


@dataclass
class LossCall:
    """A loss called on two tensors the source says: ``criterion(logits, labels)``."""

    kind: str  # seqlint.layers.losses: "cross_entropy", "nll", "elementwise", "same_size"
    name: str  # for messages: "CrossEntropyLoss", "F.mse_loss"
    span: Span  # where torch raises, as seqlint reports it
    input: InputSpec
    target: InputSpec


@dataclass
class ForwardStep:
    """One operation of a module class's ``forward``, on named values: a submodule call, or
    what happens between them.  ``inputs`` and ``output`` name values of the forward body
    (the argument is the first input)."""

    kind: str  # see propagate.FORWARD_OPERATIONS
    span: Span
    model: ModelSpec | None = None  # for "module"
    start_dim: int = 1  # "flatten": the first dim flattened; "reduce", "cat", "(un)squeeze": the dim
    sizes: tuple = ()  # "view": sizes (-1 included); "permute": the order; "transpose": two dims;
    #                    "index": per dim, an int (dropped) or None (kept whole)
    inputs: tuple = ()
    output: str = ""
    keepdim: bool = False  # for "reduce"
    # "branch": the steps of each way an ``if`` not known here may go (sizes: per value
    # bound after it, (its name, its name in the first way, in the second))
    branches: tuple = ()


@dataclass
class ModuleInstance:
    """A module class of the project, built with known arguments: its ``forward`` as
    operations on named values, its submodules inside the "module" steps."""

    name: str
    steps: list[ForwardStep]
    result: str  # the value forward returns ("" when forward was not read to its end)
    argument: str  # forward's tensor argument
    modules: list = field(default_factory=list)  # every submodule built: their constructors run
    tensors: dict = field(default_factory=dict)  # "self.pos" -> InputSpec: tensors the instance keeps


@dataclass
class ForwardChain:
    """An ``nn.Module`` subclass whose ``forward`` is a straight chain of its submodules,
    called in the same file with a dummy tensor."""

    name: str
    input: InputSpec
    training: bool
    steps: list[ForwardStep]
    params: dict = field(default_factory=dict)  # __init__ parameter -> the int this instance got
    result: str = ""  # the name of the value forward returns
    argument: str = "x"  # the name of forward's tensor argument
    more_inputs: dict = field(default_factory=dict)  # forward's other arguments -> InputSpec or None
    cast: str | None = None  # the dtype the instance's weights were given (.double()), if any
    modules: list = field(default_factory=list)  # every submodule __init__ built (ModelSpecs)
    call_site: object = None  # the ast.Call running the instance: what it returns may feed a loss
    output: object = None  # what forward returned, once run (propagate.run_chain)
    describes: bool = True  # False for a later call, after a first one whose input is not known
