"""Bytes to text and paths to files: decoding, standard input, and the directory walk."""

from __future__ import annotations

import fnmatch
import os
import stat
from pathlib import Path
from typing import Iterable, Iterator

from ..model.errors import InputError
from ..model.source import Source


class MalformedInput(ValueError):
    """A reader's complaint about the content (malformed markup), named with the file
    by the registry."""


#: Files larger than this are refused unless the caller says otherwise (``--max-file-size``).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Byte-order marks of the encodings newslint does not read (UTF-32 before UTF-16: its
#: little-endian mark starts with UTF-16's).
FOREIGN_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"), (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
                (b"\xff\xfe", "UTF-16 (little-endian)"), (b"\xfe\xff", "UTF-16 (big-endian)"))
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (BOM accepted), refusing binary and other encodings."""
    for bom, name in FOREIGN_BOMS:
        if data.startswith(bom):
            raise InputError(f"{path}: encoded as {name} (it starts with that byte-order mark); "
                             f"newslint reads UTF-8: convert the file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text


def read_source(path: Path | str, display: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Source:
    """Read a file as a Source; every failure is an InputError naming the file. Only a
    regular file is opened (a FIFO would hang the run, /dev/zero fill the memory), and
    only up to ``max_bytes``."""
    name = display or str(path)
    try:
        info = os.stat(path)
        kind = next((what for test, what in _KINDS if test(info.st_mode)), None)
        if kind is not None:
            raise InputError(f"{name}: is {kind}, not a regular file")
        if info.st_size > max_bytes:
            raise InputError(f"{name}: {info.st_size} bytes, over the limit of {max_bytes} (--max-file-size)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:  # it grew while being read
        raise InputError(f"{name}: over the limit of {max_bytes} bytes (--max-file-size)")
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
