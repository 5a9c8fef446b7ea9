"""Which files a run checks: the paths given, and ``*.py`` and ``*.ipynb`` below folders,
minus what the settings exclude (``exclude``, ``extend-exclude``, ``.gitignore``) and virtual
environments.

As in ruff, exclusion applies to what a walk finds: a path named on the command line is
checked even when excluded, unless ``force-exclude`` is set (pre-commit names every file).
"""

from __future__ import annotations

import os

from seqlint.config import PatternSet, Resolver


def _is_venv(path: str) -> bool:
    return os.path.exists(os.path.join(path, "pyvenv.cfg"))


class GitIgnore:
    """``.gitignore`` files (and ``.git/info/exclude``) of the git repository a path is in,
    read once per folder; outside a repository nothing is ignored, as with git itself."""

    def __init__(self):
        self._roots: dict[str, str | None] = {}
        self._specs: dict[str, PatternSet | None] = {}

    def repo_root(self, folder: str) -> str | None:
        if folder not in self._roots:
            if os.path.exists(os.path.join(folder, ".git")):
                self._roots[folder] = folder
            else:
                parent = os.path.dirname(folder)
                self._roots[folder] = None if parent == folder else self.repo_root(parent)
        return self._roots[folder]

    def _spec(self, file: str, base: str) -> PatternSet | None:
        if file not in self._specs:
            spec = None
            try:
                with open(file, encoding="utf-8", errors="replace") as handle:
                    lines = handle.read().split("\n")
            except OSError:
                lines = []
            if any(line.strip() and not line.startswith("#") for line in lines):
                try:
                    spec = PatternSet.of(base, lines, file)
                except Exception:  # noqa: BLE001 - a broken .gitignore ignores nothing
                    spec = None
            self._specs[file] = spec
        return self._specs[file]

    def _chain(self, folder: str, root: str):
        """The pattern files that apply in ``folder``, weakest first."""
        yield self._spec(os.path.join(root, ".git", "info", "exclude"), root)
        parts = os.path.relpath(folder, root).split(os.sep)
        current = root
        yield self._spec(os.path.join(current, ".gitignore"), current)
        for part in parts:
            if part in ("", "."):
                continue
            current = os.path.join(current, part)
            yield self._spec(os.path.join(current, ".gitignore"), current)

    def ignored_entry(self, path: str, is_dir: bool) -> bool:
        """Whether git ignores this file or folder itself (its folder being walked)."""
        folder = os.path.dirname(path)
        root = self.repo_root(folder)
        if root is None:
            return False
        verdict = None
        for spec in self._chain(folder, root):
            if spec is not None:
                said = spec.verdict(path, is_dir)
                if said is not None:
                    verdict = said
        return bool(verdict)

    def ignored_path(self, path: str, is_dir: bool = False) -> bool:
        """Whether git ignores ``path`` or a folder above it (up to the repository's root)."""
        root = self.repo_root(os.path.dirname(path))
        if root is None:
            return False
        parts = os.path.relpath(path, root).split(os.sep)
        current = root
        for i, part in enumerate(parts):
            current = os.path.join(current, part)
            last = i == len(parts) - 1
            if self.ignored_entry(current, is_dir or not last):
                return True
        return False


def excluded_explicitly(path: str, resolver: Resolver, gitignore: GitIgnore) -> bool:
    """With ``force-exclude``: whether a path named on the command line is excluded."""
    absolute = os.path.abspath(path)
    settings = resolver.settings_for(os.path.dirname(absolute))
    if not settings.force_exclude:
        return False
    is_dir = os.path.isdir(absolute)
    if settings.excluded_path(absolute) or settings.excluded_entry(absolute, is_dir):
        return True
    return settings.respect_gitignore and gitignore.ignored_path(absolute, is_dir)


def _skipped(folder: str, name: str, is_dir: bool, settings, gitignore: GitIgnore) -> bool:
    """Whether a walk of ``folder`` leaves out its entry ``name``."""
    path = os.path.join(folder, name)
    if settings.excluded_entry(path, is_dir):
        return True
    if settings.respect_gitignore and gitignore.ignored_entry(path, is_dir):
        return True
    return is_dir and _is_venv(path)


def iter_files(paths: list[str], resolver: Resolver | None = None):
    """Yield the files to check, in a stable order.  Missing paths are the caller's concern."""
    resolver = resolver or Resolver()
    gitignore = GitIgnore()
    for root in paths:
        if excluded_explicitly(root, resolver, gitignore):
            continue
        if os.path.isfile(root) or not os.path.isdir(root):
            yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            folder = os.path.abspath(dirpath)
            settings = resolver.settings_for(folder)
            dirnames[:] = sorted(d for d in dirnames if not _skipped(folder, d, True, settings, gitignore))
            for name in sorted(filenames):
                if name.endswith((".py", ".ipynb")) and not _skipped(folder, name, False, settings, gitignore):
                    yield os.path.normpath(os.path.join(dirpath, name))
