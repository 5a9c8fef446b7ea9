"""One check of a document's text, and the configuration that applies to it.

The check is the CLI's for standard input (``seqlint --stdin-filename PATH -``):
``runner.check_text`` with the torch release the file's configuration targets (suppression
comments applied, ``# seqlint: skip-file`` honoured), then the rules the configuration
selects for that file.  The configuration is read again for every publish and request, so
an edited ``pyproject.toml`` counts at the next one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from seqlint.checks import Diagnostic
from seqlint.config import ConfigError, Resolver, Settings
from seqlint.discovery import GitIgnore, excluded_explicitly
from seqlint.lsp.layers import LayerSite, layer_sites
from seqlint.lsp.positions import LineIndex
from seqlint.runner import Checked, check_text

UNSAVED_NAME = "untitled.py"  # what per-file-ignores match for a buffer that is no file


@dataclass(frozen=True)
class FileConfig:
    """What ``[tool.seqlint]`` says for one document."""

    settings: Settings | None  # None: the configuration cannot be read (see ``error``)
    lookup: str  # the path per-file-ignores are matched against
    excluded: bool = False  # ``force-exclude`` and an exclude pattern cover the file
    error: str | None = None

    @property
    def torch_version(self) -> tuple | None:
        return self.settings.torch_version if self.settings is not None else None

    def select(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """The diagnostics the configuration reports.  A configuration that cannot be read
        stops the CLI (exit 2); in an editor every rule stays on, and the error is shown."""
        if self.excluded:
            return []
        if self.settings is None:
            return list(diagnostics)
        return [d for d in diagnostics if self.settings.enabled(d.code, self.lookup)]


def file_config(path: str | None, root: str) -> FileConfig:
    """The configuration of the file ``path`` (None: an unsaved buffer, which gets the
    workspace ``root``'s): the closest ``pyproject.toml`` with ``[tool.seqlint]`` above it, as
    the CLI finds it.  A fresh resolver each time: the files are small, and edits count."""
    lookup = path if path is not None else os.path.join(root, UNSAVED_NAME)
    try:
        resolver = Resolver(cwd=root)
        excluded = path is not None and excluded_explicitly(path, resolver, GitIgnore())
        settings = resolver.settings_for(os.path.dirname(os.path.abspath(lookup)))
    except ConfigError as exc:
        return FileConfig(None, lookup, error=str(exc))
    return FileConfig(settings, lookup, excluded)


@dataclass
class Analysis:
    text: str
    path: str
    checked: Checked
    sites: list[LayerSite]  # the layers' constructor calls, for inlay hints and hover
    _indexes: dict = field(default_factory=dict, repr=False)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every finding no comment suppresses (rule selection not applied yet)."""
        return self.checked.report.diagnostics

    def index(self, encoding: str) -> LineIndex:
        if encoding not in self._indexes:
            self._indexes[encoding] = LineIndex(self.text, encoding)
        return self._indexes[encoding]


def analyze(text: str, path: str, torch_version: tuple | None = None) -> Analysis:
    """Check ``text`` as the file ``path`` (blocking: run it off the event loop)."""
    checked = check_text(text, path, torch_version)
    return Analysis(text, path, checked, layer_sites(checked.report.models, text))
