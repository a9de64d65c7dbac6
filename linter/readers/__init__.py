"""Reading: every input format becomes a list of Articles, through one registry.

The registry is the only list of input formats: the command line's directory walk,
``--stdin-filename``, the server's ``format`` field and the engine's choices (which
formats hold suppression comments) all read it.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from typing import Iterator

from ..model.article import Article
from ..model.errors import InputError, InternalError
from ..model.source import Source
from .files import MalformedInput, walk


@dataclass(frozen=True)
class Reader:
    """One input format: the module that reads it (imported on first use, as the markup
    parsers cost start-up time), its file extensions, and whether its files can carry
    ``<!-- newslint-... -->`` suppression comments."""

    name: str
    module: str
    extensions: tuple[str, ...]
    comments: bool

    def read(self, source: Source, json_fields: dict[str, list[str]] | None = None) -> list[Article]:
        """The articles of a source; any failure is an InputError naming the file, or an
        InternalError naming this reader (a bug, reported without stopping the run)."""
        module = importlib.import_module(f"{__name__}.{self.module}")
        try:
            return module.read(source, json_fields or {})
        except InputError:
            raise
        except MalformedInput as exc:
            raise InputError(f"{source.path}: {exc}") from None
        except RecursionError:
            raise InputError(f"{source.path}: nested too deeply to read") from None
        except Exception as exc:
            raise InternalError(f"the {self.name} reader", exc) from exc


READERS: dict[str, Reader] = {r.name: r for r in (
    Reader("txt", "text", (".txt", ".text"), comments=False),
    Reader("md", "markdown", (".md", ".markdown"), comments=True),
    Reader("html", "html", (".html", ".htm"), comments=True),
    Reader("json", "jsonexport", (".json",), comments=True),
    # Body text with no headline line: rule examples, API snippets.
    Reader("snippet", "snippet", (), comments=False),
)}
#: Formats a file can be named in (``snippet`` is for callers, not files).
FILE_FORMATS = tuple(name for name, r in READERS.items() if r.extensions)
EXTENSIONS: dict[str, str] = {ext: r.name for r in READERS.values() for ext in r.extensions}


def format_of(path: str) -> str:
    """Input format from a file name; plain text when the extension is unknown."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower(), "txt")


def file_format(path: str, extra: dict[str, str] | None = None) -> str:
    """Input format of a file to lint: a config's extension map first, then the
    readers'. An unknown extension is an input error: a .docx or .pdf read as plain
    text would be linted as nonsense (the server's API refuses it too)."""
    ext = os.path.splitext(path)[1].lower()
    fmt = (extra or {}).get(ext) or EXTENSIONS.get(ext)
    if fmt is None:
        known = ", ".join(sorted({*EXTENSIONS, *(extra or {})}))
        what = f"unknown file type {ext!r}" if ext else "no file extension"
        raise InputError(f"{path}: {what} (newslint reads {known}; a config's [extensions] table maps "
                         f"another extension to a format)")
    return fmt


def reader(fmt: str) -> Reader:
    found = READERS.get(fmt)
    if found is None:
        raise InputError(f"unknown input format {fmt!r} (known: {', '.join(READERS)})")
    return found


def parse(source: Source, fmt: str, json_fields: dict[str, list[str]] | None = None) -> list[Article]:
    """Articles of a decoded source in the given format."""
    return reader(fmt).read(source, json_fields)


def expand(paths: list[str], exclude: list[str]) -> Iterator[str]:
    """Files to lint: files as given, directories walked recursively by extension.

    A directory with no article files is an input error; a named file that does
    not exist is reported when it is read.
    """
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        yield from walk(path, EXTENSIONS, exclude)
