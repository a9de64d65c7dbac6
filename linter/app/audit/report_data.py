"""The figures the audit report draws, read from DIR: summary.csv, the articles table,
and findings and sources streamed a few columns at a time (their size never sets the
memory: only counts per rule and per doubted entity are kept)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .parquet import batches, read_table
from .summary import REPLICATES, SEED, UNKNOWN, load, summary_rows

#: "Read first" ignores pieces shorter than this (a 20-word brief with one error would
#: otherwise top a list ranked by errors per word).
MIN_WORDS = 150
READ_FIRST = 50
TOP_RULES = 20
TOP_ENTITIES = 25
#: Outlets and sections drawn as small multiples (most articles first); the table has all.
MAX_PANELS = 12
#: Source tiers that name who spoke: "entities" (a vague "critics" is not one).
NAMED_TIERS = ("named-person", "named-organisation", "institution")


def summary(out_dir: Path) -> list[dict]:
    with (Path(out_dir) / "summary.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def by_month(out_dir: Path, dimension: str, keys: list[str], replicates: int = REPLICATES,
             seed: int = SEED) -> list[dict]:
    """Rows like summary.csv's for (``dimension`` value, month) pairs, ``keys`` only:
    the per-outlet and per-section trend panels (dimension is "outlet/month", key
    "VALUE\\x1fYYYY-MM")."""
    table = load(out_dir)
    if table is None:
        return []
    wanted = set(keys)
    name = f"{dimension}/month"
    table.keys[name] = [f"{k}\x1f{m}" if k in wanted else "" for k, m in zip(table.keys[dimension], table.keys["month"])]
    return [r for r in summary_rows(table, replicates, seed, (name,)) if r["key"] and r["genre_group"] != "all"]


@dataclass
class RuleCount:
    code: str
    by_genre: Counter = field(default_factory=Counter)
    errors: int = 0
    infos: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_genre.values())


def top_rules(out_dir: Path, n: int = TOP_RULES) -> tuple[list[RuleCount], int]:
    """The rules that fire most as a gate sees them (warnings and errors), with their
    split by genre; and the total of gate findings."""
    rules: dict[str, RuleCount] = {}
    total = 0
    for batch in batches(out_dir, "findings", ["code", "severity", "genre"]):
        cols = batch.to_pydict()
        genres = cols.get("genre") or ["news"] * batch.num_rows
        for code, sev, genre in zip(cols["code"], cols["severity"], genres):
            r = rules.get(code)
            if r is None:
                r = rules[code] = RuleCount(code)
            if sev == "info":
                r.infos += 1
                continue
            total += 1
            r.by_genre[genre or "news"] += 1
            r.errors += sev == "error"
    ranked = sorted((r for r in rules.values() if r.total), key=lambda r: (-r.total, r.code))
    return ranked[:n], total


_SPACE = re.compile(r"\s+")


def normalise(name: str) -> str:
    """One key per entity however it is spelt: case, spacing, a leading "the"."""
    key = _SPACE.sub(" ", name).strip().casefold()
    return key[4:] if key.startswith("the ") else key


@dataclass
class Entity:
    spellings: Counter = field(default_factory=Counter)
    doubt: int = 0
    verbs: int = 0
    articles: set = field(default_factory=set)
    outlets: Counter = field(default_factory=Counter)
    genres: Counter = field(default_factory=Counter)

    @property
    def name(self) -> str:
        return self.spellings.most_common(1)[0][0]


def doubted(out_dir: Path, n: int = TOP_ENTITIES) -> list[Entity]:
    """Named sources (people, organisations, institutions) most often reported with
    doubt verbs ("claimed", "alleged"): only rows with a doubt verb are kept while the
    sources table streams past."""
    import pyarrow as pa
    import pyarrow.compute as pc

    found: dict[str, Entity] = {}
    named = pa.array(NAMED_TIERS, pa.string())
    columns = ["id", "outlet", "genre", "source", "tier", "doubt_verbs", "speech_verbs"]
    for batch in batches(out_dir, "sources", columns):
        if "doubt_verbs" not in batch.schema.names:
            return []
        keep = pc.and_(pc.greater(batch.column("doubt_verbs"), 0), pc.is_in(batch.column("tier"), value_set=named))
        cols = batch.filter(keep).to_pydict()
        for i, source in enumerate(cols["source"]):
            e = found.setdefault(normalise(source), Entity())
            e.spellings[source] += 1
            e.doubt += cols["doubt_verbs"][i]
            e.verbs += cols["speech_verbs"][i]
            e.articles.add(cols["id"][i])
            e.outlets[cols["outlet"][i] or UNKNOWN] += 1
            e.genres[cols["genre"][i] or "news"] += 1
    return sorted(found.values(), key=lambda e: (-e.doubt, -len(e.articles), e.name))[:n]


def read_first(out_dir: Path, n: int = READ_FIRST, min_words: int = MIN_WORDS) -> list[dict]:
    """The articles an editor should read first: most errors per 1,000 words among
    pieces of at least ``min_words`` words; when fewer than ``n`` have an error, the
    list goes on with the most warnings per 1,000 words."""
    cols = ["id", "path", "headline", "outlet", "section", "date", "genre", "words", "errors", "warnings", "gate"]
    t = read_table(out_dir, "articles", cols)
    if t is None:
        return []
    rows = [r for r in t.to_pylist() if (r["words"] or 0) >= min_words and r["gate"]]
    for r in rows:
        r["per_1k_errors"] = 1000 * r["errors"] / r["words"]
        r["per_1k_warnings"] = 1000 * r["warnings"] / r["words"]
    rows.sort(key=lambda r: (-r["per_1k_errors"], -r["per_1k_warnings"], -r["gate"], r["id"]))
    return rows[:n]


def failures(out_dir: Path) -> int:
    """How many articles could not be read or linted (DIR/failures.csv)."""
    path = Path(out_dir) / "failures.csv"
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8", newline="") as fh:
        return max(0, sum(1 for _ in csv.reader(fh)) - 1)
