"""seqlint's language server (``seqlint lsp``, the ``seqlint[lsp]`` extra, built on pygls).

Modules: ``server`` (the LSP features and when diagnostics are published), ``analysis`` (one
check of a document and the configuration applied to it), ``positions`` (seqlint's 1-based
character positions <-> LSP's 0-based code-unit positions), ``diagnostics``, ``actions``
(quick fixes, ``# noqa``), ``layers`` (the layers by constructor call), ``hints`` and
``hover``.  Only ``server`` is imported by the CLI, and only when ``seqlint lsp`` runs.
"""
