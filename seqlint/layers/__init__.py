"""The catalogue of layer rules: one module per family of torch.nn layers.

To add a torch layer, add a ``Layer`` subclass (with its ``EXAMPLES``) to the module of its
family, or a new module listed in ``FAMILIES``; the registry picks every subclass up.
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


def family_modules():
    return [importlib.import_module(f"seqlint.layers.{name}") for name in FAMILIES]


@functools.lru_cache(maxsize=None)
def registry() -> dict[str, type[Layer]]:
    """torch.nn class name -> rule class."""
    rules: dict[str, type[Layer]] = {}
    for module in family_modules():
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Layer) and value.__module__ == module.__name__:
                for name in value.names:
                    if name in rules:
                        raise RuntimeError(f"two rules claim nn.{name}")
                    rules[name] = value
    return rules


def rule_for(type_name: str) -> type[Layer] | None:
    return registry().get(type_name)
