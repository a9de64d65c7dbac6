"""Safe fixes: apply the replacements packs mark ``fixable`` to the original file.

Only findings whose suggestion is fixable are touched (the engine already refuses
spans inside quotations and spans where the file holds markup or entities instead of
the flagged words). Edits work on the decoded text, which keeps line endings as they
are; the file is written back through a temporary file and a rename, with its BOM
and permissions, so a crash never leaves half an article.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

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
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 f"a/{path}", f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def write_atomic(path: Path, text: str) -> None:
    """Replace the file's contents in one rename, keeping its BOM and mode."""
    had_bom = path.read_bytes()[:3] == b"\xef\xbb\xbf"
    data = (b"\xef\xbb\xbf" if had_bom else b"") + text.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".newslint", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
