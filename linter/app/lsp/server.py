"""The wiring: a pygls language server that lints documents as they open, change and are
saved, and answers hover and code-action requests from the latest lint.

The server keeps its own copy of each document (``documents.py``) and applies the
editor's incremental changes to it with lines counted as the protocol counts them
(``positions.py``); pygls's copy splits lines as Python does, at U+2028 and form feeds
too, which would misplace edits after such a character. Typing is linted once the
editor has been quiet for a moment; save, open, hover and code actions lint at once
when the text has changed since.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from ..._version import __version__
from ...lint.related import shown
from .actions import KINDS, Actions
from .diagnostics import diagnostic, failure
from .documents import Document, Documents, is_config, path_of
from .hover import hover
from .positions import Lines, apply_change

#: Seconds of quiet after a change before the document is linted again.
DEBOUNCE = 0.3
#: Files whose change is watched (config files and rule packs), where the client lets us.
WATCH = "**/*.toml"


class Protocol(LanguageServerProtocol):
    """pygls's protocol, except that changes are applied by newslint's own documents."""

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None


class NewslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("newslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=Protocol)
        self.documents = Documents()
        self._pending: dict[str, asyncio.TimerHandle] = {}

    @property
    def encoding(self) -> str:
        chosen = self.workspace.position_encoding  # an enum member or the client's string
        return str(getattr(chosen, "value", chosen) or "utf-16")

    def lines(self, doc: Document) -> Lines:
        return Lines(doc.text, self.encoding)

    def publish(self, uri: str) -> None:
        """Lint a document if its text changed and send its diagnostics."""
        self._pending.pop(uri, None)
        doc = self.documents.open.get(uri)
        if doc is None:
            return
        self.documents.lint(doc)
        if doc.error is not None:
            found = [failure(doc.error)]
        else:
            assert doc.result is not None
            lines, rules = self.lines(doc), self.documents.linter(doc).by_code
            found = [diagnostic(f, lines, rules.get(f.code), also, uri) for f, also in shown(doc.result.findings)]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=doc.version))

    def cancel(self, uri: str | None = None) -> None:
        """Drop the pending lint of a document (None: of every document)."""
        for key in [uri] if uri is not None else list(self._pending):
            if (handle := self._pending.pop(key, None)) is not None:
                handle.cancel()

    def later(self, uri: str) -> None:
        """Publish once the document has had no change for DEBOUNCE seconds."""
        self.cancel(uri)
        self._pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, self.publish, uri)

    def reload(self) -> None:
        """A config file or pack may have changed: read them again and lint every open document."""
        self.documents.reload()
        for doc in list(self.documents.open.values()):
            doc.linted = None
            self.publish(doc.uri)

    def linted(self, uri: str) -> Document | None:
        """A document with a lint of its current text, or None (not open, or not linted)."""
        doc = self.documents.open.get(uri)
        if doc is None:
            return None
        self.documents.lint(doc)
        return doc if doc.result is not None else None


def build() -> NewslintServer:
    server = NewslintServer()
    _lifecycle(server)
    _documents(server)
    _requests(server)
    return server


def _documents(server: NewslintServer) -> None:
    """The notifications that open, change, save and close documents."""

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        if ls.documents.add(item.uri, item.text, item.version, item.language_id) is not None:
            ls.publish(item.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.open.get(params.text_document.uri)
        if doc is None:
            return
        for change in params.content_changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                r = change.range
                doc.text = apply_change(doc.text, (r.start.line, r.start.character), (r.end.line, r.end.character),
                                        change.text, ls.encoding)
            else:
                doc.text = change.text
        doc.version = params.text_document.version
        ls.later(doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        # Saving is when a config edited outside the editor is most likely to have changed.
        if params.text_document.uri in ls.documents.open or is_config(path_of(params.text_document.uri)):
            ls.reload()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        if ls.documents.open.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _lifecycle(server: NewslintServer) -> None:
    """Initialisation, shutdown, and the configs read again when the editor says a watched file changed."""

    @server.feature(types.INITIALIZE)
    def initialize(ls: NewslintServer, params: types.InitializeParams) -> None:
        folders = [f.uri for f in params.workspace_folders or []] + [params.root_uri or ""]
        roots = [p for p in map(path_of, folders) if p]
        if roots:
            ls.documents.fallback = Path(roots[0])

    @server.feature(types.INITIALIZED)
    def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=WATCH)])
            ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
                id="newslint-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: NewslintServer, params: None) -> None:
        ls.cancel()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(is_config(path_of(change.uri)) for change in params.changes):
            ls.reload()


def _requests(server: NewslintServer) -> None:
    """Hover and code actions, answered from the lint of the document's current text."""

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: NewslintServer, params: types.HoverParams) -> types.Hover | None:
        doc = ls.linted(params.text_document.uri)
        if doc is None:
            return None
        assert doc.result is not None
        lines = ls.lines(doc)
        offset = lines.offset(params.position.line, params.position.character)
        caps = ls.client_capabilities.text_document
        formats = caps.hover.content_format if caps and caps.hover else None
        markdown = bool(formats) and types.MarkupKind.Markdown in formats
        return hover(doc.result.findings, offset, ls.documents.linter(doc), markdown, lines)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=KINDS))
    def on_code_action(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        doc = ls.linted(params.text_document.uri)
        if doc is None:
            return None
        lines = ls.lines(doc)
        r = params.range
        start, end = lines.offset(r.start.line, r.start.character), lines.offset(r.end.line, r.end.character)
        workspace = ls.client_capabilities.workspace
        versioned = bool(workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes)
        return Actions(doc, ls.documents.linter(doc), lines, versioned).for_range(start, end, params.context.only)


def run() -> None:
    """Serve one editor over standard input and output until it says exit."""
    build().start_io()
