#!/usr/bin/env python3
"""Speed benchmark (not collected by pytest; nothing here is asserted). From the root:

    python tests/bench/speed.py [--runs 5] [--peers DIR] [--install] [--big 10000] [--one-article]

Side by side on one corpus, the bbc_news dev articles written as .txt files into a
scratch directory (never into the project): newslint with its default processes and
with ``--jobs 1``, write-good (npm) and proselint (PyPI) when they are found in
``--peers DIR`` (``--install`` puts them there: ``npm install write-good``, a venv with
``pip install proselint``) or on PATH. Runs are interleaved (one of each tool per
round) and each tool's minimum is kept, which is what a loaded machine can still
measure; CPU time (user + system of the process and its children) is printed beside
the wall time. Then one article's latency, interpreter start included, against
``python -c pass`` and both peers; peak memory (one 1 MB article; ``--big`` articles
in one run); and where the time of one process goes, stage by stage.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "eval" / "bbc_news" / "bbc_news.dev.jsonl"


def write_corpus(where: Path) -> tuple[list[Path], int]:
    """One .txt file per article (title, blank line, text); the paths and total bytes."""
    paths, size = [], 0
    for k, line in enumerate(BBC.open(encoding="utf-8")):
        item = json.loads(line)
        text = f"{item['title']}\n\n{item['text']}\n"
        path = where / f"{k:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        size += len(text.encode("utf-8"))
    return paths, size


def find_peers(peers: Path | None, install: bool) -> dict[str, list[str]]:
    """Command prefixes for write-good and proselint, where they can be found."""
    found: dict[str, list[str]] = {}
    if peers and install:
        peers.mkdir(parents=True, exist_ok=True)
        if shutil.which("npm") and not (peers / "node_modules" / ".bin" / "write-good").exists():
            subprocess.run(["npm", "install", "--silent", "--prefix", str(peers), "write-good"], check=False)
        venv = peers / "venv-proselint"
        if not (venv / "bin" / "proselint").exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "proselint"], check=False)
    candidates = {"write-good": [peers / "node_modules" / ".bin" / "write-good", peers / "wg" / "node_modules" / ".bin" / "write-good"]
                  if peers else [], "proselint": [peers / "venv-proselint" / "bin" / "proselint"] if peers else []}
    for name, paths in candidates.items():
        exe = next((str(p) for p in paths if p.exists()), None) or shutil.which(name)
        if exe:
            found[name] = [exe, "check"] if name == "proselint" else [exe]
    return found


#: The environment of every measured command: as a user's shell has it, except that
#: Python may write and read its bytecode (an installed package ships it compiled; in a
#: session with PYTHONDONTWRITEBYTECODE set and no bytecode yet, every run would compile
#: every module of newslint and proselint again: 73 ms of one profiled newslint start).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (process and children) and peak RSS (KiB) of one run."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENV)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, dict[str, float]]:
    """Each command's minimum wall and CPU time over interleaved rounds."""
    best: dict[str, dict[str, float]] = {name: {"wall": float("inf"), "cpu": float("inf"), "rss_kib": 0}
                                         for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            wall, cpu, rss = run(cmd)
            b = best[name]
            b["wall"], b["cpu"], b["rss_kib"] = min(b["wall"], wall), min(b["cpu"], cpu), max(b["rss_kib"], rss)
    return best


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def print_table(title: str, best: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    for name, b in best.items():
        print(f"  {name:24s} wall {b['wall'] * 1000:9.1f} ms   cpu {b['cpu'] * 1000:9.1f} ms")


def newslint_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "linter", "check", "--no-profile", "--fail-on", "never", *args]  # as `newslint`


def stages(paths: list[Path]) -> list[tuple[str, float]]:
    """Inclusive CPU seconds per stage for the corpus in this process (timers wrapped
    around the stage functions for this measurement only; CPU time, which other work on
    a shared machine changes far less than wall time)."""
    import importlib

    from linter.lint.config import Settings
    from linter.lint.engine import Linter

    spots = [("read and decode", "linter.readers.files", "read_source"),
             ("parse (readers)", "linter.lint.engine", "parse"),
             ("annotate (all)", "linter.lint.engine", "annotate"),
             ("  tokens", "linter.analyse.annotate", "token_lists"),
             ("  sentences (Punkt)", "linter.analyse.annotate", "split"),
             ("  quotations", "linter.analyse.annotate", "find_quotes"),
             # the first to ask for the cue lexicon's matches: it pays for that walk
             ("  quotations' speakers", "linter.analyse.annotate", "attribute_quotes"),
             ("  attribution frames", "linter.analyse.annotate", "find_frames"),
             ("  frames to quotations", "linter.analyse.annotate", "_speakers"),
             ("  readability", "linter.analyse.annotate", "readability"),
             ("  genre", "linter.analyse.annotate", "detect"),
             ("checks (all)", "linter.lint.engine", "Linter._hits"),
             ("json report", "linter.report.jsonout", "file_json")]
    totals: dict[str, float] = {}
    for label, module, attr in spots:
        mod = importlib.import_module(module)
        owner, name = (mod, attr) if "." not in attr else (getattr(mod, attr.split(".")[0]), attr.split(".")[1])
        if not hasattr(owner, name):
            continue
        original = getattr(owner, name)
        totals[label] = 0.0

        def timed(*a, __f=original, __label=label, **k):
            t = time.process_time()
            try:
                return __f(*a, **k)
            finally:
                totals[__label] += time.process_time() - t
        setattr(owner, name, timed)
    from linter.readers import files

    linter = Linter(Settings())
    linter.lint_source(files.read_source(str(paths[0])), "txt")
    for k in totals:
        totals[k] = 0.0
    from linter.report import jsonout

    t = time.process_time()
    for p in paths:
        result = linter.lint_source(files.read_source(str(p)), "txt")
        jsonout.file_json(result)
    totals["total"] = time.process_time() - t
    return list(totals.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peers", type=Path, default=None, help="folder with write-good and proselint")
    ap.add_argument("--install", action="store_true", help="install the peers into --peers")
    ap.add_argument("--big", type=int, default=0, help="also measure peak memory of this many articles in one run")
    ap.add_argument("--no-stages", action="store_true")
    ap.add_argument("--one-article", action="store_true",
                    help="only the one-article latency (interpreter start included) beside the peers")
    args = ap.parse_args()
    if not BBC.exists():
        sys.exit(f"benchmark data not found at {BBC}")
    peers = find_peers(args.peers, args.install)
    scratch = Path(tempfile.mkdtemp(prefix="newslint-speed-"))
    try:
        corpus = scratch / "corpus"
        corpus.mkdir()
        paths, size = write_corpus(corpus)
        print(f"corpus: {len(paths)} articles, {size / 1e6:.2f} MB, {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f}, minimum of {args.runs} interleaved runs")
        commands = {"newslint": newslint_cmd(str(corpus)), "newslint --jobs 1": newslint_cmd("-j", "1", str(corpus))}
        if "write-good" in peers:
            commands["write-good"] = peers["write-good"] + [str(p) for p in paths]
        if "proselint" in peers:
            commands["proselint"] = peers["proselint"] + [str(corpus)]
        if not args.one_article:
            corpus_section(commands, args.runs)
        one_article(paths, peers, args.runs)
        if args.one_article:
            return
        memory(scratch, paths, args.big)
        if not args.no_stages:
            print("\nwhere one process's time goes (inclusive CPU seconds, whole corpus)")
            for label, secs in stages(paths):
                print(f"  {label:24s} {secs:7.2f} s")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def corpus_section(commands: dict[str, list[str]], runs: int) -> None:
    """The whole corpus: newslint (default processes and --jobs 1) beside the peers."""
    best = interleaved(commands, runs)
    print_table("whole corpus", best)
    nl, nl1 = best["newslint"], best["newslint --jobs 1"]
    print(f"  --jobs speed-up (wall): {ratio(nl1['wall'], nl['wall'])}")
    for peer in ("write-good", "proselint"):
        if peer in best:
            print(f"  newslint / {peer}: wall {ratio(nl['wall'], best[peer]['wall'])}, "
                  f"--jobs 1 {ratio(nl1['wall'], best[peer]['wall'])}; "
                  f"cpu {ratio(nl1['cpu'], best[peer]['cpu'])}")


def one_article(paths: list[Path], peers: dict[str, list[str]], runs: int) -> None:
    """One article's latency, interpreter start included, beside ``python -c pass`` and
    the peers (wall and CPU: on a loaded machine the wall ratios drift, CPU much less)."""
    one = str(paths[0])
    latency = {"python -c pass": [sys.executable, "-c", "pass"], "newslint": newslint_cmd(one)}
    for peer, cmd in peers.items():
        latency[peer] = cmd + [one]
    best1 = interleaved(latency, max(runs * 2, 10))
    print_table("one article, interpreter start included", best1)
    base = best1["python -c pass"]["wall"]
    print(f"  newslint / (4 x python -c pass + 60 ms): {ratio(best1['newslint']['wall'], 4 * base + 0.060)}")
    for peer in peers:
        print(f"  newslint / {peer}: {ratio(best1['newslint']['wall'], best1[peer]['wall'])} wall, "
              f"{ratio(best1['newslint']['cpu'], best1[peer]['cpu'])} cpu")


def memory(scratch: Path, paths: list[Path], big: int) -> None:
    """Peak resident memory: one article of 1 MB; ``big`` articles in one run."""
    text, k = "", 0
    while len(text.encode("utf-8")) < 1_000_000:
        text += paths[k % len(paths)].read_text("utf-8") + "\n"
        k += 1
    one_mb = scratch / "one-megabyte.txt"
    one_mb.write_text(text, encoding="utf-8")
    _, _, rss = run(newslint_cmd("-j", "1", str(one_mb)))
    print(f"\npeak memory: one 1 MB article {rss / 1024:.0f} MB", end="")
    if big:
        many = scratch / "many"
        many.mkdir()
        for i in range(big):
            os.link(paths[i % len(paths)], many / f"{i:06d}.txt")
        _, _, rss = run(newslint_cmd("-j", "1", str(many)))
        print(f"; {big} articles in one run (--jobs 1) {rss / 1024:.0f} MB", end="")
    print()


if __name__ == "__main__":
    main()
