"""``summary.csv``: the audit's aggregates, with the counts behind every rate and 95%
bootstrap intervals, so two outlets or two years are compared honestly.

One row per (dimension, key, genre group): dimension is ``all``, ``outlet``,
``section``, ``author``, ``month`` or ``genre``. Every rate is split by genre, so a
column and a news report are never pooled silently; the one pooled row per key has
genre group ``all`` and says in ``genre_mix`` what it pools ("news:80;opinion:20").

Rates are ratios of sums (findings per 1,000 words = 1000 x sum of findings / sum of
words over the group's articles), and their intervals resample the group's articles
(B replicates from a fixed seed, percentile 2.5 and 97.5; linter/app/audit/bootstrap.py:
a row's interval depends only on its own articles, so adding an outlet or another
partitioning of the archive changes no other row). The counts are kept so rows can be
re-weighted or pooled again by hand. Only the articles table is read.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .bootstrap import intervals, ratio
from .parquet import read_table

DIMENSIONS = ("all", "outlet", "section", "author", "month", "genre")
#: The key of an article whose outlet, section, author or month is not known.
UNKNOWN = "(none)"
#: The genre group of the pooled row beside the per-genre rows.
POOLED = "all"
REPLICATES = 1000
SEED = 16
COUNTS = ("words", "gate", "errors", "warnings", "infos", "body_sentences", "opinion_sentences",
          "speech_verbs", "framed_verbs", "doubt_verbs")


@dataclass(frozen=True)
class Rate:
    """A ratio of two summed columns, times a scale."""

    name: str
    num: str
    den: str
    scale: float = 1.0
    digits: int = 4


@dataclass
class Table:
    """The articles as numpy arrays: keys per dimension and the counts to sum."""

    keys: dict[str, list[str]]
    genres: list[str]
    counts: dict[str, object]  # column -> float64 array
    families: list[str]
    tiers: list[str]


def rates(families: list[str], tiers: list[str]) -> list[Rate]:
    """Every rate of a row, in column order."""
    out = [Rate("per_1k_gate", "gate", "words", 1000.0, 3), Rate("per_1k_errors", "errors", "words", 1000.0, 3)]
    out += [Rate(f"per_1k_{fam}", f"f_{fam}", "words", 1000.0, 3) for fam in families]
    out += [Rate("opinion_share", "opinion_sentences", "body_sentences"),
            Rate("framed_share", "framed_verbs", "speech_verbs"),
            Rate("doubt_share", "doubt_verbs", "speech_verbs")]
    out += [Rate(f"share_{t}", f"tier_{t}", "attributed") for t in tiers]
    return out


def count_columns(table: Table) -> list[str]:
    return [*COUNTS, *(f"f_{f}" for f in table.families), *(f"i_{f}" for f in table.families),
            *(f"tier_{t}" for t in table.tiers), "attributed"]


def load(out_dir: Path) -> Table | None:
    """The articles table, sorted by id (part order must not change the figures)."""
    import numpy as np
    import pyarrow.compute as pc

    t = read_table(out_dir, "articles")
    if t is None or t.num_rows == 0:
        return None
    t = t.take(pc.sort_indices(t, [("id", "ascending")]))
    names = t.column_names
    families = [c[2:] for c in names if c.startswith("f_")]
    tiers = [c[5:] for c in names if c.startswith("tier_")]
    wanted = [*COUNTS, *(f"f_{f}" for f in families), *(f"i_{f}" for f in families), *(f"tier_{x}" for x in tiers)]
    counts = {c: np.nan_to_num(t.column(c).to_numpy(zero_copy_only=False).astype("float64")) if c in names
              else np.zeros(t.num_rows) for c in wanted}
    counts["attributed"] = sum((counts[f"tier_{x}"] for x in tiers), np.zeros(t.num_rows))
    months = _months(t)
    keys = {"all": ["all"] * t.num_rows, "month": months,
            **{d: [v or UNKNOWN for v in t.column(d).to_pylist()] for d in ("outlet", "section", "author")}}
    genres = [g or "news" for g in t.column("genre").to_pylist()]
    keys["genre"] = genres
    return Table(keys, genres, counts, families, tiers)


def _months(t) -> list[str]:
    """YYYY-MM of each article: its month column, else the start of its ISO date."""
    month = t.column("month").to_pylist() if "month" in t.column_names else [None] * t.num_rows
    date = t.column("date").to_pylist() if "date" in t.column_names else [None] * t.num_rows
    return [m or (d[:7] if d and len(d) >= 7 and d[4] == "-" else UNKNOWN) for m, d in zip(month, date)]


def groups(table: Table, dimensions: tuple[str, ...] = DIMENSIONS) -> list[tuple[str, str, str, list[int]]]:
    """(dimension, key, genre group, article indexes): per genre, then pooled."""
    out = []
    for dim in dimensions:
        by: dict[str, dict[str, list[int]]] = {}
        for i, (key, genre) in enumerate(zip(table.keys[dim], table.genres)):
            by.setdefault(key, {}).setdefault(genre, []).append(i)
        for key in sorted(by):
            per_genre = sorted(by[key].items())
            out += [(dim, key, g, idx) for g, idx in per_genre]
            if dim != "genre":
                out.append((dim, key, POOLED, sorted(i for _, idx in per_genre for i in idx)))
    return out


def _mix(table: Table, idx: list[int]) -> str:
    counts: dict[str, int] = {}
    for i in idx:
        counts[table.genres[i]] = counts.get(table.genres[i], 0) + 1
    return ";".join(f"{g}:{n}" for g, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def header(table: Table) -> list[str]:
    cols = ["dimension", "key", "genre_group", "articles"]
    cols += ["words", "gate"]
    for r in rates(table.families, table.tiers):
        cols += [r.name, f"{r.name}_lo", f"{r.name}_hi"]
    cols += [c for c in count_columns(table) if c not in ("words", "gate")]
    return cols + ["genre_mix"]


def _fmt(value: float, digits: int) -> str:
    return "" if value != value else f"{value:.{digits}f}"  # NaN (no denominator): empty


def summary_rows(table: Table, replicates: int = REPLICATES, seed: int = SEED,
                 dimensions: tuple[str, ...] = DIMENSIONS) -> list[dict]:
    """Every row of summary.csv as a dict (numbers formatted as written); the report
    asks for other dimensions too (outlet by month), keyed in ``table.keys``."""
    import numpy as np

    cols = count_columns(table)
    matrix = np.column_stack([table.counts[c] for c in cols])
    rs = rates(table.families, table.tiers)
    where = {c: i for i, c in enumerate(cols)}
    rate_cols = (np.array([where[r.num] for r in rs]), np.array([where[r.den] for r in rs]),
                 np.array([r.scale for r in rs]))
    found = groups(table, dimensions)
    lo, hi = intervals(matrix, [idx for *_, idx in found], rate_cols, replicates, seed)
    points = ratio(np.stack([matrix[idx].sum(axis=0) for *_, idx in found]), *rate_cols)
    # The resamples are summed in single precision: an interval end within that precision
    # of the estimate (a group whose articles all have the same rate) is the estimate.
    lo = np.where(np.isclose(lo, points, rtol=1e-5, atol=0), points, lo)
    hi = np.where(np.isclose(hi, points, rtol=1e-5, atol=0), points, hi)
    rows = []
    for g, (dim, key, genre, idx) in enumerate(found):
        sums, point = matrix[idx].sum(axis=0), points[g]
        row = {"dimension": dim, "key": key, "genre_group": genre, "articles": len(idx)}
        for j, r in enumerate(rs):
            row[r.name], row[f"{r.name}_lo"], row[f"{r.name}_hi"] = (
                _fmt(point[j], r.digits), _fmt(lo[g, j], r.digits), _fmt(hi[g, j], r.digits))
        row.update({c: int(sums[where[c]]) for c in cols})
        row["genre_mix"] = _mix(table, idx)
        rows.append(row)
    return rows


def write_summary(out_dir: Path, replicates: int = REPLICATES, seed: int = SEED) -> Path:
    """Write DIR/summary.csv from DIR/articles.parquet and return its path (atomically:
    a reader never sees half a file). With no article the file holds the header only."""
    out_dir = Path(out_dir)
    path = out_dir / "summary.csv"
    table = load(out_dir)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        if table is None:
            fh.write("dimension,key,genre_group,articles,words,gate\n")
        else:
            writer = csv.DictWriter(fh, fieldnames=header(table))
            writer.writeheader()
            writer.writerows(summary_rows(table, replicates, seed))
    tmp.replace(path)
    return path
