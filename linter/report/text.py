"""Format ``text``: each finding with its source line underlined and the suggested fix,
then per-rule statistics if asked, the sourcing profiles and a summary line."""

from __future__ import annotations

import click

from ..model.findings import FileResult, Finding
from . import Context
from .common import statistics, summary
from .profile_text import profiles

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}
WIDTH = 100  # longest excerpt of a source line shown under a finding


def head(f: Finding, color: bool) -> str:
    """The finding's first line: place, code, severity and message."""
    loc = f"{f.path}:{f.line}:{f.column}:"
    code = click.style(f.code, fg=COLOURS[f.severity], bold=True) if color else f.code
    sev = click.style(f"[{f.severity}]", fg=COLOURS[f.severity]) if color else f"[{f.severity}]"
    loc = click.style(loc, bold=True) if color else loc
    return f"{loc} {code} {sev} {f.message}"


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


def render(results: list[FileResult], context: Context) -> str:
    color = context.color
    out: list[str] = []
    for r in results:
        src = context.sources.get(r.path)
        for f in r.findings:
            out.append(head(f, color))
            if src is not None:
                line_text = src.line_text(f.line)
                end_col = f.end_column if f.end_line == f.line else len(line_text) + 1
                excerpt, at, length = _excerpt(line_text, f.column, end_col)
                gutter = str(f.line)
                pad = " " * len(gutter)
                marks = "^" * max(length, 1)
                if color:
                    marks = click.style(marks, fg=COLOURS[f.severity], bold=True)
                out.append(f"{pad} |")
                out.append(f"{gutter} | {excerpt}")
                out.append(f"{pad} | {' ' * at}{marks}")
                if f.suggestion:
                    repl = f.suggestion.replacement
                    fix = " (fixable)" if f.suggestion.fixable else ""
                    out.append(f"{pad} = suggestion: " + (f"replace with {repl!r}" if repl else f"delete {f.text!r}") + fix)
            out.append("")
    if context.statistics:
        out.append(stats_table(results))
    if context.profile:
        out.extend(profiles(results))
    out.append(summary_line(results, color))
    return "\n".join(out) + "\n"


def stats_table(results: list[FileResult]) -> str:
    rows = statistics(results)
    if not rows:
        return ""
    width = max(len(name) for _, name, _, _ in rows)
    lines = [f"{n:5d}  {code:<9} {name:<{width}}  [{sev}]" for code, name, sev, n in rows]
    return "\n".join(lines) + "\n"


def summary_line(results: list[FileResult], color: bool = False) -> str:
    s = summary(results)
    files = f"{s['files']} file" + ("" if s["files"] == 1 else "s")
    hidden = "".join(f" {s[k]} {label}." for k, label in (("suppressed", "suppressed by comments"),
                                                           ("baselined", "hidden by the baseline")) if s[k])
    if not s["findings"]:
        text = f"No findings in {files}." + hidden
        return click.style(text, fg="green") if color else text
    parts = ", ".join(f"{s[sev]} {sev}{'' if s[sev] == 1 or sev == 'info' else 's'}"
                      for sev in ("error", "warning", "info") if s[sev])
    noun = "finding" if s["findings"] == 1 else "findings"
    text = f"Found {s['findings']} {noun} ({parts}) in {files}." + hidden
    return click.style(text, bold=True) if color else text
