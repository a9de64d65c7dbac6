"""Figures several formats share: the summary counts, per-rule statistics and unique
fingerprints."""

from __future__ import annotations

import hashlib
from collections import Counter

from ..model.findings import FileResult, Finding
from ..model.rules import SEVERITIES


def summary(results: list[FileResult]) -> dict:
    """Counts for the summary line and the JSON ``summary`` object."""
    counts = Counter(f.severity for r in results for f in r.findings)
    return {
        "files": len(results),
        "findings": sum(counts.values()),
        **{sev: counts.get(sev, 0) for sev in reversed(SEVERITIES)},
        "suppressed": sum(r.suppressed for r in results),
        "baselined": sum(r.baselined for r in results),
    }


def statistics(results: list[FileResult]) -> list[tuple[str, str, str, int]]:
    """(code, name, severity, count) per rule, most frequent first."""
    counts: Counter = Counter()
    names: dict[str, tuple[str, str]] = {}
    for r in results:
        for f in r.findings:
            counts[f.code] += 1
            names[f.code] = (f.name, f.severity)
    return [(code, names[code][0], names[code][1], n)
            for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def unique_fingerprints(findings: list[Finding]) -> list[str]:
    """One fingerprint per finding, distinct within the list: a repeat of an earlier
    fingerprint becomes the hash of it and its occurrence number, which depends only on
    identical findings earlier in the file, not on anything else that moves."""
    seen: set[str] = set()
    counts: dict[str, int] = {}
    out = []
    for f in findings:
        base = fp = f.fingerprint
        while fp in seen:
            counts[base] = counts.get(base, 0) + 1
            fp = hashlib.sha256(f"{base}\0{counts[base]}".encode()).hexdigest()[:32]
        seen.add(fp)
        out.append(fp)
    return out
