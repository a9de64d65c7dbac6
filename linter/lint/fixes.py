"""Safe fixes: apply the replacements packs mark ``fixable`` to the original file.

Only findings whose suggestion is fixable are touched (the engine already refuses
spans inside quotations and spans where the file holds markup or entities instead of
the flagged words). Edits work on the decoded text, which keeps line endings as they
are; the file is written back through a temporary file and a rename, with its BOM
and permissions, so a crash never leaves half an article.
"""

from __future__ import annotations

import errno
import os
import stat
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..model.findings import Finding


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    code: str


def plan(text: str, findings: list[Finding]) -> list[Edit]:
    """Non-overlapping edits for the fixable findings, in file order."""
    edits: list[Edit] = []
    taken_until = -1
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if not (f.suggestion and f.suggestion.fixable) or text[f.start:f.end] != f.text:
            continue
        start, end, repl = f.start, f.end, f.suggestion.replacement
        if repl == "":  # deleting a word takes one neighbouring space with it
            if end < len(text) and text[end] == " ":
                end += 1
            elif start > 0 and text[start - 1] == " ":
                start -= 1
        if start < taken_until:
            continue  # two rules on the same words: the first fix wins, the other stays reported
        edits.append(Edit(start, end, repl, f.code))
        taken_until = end
    return edits


def apply(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def diff(path: str, before: str, after: str) -> str:
    """A unified diff (git style a/ b/ names), empty when nothing changes."""
    import difflib  # only --diff pays for it

    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 f"a/{path}", f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def write_atomic(path: Path, text: str) -> Path:
    """Replace a file's contents in one rename, keeping its BOM and mode; returns the file
    written. A symbolic link is followed: its target is edited and the link stays a
    link. A file without write permission is refused (OSError EACCES): --fix only edits
    what the user could edit by hand. The temporary file never outlives the call, on
    an error, Ctrl-C or SIGTERM alike."""
    import shutil  # only --fix pays for these
    import tempfile

    target = Path(os.path.realpath(path))
    writable = os.stat(target).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if not writable or not os.access(target, os.W_OK):  # no write bit: read-only even for root
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    had_bom = target.read_bytes()[:3] == b"\xef\xbb\xbf"
    data = (b"\xef\xbb\xbf" if had_bom else b"") + text.encode("utf-8")
    with _terminate_raises():
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            shutil.copymode(target, tmp)
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    return target


@contextmanager
def _terminate_raises() -> Iterator[None]:
    """While a file is being replaced, SIGTERM raises (as Ctrl-C already does), so the
    cleanup above runs before the process ends."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
