#!/usr/bin/env python3
"""The hand-written articles with expert gold lists scored as a gate sees them (not
collected by pytest). There are two sets, both written for the project:

- check (tests/data/gold/, the default): never tuned on; report its figures before and
  after a change, but do not study its misses.
- tune (tests/data/handtune/): the set to study; look at its misses and false warnings
  as much as you like, then confirm on the check set.

Run from the repository root:

    python tests/bench/gold.py                    # the check set's figures
    python tests/bench/gold.py --set tune --show  # the tune set: every missed item and every false warning
    python tests/bench/gold.py --set tune --by-rule  # and, per main rule, items found at the gate, at info only, or not at all

An item counts as found when a finding of one of its rules overlaps its span (article-
level items: any finding of the rule); a warning or error item is found "at the gate"
when that finding is a warning or an error. A must-not-flag span is hit by a warning or
error of one of its rules (ANY: of any rule) overlapping it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import linter  # noqa: E402

SETS = {"check": ROOT / "tests" / "data" / "gold", "tune": ROOT / "tests" / "data" / "handtune"}
GATE = ("warning", "error")


def span(text: str, item: dict) -> tuple[int, int] | None:
    lines = text.split("\n")
    if "line" not in item:
        return None
    start = sum(len(line) + 1 for line in lines[:item["line"] - 1])
    at = lines[item["line"] - 1].find(item["span"])
    if at < 0:
        raise SystemExit(f"span {item['span']!r} not on line {item['line']}")
    return start + at, start + at + len(item["span"])


def hits(findings, item: dict, text: str):
    rules = set(item.get("rules", []))
    where = span(text, item)
    return [f for f in findings if (not rules or "ANY" in rules or f.code in rules)
            and (where is None or (f.start < where[1] and where[0] < f.end))]


def chosen_set(argv: list[str]) -> Path:
    """The directory of the set `--set check|tune` (or `--set=...`) names; check by default,
    so a bare run never shows the tune set's figures as if they were the held-out ones."""
    name = "check"
    for i, arg in enumerate(argv):
        if arg == "--set" and i + 1 < len(argv):
            name = argv[i + 1]
        elif arg.startswith("--set="):
            name = arg.split("=", 1)[1]
    if name not in SETS:
        raise SystemExit(f"--set must be one of {', '.join(SETS)}, not {name!r}")
    return SETS[name]


def by_rule_table(outcomes: Counter) -> None:
    """Per main (first-listed) rule of the warning and error items: how many the gate finds,
    how many only an info finding touches (a severity question), and how many nothing finds
    (a recall question). The two call for different work, so the table keeps them apart."""
    print(f"{'rule':<10} {'gate':>5} {'info only':>10} {'none':>5}")
    for code in sorted({code for code, _ in outcomes}):
        print(f"{code:<10} {outcomes[code, 'gate']:>5} {outcomes[code, 'info']:>10} {outcomes[code, 'none']:>5}")


def main() -> None:
    show = "--show" in sys.argv
    gold_dir = chosen_set(sys.argv[1:])
    totals: Counter = Counter()
    outcomes: Counter = Counter()
    for gold_file in sorted(gold_dir.glob("*.gold.yaml")):
        gold = yaml.safe_load(gold_file.read_text("utf-8"))
        article = gold_dir / Path(gold["article"]).name
        text = article.read_text("utf-8")
        findings = linter.lint_path(article).findings
        row: Counter = Counter()
        for item in gold.get("must_flag", []):
            found = hits(findings, item, text)
            sev = item["severity"]
            row[f"{sev}_items"] += 1
            row[f"{sev}_found"] += bool(found)
            at_gate = any(f.severity in GATE for f in found)
            if sev in GATE:
                row["gate_items"] += 1
                row["gate_found"] += at_gate
                outcomes[item["rules"][0], "gate" if at_gate else "info" if found else "none"] += 1
            if show and not (at_gate if sev in GATE else found):
                print(f"  missed {article.name} {item.get('id', '')} {item.get('rules')} {item.get('span', 'article')!r}")
        for item in gold.get("must_not_flag", []):
            wrong = [f for f in hits(findings, item, text) if f.severity in GATE]
            row["must_not"] += 1
            row["must_not_hit"] += bool(wrong)
            if show:
                for f in wrong:
                    print(f"  FALSE  {article.name} {f.code} {f.severity} {f.text!r} on {item.get('span', 'article')!r}")
        totals.update(row)
        print(f"{article.name:<32} gate items found {row['gate_found']}/{row['gate_items']}, "
              f"must-not spans hit {row['must_not_hit']}/{row['must_not']}")
    print(f"{'all':<32} gate items found {totals['gate_found']}/{totals['gate_items']} "
          f"({totals['gate_found'] / max(1, totals['gate_items']):.0%}); errors found {totals['error_found']}/"
          f"{totals['error_items']}; info items found {totals['info_found']}/{totals['info_items']}; "
          f"must-not spans hit {totals['must_not_hit']}/{totals['must_not']}")
    if "--by-rule" in sys.argv:
        by_rule_table(outcomes)


if __name__ == "__main__":
    main()
