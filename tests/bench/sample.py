#!/usr/bin/env python3
"""Draw a random sample of gate findings (warnings and errors) from professional copy, for
a standards editor to judge: true problem, defensible, or false alarm.

Not collected by pytest. Run from the repository root:

    python tests/bench/sample.py bbc --n 100            # 100 warnings from the whole BBC dev file
    python tests/bench/sample.py polnear --n 100 --seed 7
    python tests/bench/sample.py bbc --json > sample.json

The sample is drawn uniformly over all gate findings of the corpus with a fixed seed, so
the same tree and seed give the same sample. An article the data marks as a copy of another
(``duplicate_of``, listing the other copies: the BBC file holds about 70 such groups) is read once, under its first id. Each entry shows the rule, the flagged words,
the message, and the sentence around them (the data stays in ../shared; nothing is
copied into the project).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linter.lint.config import Settings  # noqa: E402
from linter.lint.engine import Linter  # noqa: E402
from linter.model.source import Source  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
CORPORA = {"bbc": "bbc_news", "polnear": "polnear"}


def findings(name: str) -> list[dict]:
    linter = Linter(Settings())
    out = []
    with (EVAL / CORPORA[name] / f"{CORPORA[name]}.dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if any(str(other) < str(item["id"]) for other in item.get("duplicate_of") or ()):
                continue  # a later copy of an article read under its first id: its warnings would count twice
            text = item["text"]
            for f in linter.lint_source(Source(str(item["id"]), text), "txt").findings:
                if f.severity == "info":
                    continue
                lo = text.rfind("\n", 0, f.start) + 1
                hi = text.find("\n", f.end)
                context = text[max(lo, f.start - 300):(hi if hi != -1 else len(text))][:700]
                out.append({"id": str(item["id"]), "code": f.code, "severity": f.severity, "text": f.text,
                            "message": f.message, "context": context,
                            "headline": text.split("\n", 1)[0][:120], "category": item.get("category", "")})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    everything = findings(args.corpus)
    sample = random.Random(args.seed).sample(everything, min(args.n, len(everything)))
    if args.json:
        print(json.dumps({"population": len(everything), "sample": sample}, indent=1, ensure_ascii=False))
        return
    print(f"{len(sample)} of {len(everything)} gate findings in {args.corpus} (seed {args.seed})\n")
    for k, s in enumerate(sample, 1):
        print(f"[{k}] {s['code']} {s['severity']} {s['text']!r} -- {s['message']}")
        print(f"    headline: {s['headline']}" + (f" ({s['category']})" if s["category"] else ""))
        print(f"    context: {' '.join(s['context'].split())}\n")


if __name__ == "__main__":
    main()
