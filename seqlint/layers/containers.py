"""Containers with no forward of their own: calling one inside a Sequential raises."""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError


class NoForward(Layer):
    names = ("ModuleList", "ModuleDict", "ParameterList", "ParameterDict", "Module")
    signature = "*args, **kwargs"  # their constructors are not what breaks

    def forward(self, x, ctx):
        raise ShapeError(checks.InvalidInput, self.type_name,
                         "has no forward of its own; call its modules in a module's forward instead")


EXAMPLES = [
    Example("nn.Linear(4, 4), nn.ModuleList([nn.ReLU(), nn.Linear(4, 2)])", (2, 4)),
    Example("nn.ModuleDict({'act': nn.ReLU()})", (2, 4)),
    Example("nn.Linear(4, 4), nn.Module()", (2, 4)),
]
