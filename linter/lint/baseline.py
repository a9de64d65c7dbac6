"""Baselines: findings a desk has reviewed and decided to keep ("reviewed, keep it").

A baseline file records findings by fingerprint (file, rule, flagged words and their
sentence; see ``Finding.fingerprint``), never by line, so it keeps hiding the same
findings after copy is added or moved elsewhere in the article. Each entry hides one
finding; entries that no longer match anything are stale and reported, so the file
can be pruned by writing it again.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..model.errors import ConfigError
from ..model.findings import FileResult
from .datafile import load_file

VERSION = 1


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    path: str
    code: str
    text: str
    line: int


def entries_of(result: FileResult) -> list[dict]:
    """A file's findings as baseline entries."""
    return [{"fingerprint": f.fingerprint, "path": f.path, "code": f.code, "text": f.text, "line": f.line}
            for f in result.findings]


def write(path: Path, entries: list[dict]) -> int:
    """Record the entries (every current finding); returns how many."""
    payload = {"version": VERSION, "tool": "newslint", "findings": entries}
    try:
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write baseline ({exc.strerror})") from None
    return len(entries)


def load(path: Path) -> list[Entry]:
    data = load_file(path, json.loads, "baseline", (json.JSONDecodeError,))
    try:
        if data.get("version") != VERSION:
            raise ConfigError(f"{path}: unsupported baseline version {data.get('version')!r}")
        entries = [Entry(e["fingerprint"], e["path"], e["code"], e.get("text", ""), int(e.get("line", 0)))
                   for e in data["findings"]]
        for i, e in enumerate(entries):
            if not all(isinstance(v, str) for v in (e.fingerprint, e.path, e.code, e.text)):
                raise ConfigError(f"{path}: malformed baseline (finding {i + 1}: fingerprint, path, code and text "
                                  f"must be strings)")
        return entries
    except (AttributeError, KeyError, TypeError, ValueError):
        raise ConfigError(f"{path}: malformed baseline (expected {{\"version\": 1, \"findings\": [...]}})") from None


class Baseline:
    """The reviewed findings of a baseline, hidden file by file as a run goes (each
    entry hides one finding); what is left at the end for the files linted is stale.

    Only entries for files linted in this run can be stale: a baseline written for a
    whole desk stays valid when one article is checked on its own.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.budget = Counter(e.fingerprint for e in entries)
        self.linted: set[str] = set()

    def hide(self, result: FileResult) -> FileResult:
        """Drop the baselined findings of one file (counted in ``result.baselined``)."""
        self.linted.add(result.path)
        kept = []
        for f in result.findings:
            if self.budget[f.fingerprint] > 0:
                self.budget[f.fingerprint] -= 1
                result.baselined += 1
            else:
                kept.append(f)
        result.findings = kept
        return result

    def stale(self) -> list[Entry]:
        """Entries for files of this run that hid nothing."""
        budget = Counter(self.budget)
        out = []
        for e in self.entries:
            if e.path in self.linted and budget[e.fingerprint] > 0:
                budget[e.fingerprint] -= 1
                out.append(e)
        return out
