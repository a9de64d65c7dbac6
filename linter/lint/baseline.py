"""Baselines: findings a desk has reviewed and decided to keep ("reviewed, keep it").

A baseline file records findings by fingerprint (file, rule, flagged words and their
sentence; see ``Finding.fingerprint``), never by line, so it keeps hiding the same
findings after copy is added or moved elsewhere in the article. Version 2 entries also
keep a few words on each side of the flagged ones: when the sentence was edited
elsewhere, an entry still hides the finding with the same flagged words whose
neighbourhood matches best (a long flagged span, such as a whole sentence, may itself
differ by a word or two). Each entry hides one finding; entries that no longer match
anything (the flagged words changed) are stale and reported, so the file can be pruned
by writing it again. Version 1 files are still read; their entries match exactly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..model.errors import ConfigError
from ..model.findings import FileResult, Finding, ci_path
from .datafile import load_file

VERSION = 2
READS = (1, 2)
#: Lowest similarity of the neighbourhoods (words around) for an entry to hide a finding
#: whose sentence changed; and of the flagged words themselves, when they are many.
NEAR_MATCH = 0.5
LONG_MATCH = 0.8
#: Flagged spans longer than this many words are matched by similarity, not equality.
LONG = 6


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    path: str
    code: str
    text: str
    line: int
    #: The words before and after (version 2; None in version 1 files).
    around: tuple[str, str] | None = None


def entries_of(result: FileResult) -> list[dict]:
    """A file's findings as baseline entries."""
    return [{"fingerprint": f.fingerprint, "path": f.path, "code": f.code, "text": f.text, "line": f.line,
             "before": f.around[0], "after": f.around[1]} for f in result.findings]


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
        if data.get("version") not in READS:
            raise ConfigError(f"{path}: unsupported baseline version {data.get('version')!r} (this newslint reads "
                              f"versions {' and '.join(map(str, READS))}: write the baseline again with "
                              f"--write-baseline)")
        entries = [_entry(e, data["version"]) for e in data["findings"]]
        for i, e in enumerate(entries):
            if not all(isinstance(v, str) for v in (e.fingerprint, e.path, e.code, e.text, *(e.around or ()))):
                raise ConfigError(f"{path}: malformed baseline (finding {i + 1}: fingerprint, path, code and text "
                                  f"must be strings)")
        return entries
    except (AttributeError, KeyError, TypeError, ValueError):
        raise ConfigError(f"{path}: malformed baseline (expected {{\"version\": {VERSION}, \"findings\": [...]}})"
                          ) from None


def _entry(e: dict, version: int) -> Entry:
    around = (e.get("before", ""), e.get("after", "")) if version >= 2 else None
    return Entry(e["fingerprint"], e["path"], e["code"], e.get("text", ""), int(e.get("line", 0)), around)


def _words(text: str) -> list[str]:
    return text.casefold().split()


def _similar(a: list[str], b: list[str]) -> float:
    from difflib import SequenceMatcher  # only a baseline meeting an edited sentence pays for it

    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a or b else 1.0


class Baseline:
    """The reviewed findings of a baseline, hidden file by file as a run goes (each
    entry hides one finding); what is left at the end for the files linted is stale.

    Only entries for files linted in this run can be stale: a baseline written for a
    whole desk stays valid when one article is checked on its own.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.left = set(range(len(entries)))
        self.by_fingerprint: dict[str, list[int]] = defaultdict(list)
        self.by_rule: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, e in enumerate(entries):
            self.by_fingerprint[e.fingerprint].append(i)
            if e.around is not None:
                self.by_rule[(ci_path(e.path), e.code)].append(i)
        self.linted: set[str] = set()

    def hide(self, result: FileResult) -> FileResult:
        """Drop the baselined findings of one file (counted in ``result.baselined``):
        first those whose sentence is unchanged, then by flagged words and neighbourhood."""
        self.linted.add(result.path)
        unmatched = []
        for f in result.findings:
            taken = next((i for i in self.by_fingerprint.get(f.fingerprint, ()) if i in self.left), None)
            if taken is None:
                unmatched.append(f)
            else:
                self.left.discard(taken)
        pairs = sorted((-score, j, i) for j, f in enumerate(unmatched) if f.key is None
                       for i, score in self._candidates(f))
        hidden: set[int] = set()
        for _, j, i in pairs:
            if j not in hidden and i in self.left:
                self.left.discard(i)
                hidden.add(j)
        result.baselined += len(result.findings) - len(unmatched) + len(hidden)
        result.findings = [f for j, f in enumerate(unmatched) if j not in hidden]
        return result

    def _candidates(self, f: Finding) -> list[tuple[int, float]]:
        """Entries left that may hide a finding whose sentence changed, with how well the
        words around match: the same flagged words (or nearly, for a long span)."""
        words = _words(f.text)
        near = _words(f.around[0]) + ["\0"] + _words(f.around[1])
        out = []
        for i in self.by_rule.get((ci_path(f.path), f.code), ()):
            e = self.entries[i]
            if i not in self.left or e.around is None:
                continue
            theirs = _words(e.text)
            if theirs != words and not (len(words) > LONG and _similar(theirs, words) >= LONG_MATCH):
                continue
            score = _similar(_words(e.around[0]) + ["\0"] + _words(e.around[1]), near)
            if score >= NEAR_MATCH:
                out.append((i, score))
        return out

    def stale(self) -> list[Entry]:
        """Entries for files of this run that hid nothing."""
        return [e for i, e in enumerate(self.entries) if i in self.left and e.path in self.linted]
