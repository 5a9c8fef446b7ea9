"""Colour for people's terminals: on only when asked for (``--color``) or when standard output
is a terminal and ``NO_COLOR`` is not set (https://no-color.org: a flag overrides it)."""

from __future__ import annotations

import os

import click

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def colour_wanted(choice: str, is_terminal: bool, environ=os.environ) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return is_terminal and not environ.get("NO_COLOR")


class Style:
    def __init__(self, enabled: bool = False):
        self.enabled = enabled

    def _s(self, text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if self.enabled else text

    def path(self, text: str) -> str:
        return self._s(text, bold=True)

    def code(self, text: str, severity: str) -> str:
        return self._s(text, fg=SEVERITY_COLOURS.get(severity, "red"), bold=True)

    def gutter(self, text: str) -> str:
        return self._s(text, fg="blue", bold=True)

    def marker(self, text: str, severity: str) -> str:
        return self._s(text, fg=SEVERITY_COLOURS.get(severity, "red"), bold=True)
