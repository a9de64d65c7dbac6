"""Turn input files into articles, by format."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Iterator

from ..article import Article
from ..errors import InputError
from ..source import Source, decode, read_source
from .text import read_snippet, read_text

FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html",
    ".json": "json",
}


def format_of(path: str) -> str:
    """Input format from a file name; plain text when the extension is unknown."""
    return FORMATS.get(os.path.splitext(path)[1].lower(), "txt")


def parse(source: Source, fmt: str, json_fields: dict[str, list[str]] | None = None) -> list[Article]:
    """Articles of a decoded source in the given format (txt, md, html, json, snippet)."""
    if fmt == "txt":
        return read_text(source)
    if fmt == "snippet":
        return read_snippet(source)
    # The other readers import their parsers; load them only when needed.
    if fmt == "md":
        from .markdown import read_markdown

        return read_markdown(source)
    if fmt == "html":
        from .html import read_html

        return read_html(source)
    if fmt == "json":
        from .jsonexport import read_json

        return read_json(source, json_fields)
    raise InputError(f"{source.path}: unknown input format {fmt!r}")


def read_path(path: str, fmt: str | None = None) -> Source:
    return read_source(path)


def read_stdin(data: bytes, display: str) -> Source:
    return Source(display, decode(data, display))


def excluded(path: str, patterns: list[str]) -> bool:
    """True when a path or any of its parts matches an exclude glob."""
    norm = path.replace(os.sep, "/")
    parts = norm.split("/")
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(norm, pat) or fnmatch.fnmatch(norm, f"*/{pat}") or any(
            fnmatch.fnmatch(p, pat) for p in parts
        ):
            return True
    return False


def expand(paths: list[str], exclude: list[str]) -> Iterator[str]:
    """Files to lint: files as given, directories walked recursively by extension.

    A directory with no article files is an input error; a named file that does
    not exist is reported when it is read.
    """
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        found = []
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(os.path.join(root, d), exclude))
            for name in sorted(files):
                full = os.path.join(root, name)
                if os.path.splitext(name)[1].lower() in FORMATS and not excluded(full, exclude):
                    found.append(full)
        if not found:
            raise InputError(f"{path}: no articles found (looked for {', '.join(sorted(FORMATS))})")
        yield from found


__all__ = ["FORMATS", "Path", "expand", "format_of", "parse", "read_stdin", "read_source"]
