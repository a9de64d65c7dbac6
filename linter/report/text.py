"""Format ``text``: file by file, each finding with its source line underlined and the
suggested fix, then the file's sourcing profile; at the end the per-rule statistics if
asked and a summary line."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..lint import related
from ..model.findings import FileResult, Finding
from . import Context
from .common import Tally
from .profile_text import profiles

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _style(text: str, **styles) -> str:
    """``click.style``, loaded only for coloured output (a plain run never loads click)."""
    import click

    return click.style(text, **styles)
WIDTH = 100  # longest excerpt of a source line shown under a finding


def head(f: Finding, color: bool, also: list[str] | None = None) -> str:
    """The finding's first line: place, code, severity and message, and the codes of
    the other findings on the same words (linter.lint.related)."""
    loc = f"{f.path}:{f.line}:{f.column}:"
    code = _style(f.code, fg=COLOURS[f.severity], bold=True) if color else f.code
    sev = _style(f"[{f.severity}]", fg=COLOURS[f.severity]) if color else f"[{f.severity}]"
    loc = _style(loc, bold=True) if color else loc
    return f"{loc} {code} {sev} {f.message}" + (f" (also {', '.join(also)})" if also else "")


def shown(findings: list[Finding], tally: Tally | None = None) -> Iterator[tuple[Finding, list[str]]]:
    """The findings the human formats show, one per group of findings on the same
    words, with the codes of the rest of the group."""
    for primary, others in related.shown(findings):
        if tally is not None:
            tally.related += len(others)
        yield primary, [f.code for f in others]


def _excerpt(line_text: str, col: int, end_col: int) -> tuple[str, int, int]:
    """Cut a long source line around the span: (text, caret start, caret length)."""
    start, end = col - 1, max(end_col - 1, col)
    if len(line_text) <= WIDTH:
        return line_text, start, end - start
    span = end - start
    left = start if span >= WIDTH - 20 else max(0, start - (WIDTH - span) // 2)
    right = min(len(line_text), left + WIDTH)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    return prefix + line_text[left:right] + suffix, start - left + len(prefix), max(1, min(span, right - start))


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    """Each file's findings with their source lines, then its sourcing profile (a file
    with nothing to report is only counted: a clean run is its summary line); at the
    end the statistics (if asked) and the summary line."""
    tally = Tally()
    for r in tally.counting(results):
        out = [part for f, also in shown(r.findings, tally) for part in _finding(f, r, context.color, also)]
        if context.profile and r.findings:
            out.extend(profiles([r]))
        if out:
            yield "\n".join(out) + "\n"
    yield (stats_table(tally) + "\n" if context.statistics and tally.rules else "")
    yield summary_line(tally, context.color) + "\n"


def _finding(f: Finding, r: FileResult, color: bool, also: list[str]) -> list[str]:
    """A finding's lines: the message, the source line with the span underlined, and a
    suggestion, then a blank line."""
    out = [head(f, color, also)]
    if r.source is not None:
        line_text = r.source.line_text(f.line)
        end_col = f.end_column if f.end_line == f.line else len(line_text) + 1
        excerpt, at, length = _excerpt(line_text, f.column, end_col)
        gutter = str(f.line)
        pad = " " * len(gutter)
        marks = "^" * max(length, 1)
        if color:
            marks = _style(marks, fg=COLOURS[f.severity], bold=True)
        out += [f"{pad} |", f"{gutter} | {excerpt}", f"{pad} | {' ' * at}{marks}"]
        if f.suggestion:
            repl = f.suggestion.replacement
            fix = " (fixable)" if f.suggestion.fixable else ""
            out.append(f"{pad} = suggestion: " + (f"replace with {repl!r}" if repl else f"delete {f.text!r}") + fix)
    out.append("")
    return out


def stats_table(tally: Tally) -> str:
    """One line per rule, most frequent first: the count, the code, the name, and the
    count at each severity (a rule's findings need not share one)."""
    rows = tally.statistics()
    if not rows:
        return ""
    width = max(len(name) for _, name, _, _ in rows)
    lines = [f"{total:5d}  {code:<9} {name:<{width}}  [" + ", ".join(f"{n} {sev}" for sev, n in by.items()) + "]"
             for code, name, by, total in rows]
    return "\n".join(lines) + "\n"


def summary_line(tally: Tally, color: bool = False) -> str:
    s = tally.summary()
    files = f"{s['files']} file" + ("" if s["files"] == 1 else "s")
    hidden = "".join(f" {s[k]} {label}." for k, label in (("suppressed", "suppressed by comments"),
                                                           ("baselined", "hidden by the baseline")) if s[k])
    if not s["findings"]:
        text = f"No findings in {files}." + hidden
        return _style(text, fg="green") if color else text
    parts = ", ".join(f"{s[sev]} {sev}{'' if s[sev] == 1 or sev == 'info' else 's'}"
                      for sev in ("error", "warning", "info") if s[sev])
    noun = "finding" if s["findings"] == 1 else "findings"
    related = f" {tally.related} listed with another on the same words." if tally.related else ""
    text = f"Found {s['findings']} {noun} ({parts}) in {files}." + related + hidden
    return _style(text, bold=True) if color else text
