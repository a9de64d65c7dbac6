"""An audit's Parquet output (DIR/articles.parquet, findings.parquet, sources.parquet)
built from real newslint results, for the summary and report tests.

The row builder here is a small stand-in for the producer's (linter/app/audit/rows.py,
helper "audit-core"): it follows the schema in the audit contract, one article per
file. The articles are the bundled seeds, the hand-written gold articles and the
hand-written columns and brief in tests/data/audit; only their outlet, section,
author and date are assigned here (round robin), the findings are newslint's.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, SEEDS

from linter.app.api import lint_path
from linter.model.doc import FRAMING
from linter.model.findings import FileResult
from linter.model.rules import family_of

OUTLETS = ("Harbour Herald", "Valley Post", "Coast Courier")
AUTHORS = ("Ada Ross", "Ben Ode", "Cy Marsh", None)
SECTIONS = {"opinion": "Opinion", "review": "Culture", "sport": "Sport"}


def corpus() -> list[Path]:
    """The fixture's articles: seeds, gold articles and tests/data/audit, sorted."""
    files = [p for p in sorted(SEEDS.iterdir()) if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"]
    files += sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))
    return files + sorted((ROOT / "tests" / "data" / "audit").glob("*.txt"))


def metadata(i: int, path: Path, genre: str) -> dict:
    month = 1 + i % 4
    return {"id": path.stem, "path": str(path), "outlet": OUTLETS[i % len(OUTLETS)],
            "section": SECTIONS.get(genre, "News"), "author": AUTHORS[i % len(AUTHORS)],
            "date": f"2024-{month:02d}-{1 + i % 27:02d}", "month": f"2024-{month:02d}", "genre": genre}


def rows_of(result: FileResult, meta: dict, families: list[str], tiers: list[str]) -> tuple[dict, list, list]:
    """(article row, finding rows, source rows) of a one-article file."""
    profile, info = result.profiles[0], result.articles[0]
    r = info.readability
    sev = lambda s: sum(f.severity == s for f in result.findings)  # noqa: E731
    row = {**meta, "headline": info.headline, "genre_source": "detected", "words": r.words,
           "sentences": r.sentences, "errors": sev("error"), "warnings": sev("warning"), "infos": sev("info")}
    row["gate"] = row["errors"] + row["warnings"]
    for fam in families:
        mine = [f for f in result.findings if family_of(f.code) == fam]
        row[f"f_{fam}"] = sum(f.severity != "info" for f in mine)
        row[f"i_{fam}"] = sum(f.severity == "info" for f in mine)
    for tier in tiers:
        row[f"tier_{tier.replace('-', '_')}"] = profile.tiers.get(tier, 0)
    verbs = [v for e in profile.verbs.values() for v in e.verbs]
    row.update(sources=len(profile.sources), quoted_speakers=len(profile.quoted),
               quote_words=sum(q.words for q in profile.quoted.values()),
               unattributed_quotes=profile.unattributed_quotes, speech_verbs=len(verbs),
               framed_verbs=sum(v.cls in FRAMING for v in verbs), doubt_verbs=sum(v.cls == "doubt" for v in verbs),
               body_sentences=profile.body_sentences, opinion_sentences=profile.opinion_sentences,
               opinion_share=profile.opinion_share, flesch_reading_ease=r.flesch_reading_ease,
               flesch_kincaid_grade=r.flesch_kincaid_grade)
    findings = [{**meta, "code": f.code, "family": family_of(f.code), "severity": f.severity, "line": f.line,
                 "column": f.column, "end_line": f.end_line, "end_column": f.end_column, "start": f.start,
                 "end": f.end, "text": f.text, "message": f.message, "fingerprint": f.fingerprint}
                for f in result.findings]
    sources = []
    for s in profile.sources:
        v = profile.verbs.get(s.source)
        used = v.verbs if v else []
        q = profile.quoted.get(s.source)
        sources.append({**meta, "source": s.source, "tier": s.tier, "sentences": s.sentences,
                        "speech_verbs": len(used), "framed_verbs": sum(x.cls in FRAMING for x in used),
                        "doubt_verbs": sum(x.cls == "doubt" for x in used), "quotes": q.quotes if q else 0,
                        "quote_words": q.words if q else 0})
    return row, findings, sources


def _table(rows: list[dict], float_cols: tuple[str, ...] = ()):
    import pyarrow as pa

    meta = {"id", "path", "outlet", "section", "author", "date", "month", "genre", "headline", "genre_source",
            "code", "family", "severity", "text", "message", "fingerprint", "source", "tier"}
    names = list(rows[0]) if rows else []
    fields = [pa.field(n, pa.string() if n in meta else pa.float64() if n in float_cols else pa.int32())
              for n in names]
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def write(out_dir: Path, files: list[Path] | None = None, partitions: int = 2) -> Path:
    """Lint the files and write the three datasets as ``partitions`` part files each."""
    import pyarrow.parquet as pq

    from linter.app.api import linter_for
    from linter.lint.settings import Settings
    from linter.model.doc import TIERS

    families = list(linter_for(Settings()).families)
    arts, finds, srcs = [], [], []
    for i, path in enumerate(files or corpus()):
        result = lint_path(path)
        genre = result.profiles[0].genre.name if result.profiles[0].genre else "news"
        a, f, s = rows_of(result, metadata(i, path, genre), families, list(TIERS))
        arts.append(a), finds.append(f), srcs.append(s)
    floats = ("opinion_share", "flesch_reading_ease", "flesch_kincaid_grade")
    for name, per_article in (("articles", [[a] for a in arts]), ("findings", finds), ("sources", srcs)):
        folder = out_dir / f"{name}.parquet"
        folder.mkdir(parents=True, exist_ok=True)
        for p in range(partitions):
            rows = [r for k, group in enumerate(per_article) if k % partitions == p for r in group]
            if rows:
                pq.write_table(_table(rows, floats), folder / f"part-{p:05d}.parquet")
    return out_dir
