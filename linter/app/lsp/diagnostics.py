"""Findings as LSP diagnostics: one per group of findings on the same words (the
primary, `lint.related`, with the others named in its message and as related
information), its range in the client's units, its severity, its code with a link to
the rule, and newslint as the source."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from lsprotocol import types

from ...model.findings import Finding
from ...model.rules import Rule
from ...report.sarif import INFORMATION_URI
from .positions import Lines

SOURCE = "newslint"
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}


def rule_url(rule: Rule | None) -> str | None:
    """Where a rule is written down: a built-in rule's pack in the project's repository
    (the address SARIF gives as the tool's home), a house rule's pack file on disk."""
    if rule is None or not rule.pack_path:
        return None
    if rule.builtin:
        return f"{INFORMATION_URI}/blob/main/rules/{Path(rule.pack_path).name}"
    return Path(rule.pack_path).resolve().as_uri()


def to_range(lines: Lines, start: int, end: int) -> types.Range:
    (l1, c1), (l2, c2) = lines.position(start), lines.position(end)
    return types.Range(start=types.Position(line=l1, character=c1), end=types.Position(line=l2, character=c2))


def diagnostic(finding: Finding, lines: Lines, rule: Rule | None, also: Sequence[Finding] = (),
               uri: str | None = None) -> types.Diagnostic:
    """``also``: the other findings on the same words, shown as related codes (the
    editor lists one problem per span, as the text report does)."""
    url = rule_url(rule)
    message = finding.message
    if also:
        message += f" (also {', '.join(o.code for o in also)})"
    related = [types.DiagnosticRelatedInformation(
        location=types.Location(uri=uri, range=to_range(lines, o.start, o.end)), message=f"{o.code}: {o.message}")
        for o in also] if uri else None
    return types.Diagnostic(
        range=to_range(lines, finding.start, finding.end),
        message=message,
        related_information=related or None,
        severity=SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=url) if url else None,
        source=SOURCE,
        data={"fingerprint": finding.fingerprint, "name": finding.name},
    )


def failure(message: str) -> types.Diagnostic:
    """The one diagnostic of a document newslint could not lint, at its start."""
    at = types.Position(line=0, character=0)
    return types.Diagnostic(range=types.Range(start=at, end=at), message=message,
                            severity=types.DiagnosticSeverity.Error, source=SOURCE)
