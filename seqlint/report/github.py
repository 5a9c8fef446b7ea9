"""GitHub Actions workflow commands: one annotation per finding.

``::error file=net.py,line=2,col=36,endLine=2,endColumn=51,title=seqlint (SEQ101)::SEQ101 ...``
Values are escaped as the runner expects: ``%``, ``\\r``, ``\\n`` everywhere, and ``:`` and
``,`` in the properties too.  Paths are relative to the current directory (the workspace).

A finding in a notebook cell has no line of the ``.ipynb`` file (its JSON) to annotate: it is
put on the file, at line 1, column 1, and its message starts with its place in the notebook,
``cell 3:5:9: SEQ101 ...``, as a finding about the whole file would be.
"""

from __future__ import annotations

import os

from seqlint.checks import ERROR, INFO, WARNING, Span
from seqlint.notebook import where

COMMANDS = {ERROR: "error", WARNING: "warning", INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def relative(path: str) -> str:
    if path == "-":
        return path
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def render(diagnostics, trace: bool = True) -> str:
    out = []
    for d in diagnostics:
        s = d.span if d.cell is None else Span.whole_file()
        properties = {
            "file": relative(d.path), "line": s.line, "col": s.column,
            "endLine": s.end_line, "endColumn": s.end_column, "title": f"seqlint ({d.code})",
        }
        message = f"{d.code} {d.message}" if d.cell is None else f"{where(d)}: {d.code} {d.message}"
        if trace and d.severity == ERROR and d.trace:
            message += "\n" + "\n".join(d.trace)
        joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
        out.append(f"::{COMMANDS.get(d.severity, 'error')} {joined}::{escape_data(message)}\n")
    return "".join(out)
