"""Which files a run checks: the paths given, and ``*.py`` below folders, minus the usual junk."""

from __future__ import annotations

import os

SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "__pycache__", "build", "dist",
                "node_modules", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".eggs"}


def _skip_dir(path: str, name: str) -> bool:
    return name in SKIPPED_DIRS or name.endswith(".egg-info") or os.path.exists(os.path.join(path, "pyvenv.cfg"))


def iter_files(paths: list[str]):
    """Yield the files to check, in a stable order.  Missing paths are the caller's concern."""
    for root in paths:
        if os.path.isfile(root) or not os.path.isdir(root):
            yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not _skip_dir(os.path.join(dirpath, d), d))
            for name in sorted(filenames):
                if name.endswith(".py"):
                    yield os.path.normpath(os.path.join(dirpath, name))
