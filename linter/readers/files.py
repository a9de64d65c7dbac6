"""Bytes to text and paths to files: decoding, standard input, and the directory walk."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..model.errors import InputError
from ..model.source import Source


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (BOM accepted), refusing binary and other encodings."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text


def read_source(path: Path | str, display: str | None = None) -> Source:
    """Read a file as a Source; every failure is an InputError naming the file."""
    p = Path(path)
    name = display or str(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    return Source(name, decode(data, name))


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


def walk(path: str, extensions: Iterable[str], exclude: list[str]) -> Iterator[str]:
    """Files under a directory with one of the extensions, sorted, hidden directories and
    excluded paths left out. A directory with none is an input error."""
    wanted = set(extensions)
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(os.path.join(root, d), exclude))
        for name in sorted(files):
            full = os.path.join(root, name)
            if os.path.splitext(name)[1].lower() in wanted and not excluded(full, exclude):
                found.append(full)
    if not found:
        raise InputError(f"{path}: no articles found (looked for {', '.join(sorted(wanted))})")
    yield from found
