"""The open documents and their latest lint, with the settings of each document's folder.

Each document is linted as ``newslint check`` lints the file it will be saved as: the
config cascade from the project root down to the document's folder, its per-file
ignores and genre, its format from the extension (or, for an unsaved buffer, from the
editor's language id). A document the linter cannot read (malformed JSON, a bad config)
keeps one error instead of findings; the server turns that into one diagnostic.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from ...lint.engine import Linter
from ...lint.settings import command_line
from ...model.errors import InternalError, NewslintError, NotAnArticle
from ...model.findings import FileResult
from ...model.source import Source
from ...readers import EXTENSIONS, READERS
from ...readers.files import MAX_FILE_BYTES
from ..run import Configs

#: The editor's language ids for buffers with no file name yet.
LANGUAGES = {"plaintext": "txt", "text": "txt", "markdown": "md", "html": "html", "json": "json"}


def path_of(uri: str) -> str | None:
    """The file system path of a ``file:`` URI, None for an unsaved buffer."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if os.name == "nt" and path.startswith("/") and path[2:3] == ":":
        path = path[1:]
    return path


def format_for(path: str | None, language_id: str | None) -> str | None:
    """The input format of a document, or None for one newslint does not read (the editor
    may send every file it opens)."""
    if path is not None:
        ext = os.path.splitext(path)[1].lower()
        if ext in EXTENSIONS:
            return EXTENSIONS[ext]
        if ext:
            return None
    return LANGUAGES.get((language_id or "").lower())


@dataclass
class Document:
    uri: str
    path: str | None
    fmt: str
    text: str
    version: int | None = None
    #: The latest lint: its result (None when it failed) and the text it was run on.
    result: FileResult | None = None
    linted: str | None = None
    #: Why the latest lint failed (one line), or None.
    error: str | None = None

    @property
    def comments(self) -> bool:
        """Whether suppression comments can be written into the document as it is (the
        HTML inside a JSON export would need escaping, so not there)."""
        return READERS[self.fmt].comments and self.fmt != "json"

    @property
    def stale(self) -> bool:
        return self.linted != self.text


class Documents:
    """The open documents by URI, and the settings and linters they are linted with."""

    def __init__(self, fallback: Path | None = None) -> None:
        #: The folder whose settings apply to a buffer with no file (the workspace root).
        self.fallback = fallback or Path.cwd()
        self.open: dict[str, Document] = {}
        self.configs = Configs(None, command_line())

    def add(self, uri: str, text: str, version: int | None, language_id: str | None) -> Document | None:
        path = path_of(uri)
        fmt = format_for(path, language_id)
        if fmt is None:
            return None
        doc = self.open[uri] = Document(uri, path, fmt, text, version)
        return doc

    def directory(self, doc: Document) -> Path:
        return Path(doc.path).parent if doc.path else self.fallback

    def linter(self, doc: Document) -> Linter:
        return self.configs.linter_for(self.directory(doc))

    def reload(self) -> None:
        """Forget every config and linter (a config file or pack changed)."""
        self.configs = Configs(None, command_line())

    def lint(self, doc: Document) -> Document:
        """Lint the document's current text unless that was done already."""
        if not doc.stale:
            return doc
        text = doc.text
        doc.result, doc.error = None, None
        try:
            if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
                raise NewslintError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not linted")
            # an unsaved buffer's name is in angle brackets: no per-file settings match it
            doc.result = self.configs.lint(self.directory(doc), Source(doc.path or f"<{doc.uri}>", text), doc.fmt)
        except NotAnArticle:
            doc.result = FileResult(doc.path or f"<{doc.uri}>", [])  # package.json and the like: nothing to say
        except NewslintError as exc:
            doc.error = str(exc)
        except Exception as exc:  # a bug: reported on the document, the server goes on
            doc.error = str(InternalError("newslint", exc))
        doc.linted = text
        return doc


def is_config(path: str | None) -> bool:
    """Whether a change to this file can change what documents are linted with: a config
    file (newslint.toml, .newslint.toml, pyproject.toml) or a rule pack (any TOML)."""
    return path is not None and path.lower().endswith(".toml")
