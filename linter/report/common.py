"""Figures several formats share: the running tally behind the summary and the per-rule
statistics, and unique fingerprints. Formats stream: they see each file once, in order,
and keep only these counts, never the results."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Iterator

from ..model.findings import FileResult, Finding
from ..model.rules import SEVERITIES


class Tally:
    """Counts over the files seen so far: files, findings by severity, suppressed and
    baselined, and per rule its name and its findings by severity."""

    def __init__(self) -> None:
        self.files = 0
        self.severities: Counter = Counter()
        self.suppressed = 0
        self.baselined = 0
        self.rules: dict[str, tuple[str, Counter]] = {}
        #: Findings the human formats list under another on the same words (they count it).
        self.related = 0

    def add(self, result: FileResult) -> FileResult:
        self.files += 1
        self.suppressed += result.suppressed
        self.baselined += result.baselined
        for f in result.findings:
            self.severities[f.severity] += 1
            self.rules.setdefault(f.code, (f.name, Counter()))[1][f.severity] += 1
        return result

    def counting(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        """Pass the results through, counting them."""
        for r in results:
            yield self.add(r)

    def summary(self) -> dict:
        """Counts for the summary line and the JSON ``summary`` object."""
        return {
            "files": self.files,
            "findings": sum(self.severities.values()),
            **{sev: self.severities.get(sev, 0) for sev in reversed(SEVERITIES)},
            "suppressed": self.suppressed,
            "baselined": self.baselined,
        }

    def statistics(self) -> list[tuple[str, str, dict[str, int], int]]:
        """(code, name, count per severity, total) per rule, most frequent first."""
        rows = [(code, name, {s: n for s in reversed(SEVERITIES) if (n := counts.get(s, 0))}, sum(counts.values()))
                for code, (name, counts) in self.rules.items()]
        return sorted(rows, key=lambda r: (-r[3], r[0]))

    def statistics_json(self) -> list[dict]:
        """The per-rule statistics as the JSON and SARIF reports carry them."""
        return [{"code": code, "name": name, "count": total, "severities": by}
                for code, name, by, total in self.statistics()]


def tally(results: Iterable[FileResult]) -> Tally:
    t = Tally()
    for r in results:
        t.add(r)
    return t


def summary(results: Iterable[FileResult]) -> dict:
    return tally(results).summary()


class Fingerprints:
    """One fingerprint per finding, distinct within a report: a repeat of an earlier
    fingerprint becomes the hash of it and its occurrence number, which depends only on
    identical findings earlier in the file, not on anything else that moves."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.counts: dict[str, int] = {}

    def __call__(self, f: Finding) -> str:
        import hashlib  # only the formats that print fingerprints call this

        base = fp = f.fingerprint
        while fp in self.seen:
            self.counts[base] = self.counts.get(base, 0) + 1
            fp = hashlib.sha256(f"{base}\0{self.counts[base]}".encode()).hexdigest()[:32]
        self.seen.add(fp)
        return fp


def unique_fingerprints(findings: list[Finding]) -> list[str]:
    unique = Fingerprints()
    return [unique(f) for f in findings]
