"""`seqlint lsp`, driven end to end by a real LSP client (pytest-lsp) over stdio, and the
conversions it is built from, tested on their own.

The server runs as `python -m seqlint lsp`, started once per client configuration; each test
opens documents of its own (under a temporary folder, so no pyproject.toml of this repository
applies) and closes them, waiting for each publish before the next step.
"""

from __future__ import annotations

import asyncio
import sys
import textwrap

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from seqlint import checks
from seqlint.checks import Span
from seqlint.lsp import actions, hints, positions
from seqlint.lsp.layers import LayerSite, LayerUse, call_ends, render_shape
from seqlint.lsp.positions import LineIndex

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "seqlint", "lsp"])
PUBLISH = types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
TIMEOUT = 10.0  # generous: a publish normally takes a few milliseconds plus the debounce

# The example: a Linear built for 32 * 8 * 8 features after a Flatten of (32, 7, 7).
ONE_LINE = ("import torch\nimport torch.nn as nn\n\n"
            "model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), "
            "nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), "
            "nn.Linear(32 * 8 * 8, 10))\n"
            "model(torch.randn(1, 3, 28, 28))\n")

MULTI_LINE = textwrap.dedent("""\
    import torch
    import torch.nn as nn

    model = nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 8 * 8, 10),
    )
    model(torch.randn(1, 3, 28, 28))
""")
LINEAR_LINE = 11  # 0-based: the line of nn.Linear(32 * 8 * 8, 10) in MULTI_LINE
FIXED = MULTI_LINE.replace("32 * 8 * 8", "32 * 7 * 7")

# The tests that talk to a server share its event loop (the server runs once per module).
over_stdio = pytest.mark.asyncio(loop_scope="module")


def _vscode_capabilities() -> types.ClientCapabilities:
    capabilities = pytest_lsp.client_capabilities("visual-studio-code")
    capabilities.text_document.inlay_hint = types.InlayHintClientCapabilities()  # newer VS Code
    return capabilities


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return tmp_path_factory.mktemp("workspace")


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, workspace):
    """A client with VS Code's capabilities: positions in UTF-16, as LSP's default."""
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=_vscode_capabilities(), root_uri=workspace.as_uri()))
    assert result.capabilities.position_encoding in (None, types.PositionEncodingKind.Utf16)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(scope="module", config=SERVER)
async def neovim(lsp_client: LanguageClient, workspace):
    """A client with Neovim's capabilities: it prefers UTF-8 positions, which the server takes."""
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("neovim@v0.11.0"), root_uri=workspace.as_uri()))
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    yield
    await lsp_client.shutdown_session()


# --- helpers -----------------------------------------------------------------------------


async def next_publish(client: LanguageClient, uri: str) -> types.PublishDiagnosticsParams:
    async def wait():
        while True:
            params = await client.wait_for_notification(PUBLISH)
            if params.uri == uri:
                return params
    return await asyncio.wait_for(wait(), TIMEOUT)


async def expect_publish(client: LanguageClient, uri: str) -> asyncio.Task:
    """Start waiting for ``uri``'s next publishDiagnostics; call it before the step that
    causes it (the tests make one step at a time, so no publish is missed)."""
    task = asyncio.ensure_future(next_publish(client, uri))
    await asyncio.sleep(0)  # the task runs up to its wait: the waiter is in place
    return task


async def open_document(client: LanguageClient, path, text: str) -> types.PublishDiagnosticsParams:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    published = await expect_publish(client, uri)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))
    return await published


def change_document(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))


async def close_document(client: LanguageClient, uri: str) -> None:
    published = await expect_publish(client, uri)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    assert list((await published).diagnostics) == []


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 positions) as an editor does, independently of the server's code."""
    lines = text.splitlines(keepends=True)

    def offset(position: types.Position) -> int:
        line = lines[position.line] if position.line < len(lines) else ""
        prefix = line.encode("utf-16-le")[:2 * position.character].decode("utf-16-le")
        return sum(len(earlier) for earlier in lines[:position.line]) + len(prefix)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


def whole_document() -> types.Range:
    return types.Range(types.Position(0, 0), types.Position(10_000, 0))


# --- diagnostics -------------------------------------------------------------------------


@over_stdio
async def test_open_publishes_the_error_with_its_range_code_and_severity(client, workspace):
    published = await open_document(client, workspace / "open" / "net.py", MULTI_LINE)
    [diagnostic] = published.diagnostics
    line = MULTI_LINE.splitlines()[LINEAR_LINE]
    assert diagnostic.code == "SEQ104"
    assert diagnostic.source == "seqlint"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert "1568 = 32 × 7 × 7" in diagnostic.message
    assert diagnostic.range == types.Range(
        types.Position(LINEAR_LINE, line.index("nn.Linear")),
        types.Position(LINEAR_LINE, line.index("nn.Linear") + len("nn.Linear(32 * 8 * 8, 10)")))
    assert published.version == 1
    await close_document(client, published.uri)


@over_stdio
async def test_change_to_fixed_text_clears_the_diagnostics_after_the_debounce(client, workspace):
    published = await open_document(client, workspace / "change" / "net.py", MULTI_LINE)
    uri = published.uri
    assert [d.code for d in published.diagnostics] == ["SEQ104"]

    # Typing: three versions in quick succession, the last one fixed.  Only the last is
    # checked and published.
    waiting = await expect_publish(client, uri)
    change_document(client, uri, 2, MULTI_LINE.replace("nn.ReLU(),\n    nn.MaxPool2d(2),\n    nn.Flatten", "nn.Flatten", 1))
    change_document(client, uri, 3, MULTI_LINE.replace("32 * 8 * 8", "32 * 7"))
    change_document(client, uri, 4, FIXED)
    cleared = await waiting
    assert (cleared.version, list(cleared.diagnostics)) == (4, [])

    # Broken again: the error comes back.
    waiting = await expect_publish(client, uri)
    change_document(client, uri, 5, MULTI_LINE)
    again = await waiting
    assert (again.version, [d.code for d in again.diagnostics]) == (5, ["SEQ104"])
    await close_document(client, uri)


@over_stdio
async def test_save_applies_the_configuration_as_it_now_is(client, workspace):
    folder = workspace / "configured"
    published = await open_document(client, folder / "net.py", MULTI_LINE)
    assert [d.code for d in published.diagnostics] == ["SEQ104"]

    (folder / "pyproject.toml").write_text('[tool.seqlint]\nignore = ["flatten-linear-mismatch"]\n')
    waiting = await expect_publish(client, published.uri)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(published.uri)))
    assert list((await waiting).diagnostics) == []
    await close_document(client, published.uri)


@over_stdio
async def test_per_file_ignores_apply_to_the_document(client, workspace):
    folder = workspace / "per-file"
    folder.mkdir()
    (folder / "pyproject.toml").write_text('[tool.seqlint.per-file-ignores]\n"legacy_*.py" = ["SEQ1"]\n')
    ignored = await open_document(client, folder / "legacy_net.py", MULTI_LINE)
    checked = await open_document(client, folder / "net.py", MULTI_LINE)
    assert list(ignored.diagnostics) == []
    assert [d.code for d in checked.diagnostics] == ["SEQ104"]
    await close_document(client, ignored.uri)
    await close_document(client, checked.uri)


@over_stdio
async def test_the_torch_version_of_the_configuration_is_checked_against(client, workspace):
    folder = workspace / "torch-version"
    folder.mkdir()
    text = "import torch.nn as nn\n\nmodel = nn.Sequential(nn.Linear(4, 8), nn.RMSNorm(8))\n"
    newest = await open_document(client, folder / "net.py", text)
    assert list(newest.diagnostics) == []
    await close_document(client, newest.uri)

    (folder / "pyproject.toml").write_text('[tool.seqlint]\ntorch-version = "2.3"\n')
    older = await open_document(client, folder / "net.py", text)
    assert [d.code for d in older.diagnostics] == ["SEQ109"]  # RMSNorm came in torch 2.4
    await close_document(client, older.uri)


@over_stdio
async def test_a_broken_configuration_is_shown_and_every_rule_stays_on(client, workspace):
    folder = workspace / "broken-config"
    folder.mkdir()
    (folder / "pyproject.toml").write_text('[tool.seqlint]\nignore = ["SEQ104"]\nselekt = ["SEQ1"]\n')
    published = await open_document(client, folder / "net.py", MULTI_LINE)
    assert [d.code for d in published.diagnostics] == ["SEQ104"]
    [message] = [m for m in client.messages if "selekt" in m.message]
    assert message.type == types.MessageType.Warning
    assert "did you mean `select`?" in message.message
    await close_document(client, published.uri)


@over_stdio
async def test_warnings_and_info_notes_keep_their_severity(client, workspace):
    text = textwrap.dedent("""\
        import torch.nn as nn

        model = nn.Sequential(nn.Linear(4, 8), nn.Softmax())
        other = nn.Sequential(nn.Linear(4, 8), Mystery(8), nn.Linear(8, 2))
    """)
    published = await open_document(client, workspace / "severities" / "net.py", text)
    severities = {d.code: d.severity for d in published.diagnostics}
    assert severities == {"SEQ201": types.DiagnosticSeverity.Warning,
                          "SEQ901": types.DiagnosticSeverity.Information}
    await close_document(client, published.uri)


@over_stdio
async def test_a_noqa_comment_suppresses_as_on_the_command_line(client, workspace):
    text = MULTI_LINE.replace("nn.Linear(32 * 8 * 8, 10),", "nn.Linear(32 * 8 * 8, 10),  # noqa: SEQ104")
    published = await open_document(client, workspace / "noqa" / "net.py", text)
    assert list(published.diagnostics) == []
    await close_document(client, published.uri)


@over_stdio
async def test_non_ascii_line_positions_are_utf16_code_units(client, workspace):
    # "é" is one UTF-16 unit, "😀" two: the layer starts 3 units after its 2 characters.
    text = 'import torch.nn as nn\nx = "é😀"; m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n'
    published = await open_document(client, workspace / "utf16" / "net.py", text)
    [diagnostic] = published.diagnostics
    line = text.splitlines()[1]
    start = line.index("nn.Linear(7") + 1  # one more unit than characters: the emoji
    assert diagnostic.range == types.Range(types.Position(1, start), types.Position(1, start + len("nn.Linear(7, 2)")))

    hovered = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(published.uri), types.Position(1, start + 4)))
    assert "input: `(N, 8)`" in hovered.contents.value
    assert hovered.range == diagnostic.range
    await close_document(client, published.uri)


@over_stdio
async def test_utf8_positions_when_the_client_prefers_them(neovim, workspace):
    text = 'import torch.nn as nn\nx = "é😀"; m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n'
    published = await open_document(neovim, workspace / "utf8" / "net.py", text)
    [diagnostic] = published.diagnostics
    line = text.splitlines()[1]
    before = line[:line.index("nn.Linear(7")]
    start = len(before.encode("utf-8"))  # é is 2 bytes, 😀 4
    assert diagnostic.range.start == types.Position(1, start)
    assert diagnostic.range.end == types.Position(1, start + len("nn.Linear(7, 2)"))
    await close_document(neovim, published.uri)


# --- code actions ------------------------------------------------------------------------


async def code_actions(client, uri, diagnostic) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), diagnostic.range,
        types.CodeActionContext(diagnostics=[diagnostic])))


@over_stdio
async def test_quick_fix_replaces_the_wrong_size(client, workspace):
    published = await open_document(client, workspace / "quick-fix" / "net.py", ONE_LINE)
    [diagnostic] = published.diagnostics
    found = await code_actions(client, published.uri, diagnostic)
    [fix] = [a for a in found if a.is_preferred]
    assert fix.kind == types.CodeActionKind.QuickFix
    assert list(fix.diagnostics) == [diagnostic]
    [edit] = fix.edit.changes[published.uri]
    assert ONE_LINE.splitlines()[3][edit.range.start.character:edit.range.end.character] == "32 * 8 * 8"
    assert edit.new_text == "32 * 7 * 7"
    fixed = apply_edits(ONE_LINE, fix.edit.changes[published.uri])
    assert fixed == ONE_LINE.replace("32 * 8 * 8", "32 * 7 * 7")

    # The editor applies it: the error is gone.
    waiting = await expect_publish(client, published.uri)
    change_document(client, published.uri, 2, fixed)
    assert list((await waiting).diagnostics) == []
    await close_document(client, published.uri)


@over_stdio
async def test_disable_for_this_line_adds_a_noqa_comment(client, workspace):
    published = await open_document(client, workspace / "disable" / "net.py", MULTI_LINE)
    [diagnostic] = published.diagnostics
    found = await code_actions(client, published.uri, diagnostic)
    [disable] = [a for a in found if a.title == "Disable SEQ104 for this line"]
    assert disable.kind == types.CodeActionKind.QuickFix
    assert list(disable.diagnostics) == [diagnostic]
    assert not disable.is_preferred
    edited = apply_edits(MULTI_LINE, disable.edit.changes[published.uri])
    assert edited.splitlines()[LINEAR_LINE] == "    nn.Linear(32 * 8 * 8, 10),  # noqa: SEQ104"

    waiting = await expect_publish(client, published.uri)
    change_document(client, published.uri, 2, edited)
    assert list((await waiting).diagnostics) == []
    await close_document(client, published.uri)


@over_stdio
async def test_disable_extends_an_existing_noqa_list(client, workspace):
    text = MULTI_LINE.replace("nn.Linear(32 * 8 * 8, 10),", "nn.Linear(32 * 8 * 8, 10),  # noqa: E501")
    published = await open_document(client, workspace / "extend" / "net.py", text)
    [diagnostic] = published.diagnostics
    found = await code_actions(client, published.uri, diagnostic)
    [disable] = [a for a in found if a.title.startswith("Disable")]
    edited = apply_edits(text, disable.edit.changes[published.uri])
    assert edited.splitlines()[LINEAR_LINE] == "    nn.Linear(32 * 8 * 8, 10),  # noqa: E501, SEQ104"
    await close_document(client, published.uri)


@over_stdio
async def test_code_actions_only_for_diagnostics_in_the_range(client, workspace):
    published = await open_document(client, workspace / "range" / "net.py", MULTI_LINE)
    elsewhere = types.Range(types.Position(0, 0), types.Position(0, 5))
    found = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(published.uri), elsewhere, types.CodeActionContext(diagnostics=[])))
    assert not found
    refactors_only = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(published.uri), published.diagnostics[0].range,
        types.CodeActionContext(diagnostics=published.diagnostics, only=[types.CodeActionKind.Refactor])))
    assert not refactors_only
    await close_document(client, published.uri)


# --- inlay hints and hover -----------------------------------------------------------------


async def inlay_hints(client, uri, within=None) -> list[types.InlayHint]:
    return await client.text_document_inlay_hint_async(types.InlayHintParams(
        types.TextDocumentIdentifier(uri), within or whole_document()))


@over_stdio
async def test_inlay_hints_show_each_layers_output_shape_at_the_end_of_its_line(client, workspace):
    published = await open_document(client, workspace / "hints" / "net.py", FIXED)
    found = await inlay_hints(client, published.uri)
    lines = FIXED.splitlines()
    assert [(h.position.line, h.label) for h in found] == [
        (4, "→ (1, 16, 28, 28)"),
        (5, "→ (1, 16, 28, 28)"),
        (6, "→ (1, 16, 14, 14)"),
        (7, "→ (1, 32, 14, 14)"),
        (8, "→ (1, 32, 14, 14)"),
        (9, "→ (1, 32, 7, 7)"),
        (10, "→ (1, 1568)"),
        (11, "→ (1, 10)"),
    ]
    assert all(h.position.character == len(lines[h.position.line]) for h in found)
    assert all(h.kind == types.InlayHintKind.Type and h.padding_left for h in found)

    # Only the hints within the range asked for.
    some = await inlay_hints(client, published.uri, types.Range(types.Position(6, 0), types.Position(8, 0)))
    assert [h.position.line for h in some] == [6, 7]
    await close_document(client, published.uri)


@over_stdio
async def test_inlay_hints_of_a_model_on_one_line_follow_each_call(client, workspace):
    published = await open_document(client, workspace / "one-line" / "net.py", ONE_LINE)
    found = await inlay_hints(client, published.uri)
    line = ONE_LINE.splitlines()[3]
    # After each call's closing parenthesis; the Linear that fails has no shape, so no hint.
    assert [(line[:h.position.character].rsplit("nn.", 1)[1], h.label) for h in found] == [
        ("Conv2d(3, 16, 3, padding=1)", "→ (1, 16, 28, 28)"),
        ("ReLU()", "→ (1, 16, 28, 28)"),
        ("MaxPool2d(2)", "→ (1, 16, 14, 14)"),
        ("Conv2d(16, 32, 3, padding=1)", "→ (1, 32, 14, 14)"),
        ("ReLU()", "→ (1, 32, 14, 14)"),
        ("MaxPool2d(2)", "→ (1, 32, 7, 7)"),
        ("Flatten()", "→ (1, 1568)"),
    ]
    await close_document(client, published.uri)


@over_stdio
async def test_hover_shows_a_layers_input_and_output_shapes(client, workspace):
    published = await open_document(client, workspace / "hover" / "net.py", FIXED)
    uri = types.TextDocumentIdentifier(published.uri)
    conv = await client.text_document_hover_async(types.HoverParams(uri, types.Position(7, 8)))
    assert conv.contents.kind == types.MarkupKind.Markdown
    assert conv.contents.value == ("**Conv2d** · `model[3]`\n\n"
                                   "- input: `(1, 16, 14, 14)`\n"
                                   "- output: `(1, 32, 14, 14)`")
    assert conv.range == types.Range(types.Position(7, 4), types.Position(7, 4 + len("nn.Conv2d(16, 32, 3, padding=1)")))

    first = await client.text_document_hover_async(types.HoverParams(uri, types.Position(4, 4)))
    assert "- input: `(1, 3, 28, 28)`\n- output: `(1, 16, 28, 28)`" in first.contents.value

    nothing = await client.text_document_hover_async(types.HoverParams(uri, types.Position(0, 3)))
    assert nothing is None
    await close_document(client, published.uri)


@over_stdio
async def test_notebooks_are_left_to_the_command_line(client, workspace):
    path = workspace / "notebook" / "lab.ipynb"
    path.parent.mkdir()
    path.write_text("{}")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=path.as_uri(), language_id="python", version=1, text=MULTI_LINE)))
    assert await inlay_hints(client, path.as_uri()) is None
    await close_document(client, path.as_uri())


# --- the conversions, without a client ---------------------------------------------------------


def test_a_fix_becomes_text_edits_in_lsp_positions():
    text = "import torch.nn as nn\n" + 'x = "😀"; m = nn.Linear(32 * 8 * 8, 10)\n'
    fix = {"message": "Replace 32 * 8 * 8 with 32 * 7 * 7", "applicability": "safe",
           "edits": [{"line": 2, "column": 24, "end_line": 2, "end_column": 34, "content": "32 * 7 * 7"}]}
    assert text.splitlines()[1][23:33] == "32 * 8 * 8"
    diagnostic = checks.FlattenLinearMismatch("net.py", Span(2, 14, 2, 39), ("Linear", 2048, 1568, "32 × 7 × 7"), fix=fix)
    index = LineIndex(text)
    published = types.Diagnostic(range=index.span_range(diagnostic.span), message=diagnostic.message)

    action = actions.fix_action("file:///net.py", diagnostic, published, index)
    assert action.title == "Replace 32 * 8 * 8 with 32 * 7 * 7"
    assert action.kind == types.CodeActionKind.QuickFix and action.is_preferred
    assert action.diagnostics == [published]
    [edit] = action.edit.changes["file:///net.py"]
    assert edit == types.TextEdit(types.Range(types.Position(1, 24), types.Position(1, 34)), "32 * 7 * 7")
    assert apply_edits(text, [edit]) == text.replace("32 * 8 * 8", "32 * 7 * 7")

    unsafe = actions.fix_action("file:///net.py", checks.FlattenLinearMismatch(
        "net.py", diagnostic.span, diagnostic.args, fix={**fix, "applicability": "unsafe"}), published, index)
    assert unsafe.title == "Replace 32 * 8 * 8 with 32 * 7 * 7 (unsafe fix)" and not unsafe.is_preferred
    assert actions.fix_action("file:///net.py", checks.FlattenLinearMismatch(
        "net.py", diagnostic.span, diagnostic.args), published, index) is None
    assert actions.fix_edits({"message": "?", "edits": [{"line": 1}]}, index) is None


def test_noqa_edit_is_an_insertion_at_the_end_of_the_line_its_comment_goes_on():
    text = "import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), \\\n    nn.Linear(7, 2))\n"
    diagnostic = checks.FeatureMismatch("net.py", Span(2, 5, 2, 10), ("Linear", 7, "input features", 8))
    [edit] = actions.noqa_edits(text, diagnostic, LineIndex(text))
    # A backslash continuation: the comment goes on the line the statement ends on.
    assert edit == types.TextEdit(types.Range(types.Position(2, 20), types.Position(2, 20)), "  # noqa: SEQ101")
    inside_string = 's = """\nnn.Linear(4, 8)\n"""\n'
    assert actions.noqa_edits(inside_string, checks.FeatureMismatch("x.py", Span(2, 1, 2, 5), ()),
                              LineIndex(inside_string)) == [
        types.TextEdit(types.Range(types.Position(2, 3), types.Position(2, 3)), "  # noqa: SEQ101")]


@pytest.mark.parametrize(("encoding", "units"), [("utf-16", 3), ("utf-8", 6), ("utf-32", 2)])
def test_positions_count_the_negotiated_code_units(encoding, units):
    index = LineIndex('é😀x\r\nsecond\rthird\x0cstill third\n', encoding)
    assert index.position(1, 3) == types.Position(0, units)  # before "x"
    assert index.seqlint_position(types.Position(0, units)) == (1, 3)
    assert index.seqlint_position(types.Position(0, 99)) == (1, 4)  # past the end: the end
    assert index.position(3, 7) == types.Position(2, 6)  # a form feed is no line break
    assert index.position(9, 1) == types.Position(3, 0)  # past the last line: the end
    assert index.position(1, 99) == types.Position(0, units + 1)


def test_a_position_inside_a_surrogate_pair_is_on_its_character():
    index = LineIndex("😀x", positions.UTF16)
    assert [index.seqlint_position(types.Position(0, c)) for c in range(4)] == [(1, 1), (1, 1), (1, 2), (1, 3)]


def test_shapes_render_as_the_text_reporter_prints_them():
    assert render_shape([1, 32, 7, 7]) == "(1, 32, 7, 7)"
    assert render_shape(["N", "(H - 1) // 2 + 1", "?"]) == "(N, (H - 1) // 2 + 1, ?)"
    assert render_shape([5]) == "(5,)"
    assert render_shape([["N", 5], [[1, 5], [1, 5]]]) == "((N, 5), ((1, 5), (1, 5)))"
    assert render_shape([["N", 5], None]) == "((N, 5), (?))"


def test_call_ends_are_character_columns_and_prefer_the_constructor():
    text = 'x = "é"; a = nn.Linear(4, 8).to(dev)\n'
    assert call_ends(text)[(1, 14)] == (1, 29)  # nn.Linear(4, 8), not the .to(...) call around it
    assert call_ends("def broken(:\n") == {}


def test_a_call_that_builds_several_layers_shows_each_shape_once():
    site = LayerSite(3, 5, (3, 20), [
        LayerUse("m", 1, i, "Linear", None, shape)
        for i, shape in enumerate([["N", 16], ["N", 32], ["N", 16], None, ["N", 64], ["N", 8], ["N", 4]])])
    assert hints.label(site) == "→ (N, 16) | (N, 32) | (N, 64) | (N, 8) | …"
    assert hints.label(LayerSite(1, 1, None, [LayerUse(None, 1, 0, "Linear", None, None)])) is None


def test_code_action_kinds_asked_for():
    assert actions.wants_quick_fixes(None)
    assert actions.wants_quick_fixes([types.CodeActionKind.QuickFix])
    assert actions.wants_quick_fixes([types.CodeActionKind.Empty])
    assert not actions.wants_quick_fixes([types.CodeActionKind.SourceFixAll])


def test_lsp_without_pygls_says_what_to_install(monkeypatch, capsys):
    from seqlint import cli

    monkeypatch.setitem(sys.modules, "pygls", None)  # import pygls raises ImportError
    monkeypatch.delitem(sys.modules, "seqlint.lsp.server", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["lsp"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == "seqlint: error: the language server needs pygls: install seqlint[lsp]\n"
