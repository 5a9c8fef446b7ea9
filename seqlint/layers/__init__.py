"""The catalogue of layer rules: one module per family of torch.nn layers, and one per
library outside torch.nn whose layers models put in a Sequential (einops, torchvision.ops).

To add a torch layer, add a ``Layer`` subclass (with its ``EXAMPLES``) to the module of its
family, or a new module listed in ``FAMILIES``; the registry picks every subclass up.

A rule for a layer of another library lives in a module listed in ``LIBRARIES``; its
``names`` are fully qualified, as the class's ``__module__`` and ``__qualname__`` say
(``"torchvision.ops.misc.Conv2dNormActivation"``), and its ``aliases`` are the other paths
the library exports the class under (``"torchvision.ops.Conv2dNormActivation"``).  Those
rules are not torch.nn classes: ``registry()`` (and so the torch.nn catalogue) leaves them
out, ``library_registry()`` has them, and ``rule_for`` finds both.
"""

from __future__ import annotations

import functools
import importlib

from seqlint.layers.base import Layer

FAMILIES = (
    "linear",
    "activation",
    "convolution",
    "pooling",
    "normalization",
    "dropout",
    "reshape",
    "padding",
    "embedding",
    "recurrent",
    "upsampling",
    "multi_input",  # modules that cannot be a Sequential step
    "transformer",
)


# Layers of other libraries, one module per library.
LIBRARIES = (
    "einops_layers",
    "torchvision_ops",
)

TORCH_NN = "torch.nn."

# Tensor methods a forward calls, read as one-layer models (``x.chunk(2)``): in no catalogue.
OPERATIONS = ("tensor_ops",)


def family_modules():
    """The modules of the torch.nn families."""
    return [importlib.import_module(f"seqlint.layers.{name}") for name in FAMILIES]


def library_modules():
    """The modules of the layers outside torch.nn."""
    return [importlib.import_module(f"seqlint.layers.{name}") for name in LIBRARIES]


def _rules(modules):
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Layer) and value.__module__ == module.__name__:
                yield value


@functools.lru_cache(maxsize=None)
def registry() -> dict[str, type[Layer]]:
    """torch.nn class name -> rule class."""
    rules: dict[str, type[Layer]] = {}
    for rule in _rules(family_modules()):
        for name in rule.names:
            if name in rules:
                raise RuntimeError(f"two rules claim nn.{name}")
            rules[name] = rule
    return rules


@functools.lru_cache(maxsize=None)
def library_registry() -> dict[str, type[Layer]]:
    """Fully qualified name of a class outside torch.nn -> rule class (no aliases)."""
    rules: dict[str, type[Layer]] = {}
    for rule in _rules(library_modules()):
        for name in rule.names:
            if "." not in name or name.startswith(TORCH_NN) or name in rules:
                raise RuntimeError(f"{rule.__name__}: {name!r} is no new fully qualified class name")
            rules[name] = rule
    return rules


@functools.lru_cache(maxsize=None)
def operation_registry() -> dict[str, type[Layer]]:
    """"Tensor.NAME" -> the rule of that tensor method (seqlint.layers.tensor_ops)."""
    modules = [importlib.import_module(f"seqlint.layers.{name}") for name in OPERATIONS]
    return {name: rule for rule in _rules(modules) for name in rule.names}


@functools.lru_cache(maxsize=None)
def _qualified_names() -> dict[str, str]:
    """Every path a library class is known by (its name and its aliases) -> its name."""
    names = {name: name for name in library_registry()}
    for rule in set(library_registry().values()):
        for alias, name in rule.aliases.items():
            if name not in rule.names or alias in names:
                raise RuntimeError(f"{rule.__name__}: bad alias {alias!r} of {name!r}")
            names[alias] = name
    return names


def layer_type(qualified: str | None) -> str | None:
    """What a layer built by calling the class ``qualified`` (resolved through the imports)
    is called: the class name for a torch.nn class, whether a rule serves it or not
    (``"torch.nn.Linear"`` -> ``"Linear"``); the fully qualified name of a class of another
    library that a rule serves, an alias resolved (``"torchvision.ops.MLP"`` ->
    ``"torchvision.ops.misc.MLP"``); else None."""
    if not qualified:
        return None
    if qualified.startswith(TORCH_NN):
        name = qualified[len(TORCH_NN):]
        return None if "." in name else name
    return _qualified_names().get(qualified)


def rule_for(type_name: str) -> type[Layer] | None:
    """The rule of a layer type: a torch.nn class name, a library class's qualified name, or a
    tensor method's "Tensor.NAME"."""
    return registry().get(type_name) or library_registry().get(type_name) or \
        operation_registry().get(type_name)
