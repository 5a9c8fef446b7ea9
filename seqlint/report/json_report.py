"""The JSON report: one document, the contract editors and scripts rely on (see README)."""

from __future__ import annotations

import json

from seqlint import __version__
from seqlint.checks import INFO


def render(reports, show_info: bool = True) -> str:
    document = {
        "version": __version__,
        "diagnostics": [_diagnostic(d) for r in reports for d in r.diagnostics
                        if show_info or d.severity != INFO],
        "models": [m for r in reports for m in r.models],
    }
    return json.dumps(document, indent=2) + "\n"


def _diagnostic(d) -> dict:
    entry = d.to_json()
    if d.cell is None:
        return entry
    return {"path": entry.pop("path"), "cell": d.cell, **entry}  # a notebook's: lines in the cell
