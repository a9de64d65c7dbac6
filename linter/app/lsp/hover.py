"""Hover: on a flagged span, each finding there with its rule explained as
``newslint rule CODE`` explains it."""

from __future__ import annotations

from lsprotocol import types

from ...lint.engine import Linter
from ...model.findings import Finding
from ..explain import explain
from .diagnostics import to_range
from .positions import Lines


def at(findings: list[Finding], offset: int) -> list[Finding]:
    """The findings whose span holds ``offset`` (its end included: the cursor just after
    a word is on it)."""
    return [f for f in findings if f.start <= offset <= f.end]


def hover(findings: list[Finding], offset: int, linter: Linter, markdown: bool, lines: Lines) -> types.Hover | None:
    """The explanation of every finding at ``offset``, over the span of the first."""
    here = at(findings, offset)
    if not here:
        return None
    parts = []
    for f in here:
        rule = linter.by_code.get(f.code)
        text = explain(rule) if rule is not None else f.code
        if markdown:
            parts.append(f"**{f.code}** {_escape(f.message)}\n\n```text\n{text}\n```")
        else:
            parts.append(f"{f.code}: {f.message}\n\n{text}")
    kind = types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText
    value = ("\n\n---\n\n" if markdown else "\n\n").join(parts)
    return types.Hover(contents=types.MarkupContent(kind=kind, value=value),
                       range=to_range(lines, here[0].start, here[0].end))


def _escape(text: str) -> str:
    """Markdown's special characters shown as themselves."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)
