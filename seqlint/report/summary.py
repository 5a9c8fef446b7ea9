"""The closing line of the human formats: ``Found 2 errors and 1 warning.``"""

from __future__ import annotations


def summary(counts: dict, fixed: int | None = None) -> str:
    """``fixed``: after --fix, how many findings were fixed (ruff's "3 fixed, 1 remaining")."""
    errors, warnings = counts.get("error", 0), counts.get("warning", 0)
    if fixed:
        remaining = errors + warnings
        return f"Found {fixed + remaining} error{'s' if fixed + remaining != 1 else ''} " \
               f"({fixed} fixed, {remaining} remaining)."
    if not errors and not warnings:
        return "All checks passed!"
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return "Found " + " and ".join(parts) + "."
