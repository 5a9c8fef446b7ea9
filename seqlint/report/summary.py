"""The closing line of the human formats: ``Found 2 errors and 1 warning.``"""

from __future__ import annotations


def summary(counts: dict) -> str:
    errors, warnings = counts.get("error", 0), counts.get("warning", 0)
    if not errors and not warnings:
        return "All checks passed!"
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return "Found " + " and ".join(parts) + "."
