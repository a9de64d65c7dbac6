"""A linted article as rows of the audit's three tables (see the schema in the README):
the same findings, profile and readability figures ``check --format json`` reports for
the file, one ``articles`` row per article, one ``findings`` row per finding, one
``sources`` row per source of its sourcing profile."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...model.doc import TIERS
from ...model.findings import FileResult, Finding
from ...model.profile import Profile
from ...model.rules import family_of

#: Columns every table starts with.
META = ("id", "path", "outlet", "section", "author", "date", "month", "genre")
COUNTS = ("words", "sentences", "errors", "warnings", "infos", "gate")
PROFILE = ("sources", "quoted_speakers", "quote_words", "unattributed_quotes", "speech_verbs", "framed_verbs",
           "doubt_verbs", "body_sentences", "opinion_sentences")
FINDING_INTS = ("line", "column", "end_line", "end_column", "start", "end")
SOURCE_INTS = ("sentences", "speech_verbs", "framed_verbs", "doubt_verbs", "quotes", "quote_words")


def tier_column(tier: str) -> str:
    return "tier_" + tier.replace("-", "_")


def schemas(families: list[str]) -> dict[str, Any]:
    """The three tables' Arrow schemas for the loaded packs' families."""
    import pyarrow as pa

    meta = [pa.field(name, pa.string()) for name in META]
    i32 = pa.int32()
    articles = meta + [pa.field("fmt", pa.string()), pa.field("headline", pa.string()),
                       pa.field("genre_source", pa.string())]
    articles += [pa.field(c, i32) for c in COUNTS]
    articles += [pa.field(f"f_{f}", i32) for f in families] + [pa.field(f"i_{f}", i32) for f in families]
    articles += [pa.field(tier_column(t), i32) for t in TIERS] + [pa.field(c, i32) for c in PROFILE]
    articles += [pa.field(c, pa.float64()) for c in ("opinion_share", "flesch_reading_ease", "flesch_kincaid_grade")]
    findings = meta + [pa.field(c, pa.string()) for c in ("code", "family", "severity")]
    findings += [pa.field(c, i32) for c in FINDING_INTS]
    findings += [pa.field(c, pa.string()) for c in ("text", "message", "fingerprint")]
    sources = meta + [pa.field("source", pa.string()), pa.field("tier", pa.string())]
    sources += [pa.field(c, i32) for c in SOURCE_INTS]
    return {"articles": pa.schema(articles), "findings": pa.schema(findings), "sources": pa.schema(sources)}


def by_article(result: FileResult) -> list[list[Finding]]:
    """The file's findings split by the article whose span holds them (a JSON export
    holds several); a finding outside every article (a suppression comment's) goes to the
    article before it, else the first."""
    n = len(result.articles)
    if n <= 1:
        return [list(result.findings)]
    spans = []
    for article in result.parsed:
        ends = [article.source_span(b.start, b.end) for b in article.blocks]
        spans.append((min((s for s, _ in ends), default=0), max((e for _, e in ends), default=0)))
    out: list[list[Finding]] = [[] for _ in range(n)]
    for f in result.findings:
        inside = [i for i, (lo, hi) in enumerate(spans) if lo <= f.start < hi or lo <= f.start == hi]
        before = [i for i, (lo, _) in enumerate(spans) if lo <= f.start]
        out[(inside or before or [0])[0]].append(f)
    return out


def rows(meta: dict[str, Any], fmt: str, result: FileResult, index: int, findings: list[Finding],
         families: list[str]) -> tuple[dict, list[dict], list[dict]]:
    """The article's row, its findings' rows and its sources' rows."""
    profile = result.profiles[index]
    info = result.articles[index]
    meta = {**meta, "genre": profile.genre.name if profile.genre else None}
    severity = Counter(f.severity for f in findings)
    gate = Counter(family_of(f.code) for f in findings if f.severity != "info")
    infos = Counter(family_of(f.code) for f in findings if f.severity == "info")
    r = info.readability
    article = {**meta, "fmt": fmt, "headline": info.headline,
               "genre_source": profile.genre.source if profile.genre else None,
               "words": r.words if r else 0, "sentences": r.sentences if r else 0,
               "errors": severity["error"], "warnings": severity["warning"], "infos": severity["info"],
               "gate": severity["error"] + severity["warning"],
               **{f"f_{f}": gate[f] for f in families}, **{f"i_{f}": infos[f] for f in families},
               **{tier_column(t): profile.tiers.get(t, 0) for t in TIERS}, **_profile(profile),
               "opinion_share": profile.opinion_share,
               "flesch_reading_ease": round(r.flesch_reading_ease, 1) if r else None,
               "flesch_kincaid_grade": round(r.flesch_kincaid_grade, 1) if r else None}
    found = [{**meta, "code": f.code, "family": family_of(f.code), "severity": f.severity,
              **{c: getattr(f, c) for c in FINDING_INTS}, "text": f.text, "message": f.message,
              "fingerprint": f.fingerprint} for f in findings]
    return article, found, _sources(meta, profile)


def _profile(p: Profile) -> dict[str, Any]:
    verbs = [v for e in p.verbs.values() for v in e.verbs]
    return {"sources": len({s.source for s in p.sources}), "quoted_speakers": len(p.quoted),
            "quote_words": sum(q.words for q in p.quoted.values()), "unattributed_quotes": p.unattributed_quotes,
            "speech_verbs": sum(e.total for e in p.verbs.values()),
            "framed_verbs": sum(e.framed for e in p.verbs.values()),
            "doubt_verbs": sum(v.cls == "doubt" for v in verbs),
            "body_sentences": p.body_sentences, "opinion_sentences": p.opinion_sentences}


def _sources(meta: dict[str, Any], p: Profile) -> list[dict]:
    """A row per source; a source's verbs and quotations (counted by name) go to its first
    row, so that a name met in two tiers is not counted twice."""
    out, seen = [], set()
    for s in p.sources:
        first = s.source not in seen
        seen.add(s.source)
        verbs = p.verbs.get(s.source) if first else None
        quoted = p.quoted.get(s.source) if first else None
        out.append({**meta, "source": s.source, "tier": s.tier, "sentences": s.sentences,
                    "speech_verbs": verbs.total if verbs else 0, "framed_verbs": verbs.framed if verbs else 0,
                    "doubt_verbs": sum(v.cls == "doubt" for v in verbs.verbs) if verbs else 0,
                    "quotes": quoted.quotes if quoted else 0, "quote_words": quoted.words if quoted else 0})
    return out


def families_of(linter: Any) -> list[str]:
    """The families of the loaded packs, in the packs' order, then any other rule's."""
    names = list(linter.families)
    return names + sorted({r.family for r in linter.rules} - set(names))
