"""``newslint lsp`` driven by a real LSP client (pygls's) over the server process's
standard input and output: diagnostics as ``newslint check`` reports them, in UTF-16
positions; hover; quick fixes and fix-all giving the text ``--fix`` writes; suppression
comments; settings from the document's folder; a clean shutdown."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sys
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient

from click.testing import CliRunner

from conftest import ROOT, SEEDS
from linter.app.cli import main

TIMEOUT = 20.0
BREAK = re.compile(r"\r\n|\r|\n")


# --- an independent model of LSP positions, to check the server's ---------------------------


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in BREAK.finditer(text))]


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def to_position(text: str, offset: int) -> tuple[int, int]:
    starts = _line_starts(text)
    line = max(i for i, s in enumerate(starts) if s <= offset)
    return line, utf16(text[starts[line]:offset])


def to_offset(text: str, line: int, character: int) -> int:
    start = _line_starts(text)[line]
    offset, units = start, 0
    while units < character:
        units += utf16(text[offset])
        offset += 1
    return offset


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply edits whose ranges refer to the same original text (as LSP requires)."""
    spans = [(to_offset(text, e.range.start.line, e.range.start.character),
              to_offset(text, e.range.end.line, e.range.end.character), e.new_text) for e in edits]
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    assert action.edit is not None
    if action.edit.document_changes:
        return [e for change in action.edit.document_changes if change.text_document.uri == uri for e in change.edits]
    return list((action.edit.changes or {}).get(uri, []))


def newslint(*args: str) -> str:
    """What the command line prints (run in this process: the server is the subprocess)."""
    out = CliRunner().invoke(main, list(args))
    assert out.exit_code in (0, 1), out.output
    return out.stdout


def check_json(path: Path) -> list[dict]:
    """What ``newslint check --format json`` reports for a file."""
    return json.loads(newslint("check", "--format", "json", "--no-profile", str(path)))["files"][0]["findings"]


# --- the client -----------------------------------------------------------------------------


class Editor:
    """A language client running the server as ``python -m linter lsp``."""

    def __init__(self, cwd: Path, encoding: str = types.PositionEncodingKind.Utf16, *args: str,
                 hover: types.MarkupKind = types.MarkupKind.PlainText) -> None:
        self.loop = asyncio.new_event_loop()
        self.client = LanguageClient("newslint-tests", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.registrations: list[types.Registration] = []
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.published.setdefault(params.uri, []).append(params)

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)

        self.run(self.client.start_io(sys.executable, "-m", "linter", "lsp", *args, cwd=str(cwd)))
        capabilities = types.ClientCapabilities(
            general=types.GeneralClientCapabilities(position_encodings=[encoding]),
            text_document=types.TextDocumentClientCapabilities(
                hover=types.HoverClientCapabilities(content_format=[hover]),
                code_action=types.CodeActionClientCapabilities()),
            workspace=types.WorkspaceClientCapabilities(
                workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
                did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)))
        self.init = self.run(self.client.initialize_async(types.InitializeParams(
            capabilities=capabilities, root_uri=cwd.as_uri(), process_id=None)))
        self.client.initialized(types.InitializedParams())

    def run(self, coroutine):
        return self.loop.run_until_complete(asyncio.wait_for(coroutine, TIMEOUT))

    def open(self, path: Path, text: str | None = None, language: str = "plaintext") -> str:
        uri = path.as_uri()
        self.texts[uri] = path.read_text("utf-8") if text is None else text
        self.versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=uri, language_id=language, version=1, text=self.texts[uri])))
        return uri

    def write_and_open(self, path: Path, text: str, language: str = "plaintext") -> str:
        path.write_text(text, "utf-8")
        return self.open(path, text, language)

    def change(self, uri: str, new_text: str, whole: bool = False) -> None:
        """Send the change from the current text to ``new_text``: one incremental edit
        (the differing middle), or the whole text."""
        old = self.texts[uri]
        if whole:
            change: types.TextDocumentContentChangeEvent = types.TextDocumentContentChangeWholeDocument(text=new_text)
        else:
            a = 0
            while a < min(len(old), len(new_text)) and old[a] == new_text[a]:
                a += 1
            b = 0
            while b < min(len(old), len(new_text)) - a and old[-1 - b] == new_text[-1 - b]:
                b += 1
            (l1, c1), (l2, c2) = to_position(old, a), to_position(old, len(old) - b)
            change = types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=l1, character=c1), end=types.Position(line=l2, character=c2)),
                text=new_text[a:len(new_text) - b])
        self.texts[uri] = new_text
        self.versions[uri] += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[change]))

    def until(self, condition) -> None:
        """Let the client run until ``condition()`` holds."""
        async def wait() -> None:
            while not condition():
                await asyncio.sleep(0.01)
        self.run(wait())

    def diagnostics(self, uri: str, count: int = 1) -> list[types.Diagnostic]:
        """The diagnostics of the ``count``-th publication for the document's current version."""
        async def wait() -> types.PublishDiagnosticsParams:
            while True:
                current = [p for p in self.published.get(uri, []) if p.version == self.versions.get(uri)]
                if len(current) >= count:
                    return current[count - 1]
                await asyncio.sleep(0.01)
        return self.run(wait()).diagnostics

    def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        return self.run(self.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=line, character=character))))

    def actions(self, uri: str, range_: types.Range, only: list[str] | None = None) -> list[types.CodeAction]:
        found = self.run(self.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=range_,
            context=types.CodeActionContext(diagnostics=[], only=only))))
        return list(found or [])

    def stop(self) -> int | None:
        self.run(self.client.shutdown_async(None))
        self.client.exit(None)
        self.run(self.client.stop())
        server = self.client._server
        self.loop.close()
        return server.returncode if server is not None else None


@pytest.fixture(scope="module")
def editor(tmp_path_factory) -> Editor:
    session = Editor(tmp_path_factory.mktemp("lsp-root"))
    yield session
    session.stop()


def _copy(seed: str, folder: Path) -> Path:
    (folder / ".git").mkdir(exist_ok=True)  # a project root: no config from above it applies
    target = folder / seed
    shutil.copy(SEEDS / seed, target)
    return target


def _expected(path: Path) -> set[tuple]:
    """The check command's findings as diagnostics would carry them (0-based, UTF-16):
    one per group on the same words, the primary, naming the others' codes."""
    text = path.read_text("utf-8")
    severity = {"error": 1, "warning": 2, "info": 3}
    findings = [f for f in check_json(path) if f["primary"]]

    def message(f: dict) -> str:
        return f["message"] + (f" (also {', '.join(f['related'])})" if f["related"] else "")

    out = {(f["code"], message(f), severity[f["severity"]], to_position(text, f["start"]), to_position(text, f["end"]))
           for f in findings}
    assert len(out) == len(findings)
    return out


def _got(diagnostics: list[types.Diagnostic]) -> set[tuple]:
    return {(d.code, d.message, int(d.severity), (d.range.start.line, d.range.start.character),
             (d.range.end.line, d.range.end.character)) for d in diagnostics}


# --- the tests ------------------------------------------------------------------------------


def test_initialize_announces_the_features(editor: Editor) -> None:
    caps = editor.init.capabilities
    assert caps.hover_provider
    assert caps.position_encoding == types.PositionEncodingKind.Utf16
    kinds = caps.code_action_provider.code_action_kinds
    assert "source.fixAll.newslint" in kinds and types.CodeActionKind.QuickFix in kinds
    assert caps.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert caps.text_document_sync.open_close and caps.text_document_sync.save  # diagnostics on open and save
    # config files and packs are watched, as the client allows dynamic registration
    editor.until(lambda: any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in editor.registrations))


@pytest.mark.parametrize("seed,language", [("slanted-transit.txt", "plaintext"), ("storm-recovery.md", "markdown"),
                                           ("harbour-fire.html", "html")])
def test_seed_diagnostics_are_what_check_reports(editor: Editor, tmp_path: Path, seed: str, language: str) -> None:
    path = _copy(seed, tmp_path)
    uri = editor.open(path, language=language)
    diagnostics = editor.diagnostics(uri)
    assert diagnostics and _got(diagnostics) == _expected(path)
    assert len(diagnostics) == len(_got(diagnostics))  # one diagnostic per group of findings
    for d in diagnostics:
        if "(also " in d.message:  # the others on the same words, where they are
            assert d.related_information and all(r.location.uri == uri for r in d.related_information)
        assert d.source == "newslint"
        assert d.code_description.href.startswith("https://github.com/newslint/newslint/blob/main/rules/")
        assert d.code_description.href.endswith(".toml")


def test_ranges_count_utf16_units_after_emoji_and_accents(editor: Editor, tmp_path: Path) -> None:
    text = ("Caf\u00e9 owners r\u00e9agir \U0001F600 to the fare fiasco\n\n"
            "The na\u00efve \U0001F68C\U0001F68C minister claimed that the fare rise was a fiasco.\n")
    path = tmp_path / "emoji.txt"
    uri = editor.write_and_open(path, text)
    diagnostics = editor.diagnostics(uri)
    by_code = {d.code: d for d in diagnostics}
    assert {"ATTR003", "LOAD001"} <= set(by_code)
    start = text.index("claimed")
    line, char = to_position(text, start)
    assert (line, char) == (2, len(text[text.index("The"):start]) + 2)  # two astral characters: +2 units
    assert (by_code["ATTR003"].range.start.line, by_code["ATTR003"].range.start.character) == (line, char)
    # the headline's "fiasco" ends at code point 39, UTF-16 unit 40 (one emoji before it)
    assert text.index("fiasco") + len("fiasco") == 39
    assert (by_code["LOAD001"].range.start.line, by_code["LOAD001"].range.end.character) == (0, 40)
    assert _got(diagnostics) == _expected(path)


def test_incremental_change_after_a_line_separator_removes_the_fixed_finding(editor: Editor, tmp_path: Path) -> None:
    # U+2028 is not a line break for LSP: an edit on the line after it must land where meant.
    text = ("Council raises fares\n\nRiders\u2028said the so-called reform, a fiasco, was rushed.\n"
            "The mayor claimed that the plan was fair.\n")
    path = tmp_path / "separator.txt"
    uri = editor.write_and_open(path, text)
    assert "ATTR003" in {d.code for d in editor.diagnostics(uri)}
    fixed = text.replace("claimed that", "said that")
    editor.change(uri, fixed)
    after = editor.diagnostics(uri)
    assert "ATTR003" not in {d.code for d in after}
    path.write_text(fixed, "utf-8")
    assert _got(after) == _expected(path)  # the server's copy of the text is the editor's


def test_hover_shows_the_rule_explanation(editor: Editor, tmp_path: Path) -> None:
    path = _copy("slanted-transit.txt", tmp_path)
    uri = editor.open(path)
    diagnostic = next(d for d in editor.diagnostics(uri) if d.code == "ATTR003")
    explained = newslint("rule", "ATTR003").strip()
    found = editor.hover(uri, diagnostic.range.start.line, diagnostic.range.start.character + 1)
    assert found is not None and found.contents.kind == types.MarkupKind.PlainText
    assert explained in found.contents.value
    assert diagnostic.message in found.contents.value
    assert found.range == diagnostic.range
    blank = next(i for i, line in enumerate(editor.texts[uri].splitlines()) if not line.strip())
    assert editor.hover(uri, blank, 0) is None  # nothing flagged there


def test_quick_fixes_one_by_one_and_fix_all_give_what_check_fix_writes(editor: Editor, tmp_path: Path) -> None:
    path = _copy("slanted-transit.txt", tmp_path)
    original = path.read_text("utf-8")
    fixed_copy = tmp_path / "fixed.txt"
    fixed_copy.write_text(original, "utf-8")
    newslint("check", "--fix", "--no-profile", str(fixed_copy))
    want = fixed_copy.read_text("utf-8")
    assert want != original
    uri = editor.open(path)
    everything = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=10_000, character=0))

    # fix-on-save asks for source.fixAll: one action with every safe fix
    fix_all = editor.actions(uri, everything, only=[types.CodeActionKind.SourceFixAll])
    assert [a.kind for a in fix_all] == ["source.fixAll.newslint"]
    assert apply_edits(original, edits_of(fix_all[0], uri)) == want

    # quick fixes, each on its own diagnostic, applied one at a time
    while True:
        diagnostics = editor.diagnostics(uri)
        fixes = [a for d in diagnostics for a in editor.actions(uri, d.range, only=[types.CodeActionKind.QuickFix])
                 if a.title.startswith(("Replace", "Delete")) and a.diagnostics[0].range == d.range]
        if not fixes:
            break
        assert fixes[0].is_preferred and fixes[0].diagnostics[0].code in {"ATTR003", "LOAD005"}
        editor.change(uri, apply_edits(editor.texts[uri], edits_of(fixes[0], uri)))
    assert editor.texts[uri] == want


def test_suppression_comment_in_markdown_silences_that_finding(editor: Editor, tmp_path: Path) -> None:
    path = _copy("storm-recovery.md", tmp_path)
    uri = editor.open(path, language="markdown")
    before = editor.diagnostics(uri)
    target = next(d for d in before if d.code.startswith("LOAD"))
    suppress = [a for a in editor.actions(uri, target.range) if a.title.startswith(f"Suppress {target.code}")]
    assert len(suppress) == 1
    edited = apply_edits(editor.texts[uri], edits_of(suppress[0], uri))
    inserted = f"<!-- newslint-disable-next {target.code} -->\n"
    assert inserted in edited
    # the comment sits on its own line, right above the flagged paragraph (one line here)
    assert edited.splitlines()[target.range.start.line] == inserted.strip()
    editor.change(uri, edited)
    after = editor.diagnostics(uri)
    assert (target.code, target.message) not in {(d.code, d.message) for d in after}
    assert len(after) == len(before) - 1
    path.write_text(edited, "utf-8")
    assert _got(after) == _expected(path)


MARKDOWN = ("# Fares rise\n\n> Riders waited at the stops\n> while the fiasco went on for weeks.\n\n"
            "- The first list item is calm.\n- The second item is a fiasco.\n\n"
            "The plan went on,\na fiasco by any measure.\n")


@pytest.mark.parametrize("which,line,comment", [
    (0, 2, "> <!-- newslint-disable-next LOAD001 -->"),  # inside the quotation, above its first line
    (1, 6, "<!-- newslint-disable-next LOAD001 -->"),  # above the list item
    (2, 8, "<!-- newslint-disable-next LOAD001 -->"),  # above the paragraph's first line, not the finding's
])
def test_suppression_comment_goes_above_the_markdown_block(editor: Editor, tmp_path: Path, which: int, line: int,
                                                            comment: str) -> None:
    path = tmp_path / "blocks.md"
    uri = editor.write_and_open(path, MARKDOWN, language="markdown")
    before = sorted(editor.diagnostics(uri), key=lambda d: d.range.start.line)
    assert [d.code for d in before] == ["LOAD001"] * 3
    target = before[which]
    [suppress] = [a for a in editor.actions(uri, target.range) if a.title.startswith("Suppress LOAD001")]
    edited = apply_edits(MARKDOWN, edits_of(suppress, uri))
    assert edited.splitlines()[line] == comment
    editor.change(uri, edited)
    after = editor.diagnostics(uri)
    assert len(after) == 2 and target.range.start.line + 1 not in {d.range.start.line for d in after}
    path.write_text(edited, "utf-8")
    assert _got(after) == _expected(path)


def test_no_suppression_offered_for_a_finding_on_a_comment(editor: Editor, tmp_path: Path) -> None:
    text = "# Fares rise\n\n<!-- newslint-disable-next LOAD999 -->\nThe fiasco went on for weeks.\n"
    uri = editor.write_and_open(tmp_path / "typo.md", text, language="markdown")
    lint = next(d for d in editor.diagnostics(uri) if d.code == "LINT001")
    assert not [a for a in editor.actions(uri, lint.range) if a.title.startswith("Suppress LINT001")]


def test_suppression_comment_in_html(editor: Editor, tmp_path: Path) -> None:
    path = tmp_path / "inline.html"
    text = ("<html><body><h1>Fares rise</h1>\n"
            "    <p>Riders were calm.</p><p>The fiasco went on for weeks.</p>\n</body></html>\n")
    uri = editor.write_and_open(path, text, language="html")
    target = next(d for d in editor.diagnostics(uri) if d.code == "LOAD001")
    suppress = next(a for a in editor.actions(uri, target.range) if a.title.startswith("Suppress LOAD001"))
    edited = apply_edits(text, edits_of(suppress, uri))
    # another block ends on the line: the comment goes right before the flagged paragraph's text
    assert "<p><!-- newslint-disable-next LOAD001 -->The fiasco" in edited
    editor.change(uri, edited)
    assert "LOAD001" not in {d.code for d in editor.diagnostics(uri)}


def test_settings_come_from_the_documents_folder(editor: Editor, tmp_path: Path) -> None:
    text = "Fares rise\n\nThe fiasco went on for weeks. The harbor reopened on Monday.\n"
    quiet, plain = tmp_path / "desk", tmp_path / "other"
    for folder in (quiet, plain):
        folder.mkdir()
        (folder / ".git").mkdir()
    config = quiet / "newslint.toml"
    house = (ROOT / "examples" / "house-style" / "house.toml").as_posix()
    config.write_text(f'ignore = ["LOAD001"]\npacks = ["{house}"]\n', "utf-8")
    (quiet / "a.txt").write_text(text, "utf-8")
    (plain / "a.txt").write_text(text, "utf-8")
    desk = {d.code: d for d in editor.diagnostics(editor.open(quiet / "a.txt"))}
    assert "LOAD001" not in desk
    assert desk["HG101"].code_description.href == Path(house).as_uri()  # a house rule links to its pack
    assert {"LOAD001"} == {d.code for d in editor.diagnostics(editor.open(plain / "a.txt"))}
    # the config changes on disk and the editor's file watcher says so: linted again
    config.write_text(f'ignore = []\npacks = ["{house}"]\n', "utf-8")
    editor.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
    assert "LOAD001" in {d.code for d in editor.diagnostics(quiet.joinpath("a.txt").as_uri(), 2)}
    # saving the document reads the configs again too (for editors that do not watch files)
    config.write_text(f'ignore = ["LOAD001"]\npacks = ["{house}"]\n', "utf-8")
    editor.client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=quiet.joinpath("a.txt").as_uri())))
    assert "LOAD001" not in {d.code for d in editor.diagnostics(quiet.joinpath("a.txt").as_uri(), 3)}


def test_a_document_newslint_cannot_read_is_one_diagnostic(editor: Editor, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"headline": "Fares", "body": ', "utf-8")
    uri = editor.open(broken, language="json")
    [diagnostic] = editor.diagnostics(uri)
    assert diagnostic.severity == types.DiagnosticSeverity.Error and "broken.json" in diagnostic.message
    config = tmp_path / "package.json"
    config.write_text('{"name": "site", "version": "1.0.0"}', "utf-8")
    assert not editor.diagnostics(editor.open(config, language="json"))  # not an article: nothing to say
    # a config with a typo: one diagnostic naming it, findings again once it is mended
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".git").mkdir()
    bad = tmp_path / "desk" / "newslint.toml"
    bad.write_text('ignroe = ["LOAD001"]\n', "utf-8")
    story = editor.write_and_open(tmp_path / "desk" / "story.txt", "Fares rise\n\nThe fiasco went on for weeks.\n")
    [diagnostic] = editor.diagnostics(story)
    assert "newslint.toml" in diagnostic.message and "ignroe" in diagnostic.message
    bad.write_text('ignore = ["STYLE"]\n', "utf-8")
    editor.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=bad.as_uri(), type=types.FileChangeType.Changed)]))
    assert [d.code for d in editor.diagnostics(story, 2)] == ["LOAD001"]
    # the server is still there, and a file it does not lint gets no diagnostics
    other = tmp_path / "script.py"
    other.write_text("print('fiasco')\n", "utf-8")
    other_uri = editor.open(other, language="python")
    assert editor.hover(other_uri, 0, 8) is None
    assert other_uri not in editor.published


def test_utf8_positions_an_unsaved_buffer_and_a_clean_exit(tmp_path: Path) -> None:
    """A client that asks for UTF-8 positions (as Neovim does) gets byte columns; a buffer
    with no file yet is linted by its language; shutdown then exit ends the process with 0."""
    start = time.monotonic()
    session = Editor(tmp_path, types.PositionEncodingKind.Utf8, "--stdio",  # as VS Code's client passes it
                     hover=types.MarkupKind.Markdown)
    assert session.init.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    text = "Caf\u00e9 owners \U0001F600 fear a fiasco\n\nThe minister claimed that fares would fall.\n"
    uri = "untitled:Untitled-1"
    session.texts[uri], session.versions[uri] = text, 1
    session.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="markdown", version=1, text=text)))
    by_code = {d.code: d for d in session.diagnostics(uri)}
    fiasco = by_code["LOAD001"].range
    head = text[:text.index("fiasco")]
    assert (fiasco.start.line, fiasco.start.character) == (0, len(head.encode("utf-8")))
    assert len(head.encode("utf-8")) == len(head) + 1 + 3  # é is two bytes, the emoji four
    assert by_code["ATTR003"].range.start == types.Position(line=2, character=len("The minister "))
    # a client that reads Markdown gets the explanation verbatim in a code block
    shown = session.hover(uri, 2, len("The minister "))
    assert shown.contents.kind == types.MarkupKind.Markdown
    assert f"```text\n{newslint('rule', 'ATTR003').strip()}\n```" in shown.contents.value
    assert session.stop() == 0
    assert time.monotonic() - start < TIMEOUT


def test_position_conversion_at_the_edges() -> None:
    """The converter the server uses, on the cases a client rarely sends."""
    from linter.app.lsp.positions import Lines, apply_change

    text = "a\U0001F600b\r\nc\u2028d\re"
    lines = Lines(text)
    assert [lines.position(i) for i in range(len(text) + 1)] == [
        (0, 0), (0, 1), (0, 3), (0, 4), (0, 5), (1, 0), (1, 1), (1, 2), (1, 3), (2, 0), (2, 1)]
    assert lines.offset(0, 2) == 1  # inside the surrogate pair: the emoji's start
    assert lines.offset(0, 99) == 3 and lines.offset(9, 0) == len(text)  # clamped to the line, the text
    assert Lines(text, "utf-8").position(2) == (0, 5) and Lines(text, "utf-32").position(2) == (0, 2)
    assert Lines(text, "utf-8").offset(0, 5) == 2
    assert apply_change(text, (1, 2), (1, 3), "D", "utf-16") == "a\U0001F600b\r\nc\u2028D\re"
