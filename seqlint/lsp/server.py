"""``seqlint lsp``: the language server, over standard input and output.

* diagnostics: published on open and save at once, on change after a pause in typing
  (``DEBOUNCE_SECONDS``; a change in the pause restarts it, so only the latest text is
  checked); cleared on close;
* code actions: each diagnostic's fix, and "disable for this line" (``# noqa: CODE``);
* inlay hints: each layer's output shape (``hints.py``); hover: a layer's shapes (``hover.py``).

Checks run on a worker thread, so the server keeps answering while one runs.  A check is a
pure function of a document's text (and of the torch release its configuration targets), and
its result is kept, one per document, until the text changes: the debounced publish, the code
actions, the hints and the hovers of one text share one check.  The configuration is read
again for each (``analysis.file_config``).

Only Python documents are handled; notebooks are not (the CLI checks ``.ipynb`` files).
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote

from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from seqlint import __version__
from seqlint.checks import Diagnostic
from seqlint.lsp import actions, diagnostics, hints, hover
from seqlint.lsp.analysis import Analysis, FileConfig, analyze, file_config
from seqlint.lsp.positions import encoding_name, overlaps

DEBOUNCE_SECONDS = 0.3
PYTHON_SUFFIXES = (".py", ".pyi", ".pyw")

logger = logging.getLogger(__name__)


class SeqlintLanguageServer(LanguageServer):
    def __init__(self, debounce: float = DEBOUNCE_SECONDS):
        # Full document sync: the client sends the whole text on each change.  pygls applies
        # incremental changes to lines split by str.splitlines, which also breaks at form
        # feeds and U+2028 where LSP does not, and would corrupt such documents; the files
        # seqlint reads are small enough that the whole text costs nothing.
        super().__init__("seqlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.debounce = debounce
        # One worker: checks are CPU-bound Python (more threads gain nothing under the GIL),
        # and each raises the interpreter's recursion limit while it runs (pipeline.run_guarded),
        # which checks running side by side would restore under each other.
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="seqlint-check")
        self._analyses: dict[str, tuple[tuple, asyncio.Future]] = {}  # uri -> (key, its check)
        self._pending: dict[str, asyncio.Task] = {}  # uri -> the publish waiting to run
        self._config_errors_shown: set[str] = set()

    # --- documents ------------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        return encoding_name(self.workspace.position_encoding)

    def open_document(self, uri: str) -> TextDocument | None:
        """The document if the client has it open (never read from disk)."""
        if unquote(uri) not in self.workspace.text_documents:
            return None
        return self.workspace.get_text_document(uri)

    @staticmethod
    def file_path(uri: str) -> str | None:
        """The file a ``file:`` URI names; None for an unsaved buffer (``untitled:``)."""
        return uris.to_fs_path(uri) if uris.uri_scheme(uri) == "file" else None

    def handles(self, document: TextDocument) -> bool:
        """Python source, not a notebook (nor one of its cells, which editors open as
        documents of their own)."""
        path = (self.file_path(document.uri) or document.path or "").lower()
        if path.endswith(".ipynb") or uris.uri_scheme(document.uri) == "vscode-notebook-cell":
            return False
        if document.language_id:
            return document.language_id == "python"
        return path.endswith(PYTHON_SUFFIXES)

    @property
    def root(self) -> str:
        return self.workspace.root_path or os.getcwd()

    # --- checks ---------------------------------------------------------------------------

    async def config(self, uri: str) -> FileConfig:
        """The document's configuration (it reads files: off the event loop); an error in it
        is shown once."""
        config = await asyncio.to_thread(file_config, self.file_path(uri), self.root)
        if config.error and config.error not in self._config_errors_shown:
            self._config_errors_shown.add(config.error)
            self.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Warning,
                message=f"seqlint: {config.error} (every rule is on until it is fixed)"))
        return config

    async def analysis(self, uri: str, config: FileConfig | None = None) -> Analysis | None:
        """The check of the document's current text (run now unless already run or running)."""
        document = self.open_document(uri)
        if document is None or not self.handles(document):
            return None
        if config is None:
            config = await self.config(uri)
            document = self.open_document(uri)
            if document is None:
                return None
        # A check depends on the text and the torch release targeted, nothing else.
        key = (document.source, config.torch_version)
        cached = self._analyses.get(uri)
        if cached is not None and cached[0] == key:
            future = cached[1]
        else:
            name = self.file_path(uri) or document.path or uri
            future = asyncio.get_running_loop().run_in_executor(
                self.checker, analyze, document.source, name, config.torch_version)
            self._analyses[uri] = (key, future)
        try:
            # Shielded: a publish cancelled by newer typing must not cancel a check that a
            # code action or an inlay hint request is also waiting on.
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - check_text reports its own failures; this is ours
            logger.exception("checking %s failed", uri)
            if self._analyses.get(uri, (None, None))[1] is future:
                del self._analyses[uri]
            return None

    async def findings(self, uri: str) -> tuple[Analysis, list[Diagnostic]] | None:
        """The check of the document's current text, and the findings its configuration
        reports."""
        document = self.open_document(uri)
        if document is None or not self.handles(document):
            return None
        config = await self.config(uri)
        analysis = await self.analysis(uri, config)
        if analysis is None:
            return None
        return analysis, config.select(analysis.diagnostics)

    async def publish(self, uri: str) -> None:
        checked = await self.findings(uri)
        if checked is None:
            return
        analysis, found = checked
        document = self.open_document(uri)
        if document is None or document.source != analysis.text:
            return  # closed, or changed meanwhile: the publish of the new text follows
        index = analysis.index(self.encoding)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=document.version, diagnostics=[diagnostics.to_lsp(d, index) for d in found]))

    def schedule_publish(self, uri: str, delay: float) -> None:
        """Publish ``uri``'s diagnostics after ``delay`` seconds, replacing any publish not yet
        made (its text is older)."""
        self.cancel_publish(uri)
        self._pending[uri] = asyncio.ensure_future(self._publish_after(uri, delay))

    def cancel_publish(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()

    async def _publish_after(self, uri: str, delay: float) -> None:
        task = asyncio.current_task()
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            await self.publish(uri)
        except asyncio.CancelledError:
            pass
        except Exception:  # noqa: BLE001 - one document's failure must not stop the server
            logger.exception("publishing diagnostics for %s failed", uri)
        finally:
            if self._pending.get(uri) is task:
                del self._pending[uri]

    def forget(self, uri: str) -> None:
        self.cancel_publish(uri)
        self._analyses.pop(uri, None)

    def stop_checking(self) -> None:
        """At shutdown: no more publishes, and no check that has not started."""
        for uri in list(self._pending):
            self.cancel_publish(uri)
        self.checker.shutdown(wait=False, cancel_futures=True)


def create_server(debounce: float = DEBOUNCE_SECONDS) -> SeqlintLanguageServer:
    server = SeqlintLanguageServer(debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: SeqlintLanguageServer, params: types.DidOpenTextDocumentParams):
        ls.schedule_publish(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: SeqlintLanguageServer, params: types.DidChangeTextDocumentParams):
        ls.schedule_publish(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: SeqlintLanguageServer, params: types.DidSaveTextDocumentParams):
        # The text is what the changes made it; the configuration may have changed since.
        ls.schedule_publish(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: SeqlintLanguageServer, params: types.DidCloseTextDocumentParams):
        ls.forget(params.text_document.uri)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    async def code_action(ls: SeqlintLanguageServer, params: types.CodeActionParams):
        if not actions.wants_quick_fixes(params.context.only):
            return None
        uri = params.text_document.uri
        checked = await ls.findings(uri)
        if checked is None:
            return None
        analysis, reported = checked
        index = analysis.index(ls.encoding)
        fixes, disables = [], []
        for found in reported:
            published = diagnostics.to_lsp(found, index)
            if not overlaps(published.range, params.range):
                continue
            fix = actions.fix_action(uri, found, published, index)
            if fix is not None:
                fixes.append(fix)
            disable = actions.noqa_action(uri, analysis.text, found, published, index)
            if disable is not None:
                disables.append(disable)
        return fixes + disables  # the fixes first: what an editor offers at the top

    @server.feature(types.TEXT_DOCUMENT_INLAY_HINT, types.InlayHintOptions(resolve_provider=False))
    async def inlay_hint(ls: SeqlintLanguageServer, params: types.InlayHintParams):
        analysis = await ls.analysis(params.text_document.uri)
        if analysis is None:
            return None
        return hints.inlay_hints(analysis.sites, analysis.index(ls.encoding), params.range)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: SeqlintLanguageServer, params: types.HoverParams):
        analysis = await ls.analysis(params.text_document.uri)
        if analysis is None:
            return None
        return hover.hover(analysis.sites, analysis.index(ls.encoding), params.position)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: SeqlintLanguageServer, params):
        ls.stop_checking()

    return server


def serve() -> None:
    """Speak LSP over standard input and output until the client says ``exit``."""
    create_server().start_io()
