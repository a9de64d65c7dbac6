"""Audit a real archive: PolNeAR's US political news (seven outlets, 2015-2016, with
publisher and date), as an editor would audit their own.

    python tests/bench/audit_polnear.py [--out DIR] [--per-outlet N] [--workers N]

The articles are converted at run time into a JSON Lines export in a temporary
directory (headline, body, outlet, date, author; the eval text is never copied into the
project), ``newslint audit`` lints it into DIR (default: a temporary directory, deleted
afterwards unless --out is given), and the per-outlet table of summary.csv is printed:
findings per 1,000 words (warnings and errors) with 95% intervals, split by genre, and
what share of each outlet's findings comes from pieces that are not news. Needs
../shared/eval/polnear (it is not shipped to users).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "polnear.dev.jsonl"
#: Outlet names as the table shows them.
OUTLETS = {"breitbart": "Breitbart", "huff-post": "HuffPost", "nyt": "New York Times", "politico": "Politico",
           "usa-today": "USA Today", "wash-post": "Washington Post", "west-journal": "Western Journalism"}


def export(target: Path, per_outlet: int | None = None) -> int:
    """Write PolNeAR as a JSON Lines export (the first paragraph is the headline) and
    return how many articles it holds; ``per_outlet`` keeps the first N of each outlet."""
    kept: dict[str, int] = {}
    with POLNEAR.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as out:
        for line in src:
            item = json.loads(line)
            outlet = OUTLETS.get(item["publisher"], item["publisher"])
            if per_outlet is not None and kept.get(outlet, 0) >= per_outlet:
                continue
            kept[outlet] = kept.get(outlet, 0) + 1
            headline, _, body = item["text"].partition("\n\n")
            author = item.get("author")
            row = {"id": item["id"], "headline": headline.strip(), "body": body, "outlet": outlet,
                   "date": item.get("publication_date"),
                   "author": author if author and author != "None" else None}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return sum(kept.values())


def audit(export_path: Path, out: Path, workers: int) -> None:
    """``newslint audit`` on the export, as a user runs it."""
    cmd = [sys.executable, "-c", "from linter.app.cli import main; main()", "audit", str(export_path),
           "--out", str(out), "--workers", str(workers), "--partition-size", "50"]
    done = subprocess.run(cmd, cwd=export_path.parent, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"newslint audit failed ({done.returncode}):\n{done.stderr}")
    sys.stderr.write(done.stderr)


def outlet_table(out: Path) -> list[dict]:
    """Per outlet and genre: articles, findings per 1,000 words [95% interval], opinion
    share, and the share of the outlet's findings in pieces that are not news."""
    with (out / "summary.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["dimension"] == "outlet"]
    gate = {r["key"]: int(r["gate"]) for r in rows if r["genre_group"] == "all"}
    table = []
    for r in rows:
        if r["genre_group"] == "all":
            continue
        table.append({"outlet": r["key"], "genre": r["genre_group"], "articles": int(r["articles"]),
                      "words": int(r["words"]), "findings": int(r["gate"]),
                      "per_1k": r["per_1k_gate"], "lo": r["per_1k_gate_lo"], "hi": r["per_1k_gate_hi"],
                      "opinion_share": r["opinion_share"],
                      "of_outlet": int(r["gate"]) / gate[r["key"]] if gate[r["key"]] else 0.0})
    return sorted(table, key=lambda t: (t["outlet"], t["genre"] != "news", -t["articles"]))


def markdown(table: list[dict]) -> str:
    lines = ["| outlet | genre | articles | words | findings | per 1,000 words [95% interval] | opinion share "
             "| share of the outlet's findings |", "|---|---|---:|---:|---:|---|---:|---:|"]
    for t in table:
        lines.append(f"| {t['outlet']} | {t['genre']} | {t['articles']} | {t['words']:,} | {t['findings']} | "
                     f"{t['per_1k']} [{t['lo']}, {t['hi']}] | {t['opinion_share']} | {t['of_outlet']:.0%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="keep the audit here (default: a temporary directory)")
    ap.add_argument("--per-outlet", type=int, help="only the first N articles of each outlet")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    if not POLNEAR.is_file():
        print(f"{POLNEAR} is not present (../shared is not shipped to users)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="polnear-") as tmp:
        export_path = Path(tmp) / "polnear.jsonl"
        n = export(export_path, args.per_outlet)
        out = (args.out or Path(tmp) / "audit").resolve()
        audit(export_path, out, args.workers)
        print(f"{n} PolNeAR articles audited into {out if args.out else '(a temporary directory)'}\n")
        print(markdown(outlet_table(out)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
