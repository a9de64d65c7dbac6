"""The "read first" articles' own reports: each article's ``newslint check --format
html`` page, pre-rendered into DIR/articles/ when the audit report is written, so the
report's links work offline and without Python (only these few articles are linted
again; the rest of the archive is not touched).

An article is found again from its row: its input file (``path``), and inside a file
that holds many articles (a JSON export, a JSON Lines file) the one whose id or
headline the row gives. A file that can no longer be read gets a page that says so and
lists the article's findings from findings.parquet instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from ...model.findings import FileResult
from ...report.charts import esc
from .parquet import batches

FOLDER = "articles"
JSON_LINES = (".jsonl", ".ndjson")


def page_name(article_id: str) -> str:
    """A file name for an article id: readable, safe, and distinct (a hash of the id)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", article_id).strip("-")[-48:] or "article"
    return f"{slug}-{hashlib.sha256(article_id.encode('utf-8')).hexdigest()[:8]}.html"


def _one_article(result: FileResult, row: dict) -> FileResult:
    """The result cut down to the row's article (a file may hold many)."""
    if len(result.parsed) <= 1:
        return result
    ai = _article_index(result, row)
    article = result.parsed[ai]
    first, last = min(article.starts, default=0), max(article.ends, default=0)
    findings = [f for f in result.findings if first <= f.start <= last]
    profiles = result.profiles[ai:ai + 1]
    infos = result.articles[ai:ai + 1]
    return replace(result, findings=findings, parsed=[article], profiles=profiles, articles=infos,
                   attributions=[], quotes=[])


def _article_index(result: FileResult, row: dict) -> int:
    headline = (row.get("headline") or "").strip()
    for ai, info in enumerate(result.articles):
        if headline and (info.headline or "").strip() == headline:
            return ai
    tail = re.search(r"(\d+)$", row.get("id") or "")
    if tail and int(tail.group(1)) < len(result.parsed):
        return int(tail.group(1))
    return 0


def _json_line(path: Path, row: dict) -> str | None:
    """The line of a JSON Lines file that holds the row's article: line N for an id
    ``PATH#N`` (the audit's id for a record without one), else by id field or headline."""
    want_id, headline = row.get("id") or "", (row.get("headline") or "").strip()
    number = int(want_id.rsplit("#", 1)[1]) if re.fullmatch(re.escape(str(row["path"])) + r"#\d+", want_id) else 0
    with path.open(encoding="utf-8") as fh:
        for k, line in enumerate(fh, 1):
            if number:
                if k == number:
                    return line.rstrip("\r\n")
                continue
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if not isinstance(item, dict):
                continue
            if item.get("id") is not None and str(item["id"]) == want_id:
                return line.rstrip("\r\n")
            if headline and str(item.get("headline") or item.get("title") or "").strip() == headline:
                return line.rstrip("\r\n")
    return None


def relint(row: dict) -> FileResult | None:
    """The article linted again as ``newslint check`` would (its directory's config)."""
    from ..api import lint_path, lint_text

    path = Path(row["path"])
    if not path.is_file():
        return None
    try:
        if path.suffix.lower() in JSON_LINES:
            line = _json_line(path, row)
            return None if line is None else lint_text(line, "json", path=row["id"])
        return _one_article(lint_path(path), row)
    except Exception:  # noqa: BLE001 - a file changed or broken since the audit: the fallback page says so
        return None


def _context():
    from ...lint.settings import Settings
    from ...report import Context
    from ..api import linter_for

    linter = linter_for(Settings())
    return Context(list(linter.rules), dict(linter.families))


def render_all(out_dir: Path, rows: list[dict]) -> dict[str, str]:
    """Write each row's page into DIR/articles/; id -> link relative to DIR."""
    from ...report import render

    folder = Path(out_dir) / FOLDER
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.html"):  # an earlier audit's pages (this folder is the report's own)
        old.unlink()
    context, links, missing = _context(), {}, []
    for row in rows:
        name = page_name(row["id"])
        result = relint(row)
        if result is None:
            missing.append(row)
            continue
        (folder / name).write_text(render("html", [result], context), encoding="utf-8")
        links[row["id"]] = f"{FOLDER}/{name}"
    if missing:
        for row, findings in zip(missing, _stored_findings(out_dir, [r["id"] for r in missing])):
            name = page_name(row["id"])
            (folder / name).write_text(_fallback(row, findings), encoding="utf-8")
            links[row["id"]] = f"{FOLDER}/{name}"
    return links


def _stored_findings(out_dir: Path, ids: list[str]) -> list[list[dict]]:
    import pyarrow as pa
    import pyarrow.compute as pc

    wanted = pa.array(ids, pa.string())
    found: dict[str, list[dict]] = {i: [] for i in ids}
    cols = ["id", "code", "severity", "line", "column", "text", "message"]
    for batch in batches(out_dir, "findings", cols):
        for f in batch.filter(pc.is_in(batch.column("id"), value_set=wanted)).to_pylist():
            found[f["id"]].append(f)
    return [found[i] for i in ids]


def _fallback(row: dict, findings: list[dict]) -> str:
    items = "".join(f'<li><strong>{esc(f["code"])}</strong> {esc(f["severity"])}, line {f["line"]}, column '
                    f'{f["column"]}: <q>{esc(f["text"])}</q> {esc(f["message"])}</li>' for f in findings)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{esc(row["id"])}</title></head>'
            f'<body><h1>{esc(row.get("headline") or row["id"])}</h1><p>{esc(row["path"])} could not be read '
            f'again, so its article is not shown; these are the findings the audit stored.</p>'
            f'<ol>{items}</ol></body></html>\n')
