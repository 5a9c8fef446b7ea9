"""SARIF 2.1.0 (for GitHub code scanning and other viewers): one run, a rule entry per code
seqlint has, one result per finding; file URIs relative to ``%SRCROOT%``, the current folder.

SARIF has no notebook cells: a finding in a cell is located on the ``.ipynb`` file at line 1,
column 1 (its lines are not the cell's), its message starts with ``cell 3:5:9: `` and its
``properties`` hold ``cell``, ``cellLine`` and ``cellColumn``.
"""

from __future__ import annotations

import inspect
import json
import os
from pathlib import Path
from urllib.parse import quote

from seqlint import __version__, checks
from seqlint.notebook import where

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {checks.ERROR: "error", checks.WARNING: "warning", checks.INFO: "note"}
ROOT = "%SRCROOT%"


def _paragraphs(rule) -> list[str]:
    doc = inspect.cleandoc(rule.__doc__ or "")
    return [" ".join(p.split()) for p in doc.split("\n\n") if p.strip()]


def rule_entry(rule) -> dict:
    paragraphs = _paragraphs(rule) or [rule.name]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": paragraphs[0]},
        "fullDescription": {"text": "\n\n".join(paragraphs)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"severity": rule.severity},
    }


def uri(path: str) -> str:
    if path == "-":
        return "-"
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return Path(path).absolute().as_uri()
    return quote(rel.replace(os.sep, "/"))


def render(diagnostics, trace: bool = True) -> str:
    rules = sorted(checks.ALL, key=lambda r: r.code)
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for d in diagnostics:
        s = d.span if d.cell is None else checks.Span.whole_file()
        text = d.message if d.cell is None else f"{where(d)}: {d.message}"
        if trace and d.severity == checks.ERROR and d.trace:
            text += "\n" + "\n".join(d.trace)
        result = {
            "ruleId": d.code,
            "level": LEVELS.get(d.severity, "error"),
            "message": {"text": text},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri(d.path), "uriBaseId": ROOT},
                "region": {"startLine": s.line, "startColumn": s.column,
                           "endLine": s.end_line, "endColumn": s.end_column},
            }}],
        }
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        if d.model is not None or d.layer is not None:
            result["properties"] = {"model": d.model, "layer": d.layer}
        if d.cell is not None:
            result.setdefault("properties", {}).update(cell=d.cell, cellLine=d.span.line, cellColumn=d.span.column)
        results.append(result)
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "seqlint", "version": __version__,
                                "rules": [rule_entry(rule) for rule in rules]}},
            "originalUriBaseIds": {ROOT: {"uri": Path(os.getcwd()).absolute().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(document, indent=2) + "\n"
