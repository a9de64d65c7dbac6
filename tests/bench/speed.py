#!/usr/bin/env python3
"""Speed benchmark (not collected by pytest). Run from the repository root:

    python tests/bench/speed.py

Reports (1) articles per second over the bbc_news dev file in one process, with the
default rules (readability included), after a warm-up article so that one-off costs
(imports, building the lexicon) are reported separately; and (2) the wall time of one
`newslint check seeds/zelensky-toll.txt`, interpreter start included (median of runs).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "eval" / "bbc_news" / "bbc_news.dev.jsonl"


def throughput(ignore: list[str] | None = None) -> dict:
    t0 = time.perf_counter()
    from linter.lint.config import Settings
    from linter.lint.engine import Linter
    from linter.model.source import Source

    linter = Linter(Settings(ignore=ignore or []))
    items = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    texts = [f"{i['title']}\n\n{i['text']}" for i in items]
    linter.lint_source(Source("warm", texts[0]), "txt")
    setup = time.perf_counter() - t0
    t1 = time.perf_counter()
    n = 0
    for k, text in enumerate(texts):
        n += len(linter.lint_source(Source(str(k), text), "txt").findings)
    elapsed = time.perf_counter() - t1
    size = sum(len(t.encode("utf-8")) for t in texts)
    return {"articles": len(texts), "megabytes": round(size / 1e6, 2), "seconds": round(elapsed, 2),
            "articles_per_second": round(len(texts) / elapsed, 1), "setup_seconds": round(setup, 2),
            "findings": n}


def latency(runs: int = 10) -> dict:
    exe = shutil.which("newslint") or str(Path(sys.executable).with_name("newslint"))
    seed = str(ROOT / "seeds" / "zelensky-toll.txt")
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([exe, "check", seed], stdout=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    return {"runs": runs, "median_ms": round(1000 * statistics.median(times), 1),
            "min_ms": round(1000 * min(times), 1)}


if __name__ == "__main__":
    if not BBC.exists():
        sys.exit(f"benchmark data not found at {BBC}")
    print("throughput, default rules:", json.dumps(throughput()))
    print("throughput, readability (RDB) off:", json.dumps(throughput(["RDB"])))
    print("one file, interpreter start included:", json.dumps(latency()))
