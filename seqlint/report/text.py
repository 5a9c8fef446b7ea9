"""The text report: ``path:line:col: CODE message``, then, under an error, the model's shape trace."""

from __future__ import annotations

from seqlint.checks import ERROR, INFO


def render(reports, show_info: bool = False, trace: bool = True) -> str:
    out: list[str] = []
    for report in reports:
        for d in report.diagnostics:
            if d.severity == INFO and not show_info:
                continue
            out.append(f"{d.path}:{d.span.line}:{d.span.column}: {d.code} {d.message}")
            if trace and d.severity == ERROR and d.trace:
                out.extend(f"    {line}" for line in d.trace)
    return "\n".join(out) + ("\n" if out else "")


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
