"""seqlint's diagnostics as LSP diagnostics."""

from __future__ import annotations

from lsprotocol import types

from seqlint.checks import ERROR, INFO, WARNING, Diagnostic
from seqlint.lsp.positions import LineIndex

SOURCE = "seqlint"

SEVERITY = {
    ERROR: types.DiagnosticSeverity.Error,
    WARNING: types.DiagnosticSeverity.Warning,
    INFO: types.DiagnosticSeverity.Information,
}


def to_lsp(diagnostic: Diagnostic, index: LineIndex) -> types.Diagnostic:
    return types.Diagnostic(
        range=index.span_range(diagnostic.span),
        severity=SEVERITY.get(diagnostic.severity, types.DiagnosticSeverity.Error),
        code=diagnostic.code,
        source=SOURCE,
        message=diagnostic.message,
    )
