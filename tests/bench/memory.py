#!/usr/bin/env python3
"""Peak memory of a directory run against the number of files (not collected by pytest).

    python tests/bench/memory.py 1000 30000        # writes the articles to a temp dir, then runs

Articles are the BBC dev texts, cycled (../shared, not copied into the project); each run
is `newslint check DIR --format json -o FILE` in a fresh process, and the figure is the
peak resident memory of that process and its children (getrusage), so --jobs workers count.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BBC = ROOT.parent / "shared" / "eval" / "bbc_news" / "bbc_news.dev.jsonl"


def articles() -> list[str]:
    with BBC.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def tree(base: Path, count: int, texts: list[str]) -> Path:
    top = base / f"n{count}"
    for i in range(count):
        d = top / f"d{i // 500:03d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"a{i:06d}.txt").write_text(texts[i % len(texts)], "utf-8")
    return top


def measure(top: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak MiB) of one run in a child process. The report is written beside
    the tree, not in it: a JSON report in the tree would be linted by the next run."""
    code = (f"import resource, subprocess, sys, time; t = time.perf_counter(); "
            f"subprocess.run([sys.executable, '-m', 'linter', 'check', {str(top)!r}, '--format', 'json', "
            f"'--jobs', '{jobs}', '-o', {str(top.parent / (top.name + '.json'))!r}]); "
            f"print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    seconds, kib = out.stdout.split()
    return float(seconds), int(kib) / 1024


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [1000, 30000]
    texts = articles()
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            top = tree(Path(tmp), count, texts)
            for jobs in (1, 2):
                seconds, mib = measure(top, jobs)
                print(f"{count:6d} files  --jobs {jobs}: {seconds:7.1f} s, peak {mib:6.0f} MiB (largest process)")


if __name__ == "__main__":
    main()
