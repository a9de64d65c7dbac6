"""Safe fixes: apply the replacements packs mark ``fixable`` to the original file.

Only findings whose suggestion is fixable are touched (the engine already refuses
spans inside quotations and spans where the file holds markup or entities instead of
the flagged words). Edits work on the decoded text, which keeps line endings as they
are; the file is written back through a temporary file and a rename, with its BOM
and permissions, so a crash never leaves half an article.
"""

from __future__ import annotations

import bisect
import errno
import itertools
import os
import re
import stat
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..model.findings import Finding, Suggestion
from ..analyse import recache


@dataclass(frozen=True)
class Edit:
    """One replacement of a span of the file."""

    start: int
    end: int
    replacement: str
    code: str


#: A finding of at most this many words is about those words: a fix inside it that does
#: not resolve it would change what it flags (a sentence-long finding is about more).
WORD_LEVEL = 6
#: Text before a sentence's first word: the file's start or a line break (and a Markdown
#: heading, list or quotation marker), a full stop and space, or a closing HTML tag; then
#: any opening quotation marks, brackets or block-level HTML tags.
_SENTENCE_START = recache.compile(
    r"(?:(?:\A|\n)[ \t]*(?:#+[ \t]+|[-*+>][ \t]+)?|[.!?][\"”’')\]]*\s+|</[^<>]+>\s*)"
    r"(?:[\"“‘'(\[]|<(?:p|h[1-6]|li|blockquote|div|td|th|dd|dt|section|article)\b[^<>]*>)*\Z", re.IGNORECASE)


def settle(findings: list[Finding]) -> None:
    """A fixable suggestion inside another word-level finding of the file that it does
    not resolve ("slammed" in ATTR001's "Critics slammed") is not applied unreviewed: the
    other finding would change its words (a new finding, a stale baseline entry) and the
    copy usually needs the rewrite that finding asks for."""
    fixable = [f for f in findings if f.suggestion is not None and f.suggestion.fixable]
    if not fixable:
        return
    spans = sorted((g.start, g.end) for g in findings if g.key is None and len(g.text.split()) <= WORD_LEVEL)
    starts = [start for start, _ in spans]
    for f in fixable:
        assert f.suggestion is not None
        at = bisect.bisect_right(starts, f.start)
        # word-level spans are short: the ones that may hold f start a little before it
        near = itertools.takewhile(lambda span: span[0] >= f.start - 400, reversed(spans[:at]))
        if any(end >= f.end and (start, end) != (f.start, f.end) for start, end in near):
            f.suggestion = Suggestion(f.suggestion.replacement, False)


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
            if (f.text[:1].isupper() and end < len(text) and text[end].islower()
                    and _sentence_start(text, start)):
                end, repl = end + 1, text[end].upper()  # the sentence's new first word takes the capital
        if start < taken_until:
            continue  # two rules on the same words: the first fix wins, the other stays reported
        edits.append(Edit(start, end, repl, f.code))
        taken_until = end
    return edits


def _sentence_start(text: str, at: int) -> bool:
    """True when ``at`` begins a sentence (a look at the few characters before it)."""
    before = text[max(0, at - 40):at]
    return bool(_SENTENCE_START.search(before if at <= 40 else "\0" + before))


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
