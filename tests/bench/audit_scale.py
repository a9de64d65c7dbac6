"""``newslint audit`` at scale: build a synthetic archive and time the audit.

The archive is made by sampling and recombining the bundled seeds' paragraphs, the rule
packs' own example sentences and generated filler (never the eval data), with outlets,
sections, authors and dates, split into JSON Lines, CSV and Parquet shards. Then:

- articles per second with 1 and 2 local workers (the scaling ratio) on a subset;
- the same with a scheduler and two workers started as separate processes on loopback
  (``dask scheduler``, ``dask worker``);
- one full run with 2 local workers;
- peak memory (RSS) of every worker process and of the client, and the output sizes.

    python tests/bench/audit_scale.py --dir /tmp/audit-bench --articles 200000 --subset 20000
    python tests/bench/audit_scale.py --dir /tmp/audit-bench --skip-full      # scaling only

Prints a table and writes DIR/results.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OUTLETS = ["Daily Post", "Evening News", "River Gazette", "Northern Echo Wire", "Metro Times", "Coast Herald",
           "Valley Star", "City Ledger"]
SECTIONS = ["News", "News", "News", "Politics", "Business", "Sport", "Opinion", "Culture", "Local", "Review"]
FIRST = ["Maria", "Tom", "Ann", "Ravi", "Jo", "Kim", "Lee", "Sam", "Nadia", "Owen", "Priya", "Hugo"]
LAST = ["Lopez", "Hale", "Cole", "Shah", "Finch", "Ode", "Park", "Reed", "Kowalski", "Byrne", "Mensah", "Ito"]
ROLES = ["the transport minister", "a council spokesperson", "the head of the union", "a local resident",
         "the chief executive", "an official", "the police", "a senior source", "critics", "the mayor"]
VERBS = ["said", "said", "said", "told reporters", "added", "claimed", "admitted", "insisted", "warned", "noted"]
TOPICS = ["the new bus lanes", "the budget", "the hospital plan", "rents at the market", "the river crossing",
          "school meals", "the stadium deal", "flood defences", "the housing scheme", "the tram extension"]
FILLER = ["{topic} would cost {n} million pounds over {k} years, {who} {verb}.",
          "{name} {verb} the decision on {topic} would be made by {month}.",
          "The report on {topic} was published on {day}, {n} days after the deadline.",
          "\"We have listened to people about {topic},\" {name} {verb}.",
          "Figures show {n} per cent of residents support {topic}.",
          "{topic_c} has been debated since {month}, when {who} raised concerns.",
          "Some say {topic} is a disastrous mistake that will hurt families.",
          "{who_c} {verb} that {topic} was on track."]
MONTHS = ["January", "March", "May", "July", "September", "November"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _seed_paragraphs() -> tuple[list[str], list[str]]:
    """Paragraphs and headlines of the bundled seeds, and the packs' example sentences."""
    from linter.lint.engine import Linter
    from linter.model.article import BODY_KINDS, HEADLINE
    from linter.readers import format_of, parse
    from linter.readers.files import read_source

    paragraphs, headlines = [], []
    for path in sorted((ROOT / "seeds").iterdir()):
        if path.name == "README.md":
            continue
        for article in parse(read_source(path), format_of(str(path))):
            for block in article.blocks:
                text = " ".join(article.block_text(block).split())
                if block.kind == HEADLINE:
                    headlines.append(text)
                elif block.kind in BODY_KINDS and len(text.split()) >= 8:
                    paragraphs.append(text)
    for rule in Linter().rules:
        paragraphs += [" ".join(e.split()) for e in (*rule.positive, *rule.negative)
                       if "\n" not in e and len(e.split()) >= 6]
    return paragraphs, headlines


def _filler(rnd: random.Random) -> str:
    name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    topic, who = rnd.choice(TOPICS), rnd.choice(ROLES)
    return rnd.choice(FILLER).format(topic=topic, topic_c=topic[0].upper() + topic[1:], who=who,
                                     who_c=who[0].upper() + who[1:], name=name, verb=rnd.choice(VERBS),
                                     n=rnd.randint(2, 95), k=rnd.randint(2, 10), month=rnd.choice(MONTHS),
                                     day=rnd.choice(DAYS))


def article(rnd: random.Random, k: int, paragraphs: list[str], headlines: list[str]) -> dict:
    body = []
    for _ in range(rnd.randint(4, 9)):
        body.append(rnd.choice(paragraphs) if rnd.random() < 0.5 else
                    " ".join(_filler(rnd) for _ in range(rnd.randint(1, 3))))
    headline = rnd.choice(headlines) if rnd.random() < 0.3 else _filler(rnd).rstrip(".")
    date = f"{rnd.randint(2023, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    return {"id": f"syn-{k:07d}", "headline": headline, "body": "\n\n".join(body), "date": date,
            "outlet": rnd.choice(OUTLETS), "section": rnd.choice(SECTIONS),
            "author": f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"}


def build(directory: Path, n: int, seed: int = 16) -> list[str]:
    """n articles in four shards: two JSON Lines, one CSV, one Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    paragraphs, headlines = _seed_paragraphs()
    rnd = random.Random(seed)
    shards = [directory / "shard-0.jsonl", directory / "shard-1.jsonl", directory / "shard-2.csv",
              directory / "shard-3.parquet"]
    per = -(-n // len(shards))
    k = 0
    for shard in shards:
        rows = [article(rnd, k + i, paragraphs, headlines) for i in range(min(per, n - k))]
        k += len(rows)
        if shard.suffix == ".jsonl":
            shard.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        elif shard.suffix == ".csv":
            with shard.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
        else:
            pq.write_table(pa.Table.from_pylist(rows), shard, row_group_size=5000)
    return [str(s) for s in shards]


class Peaks:
    """Peak RSS of a process tree (or of given processes and their children), sampled."""

    def __init__(self, roots: list[int]) -> None:
        import psutil

        self.psutil, self.roots = psutil, roots
        self.peak: dict[int, tuple[str, int]] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            for root in self.roots:
                try:
                    procs = [self.psutil.Process(root)]
                    procs += procs[0].children(recursive=True)
                except self.psutil.NoSuchProcess:
                    continue
                for p in procs:
                    try:
                        rss = p.memory_info().rss
                        label = " ".join(p.cmdline()[1:4])[:60]
                    except (self.psutil.NoSuchProcess, self.psutil.AccessDenied):
                        continue
                    if rss > self.peak.get(p.pid, ("", 0))[1]:
                        self.peak[p.pid] = (label, rss)
            time.sleep(0.5)

    def done(self) -> dict[int, tuple[str, int]]:
        self.stop.set()
        self.thread.join()
        return self.peak


def audit(inputs: list[str], out: Path, *extra: str, watch: list[int] | None = None) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "CI": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "linter", "audit", *inputs, "--out", str(out), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    peaks = Peaks([proc.pid, *(watch or [])])
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    peak = peaks.done()
    if proc.returncode != 0:
        raise SystemExit(f"audit failed: {stderr}")
    manifest = json.loads((out / "_manifest.json").read_text("utf-8"))
    # every other process of the tree (local workers are the audit's children; a separately
    # started `dask worker` is a nanny and its worker process)
    others = sorted(((label, round(rss / 2 ** 20)) for pid, (label, rss) in peak.items()
                     if pid != proc.pid and rss > 30 * 2 ** 20), key=lambda x: -x[1])
    sizes = {name: sum(f.stat().st_size for f in (out / name).rglob("*") if f.is_file())
             if (out / name).is_dir() else (out / name).stat().st_size
             for name in ("articles.parquet", "findings.parquet", "sources.parquet", "failures.csv")}
    return {"wall_seconds": round(seconds, 1), "audit_seconds": round(manifest["seconds"], 1),
            "articles": manifest["articles"], "findings": manifest["findings"], "failures": manifest["failures"],
            "articles_per_second": round(manifest["articles"] / manifest["seconds"], 1),
            # CPU time the partitions took in the workers: the per-core rate, whatever else runs
            "worker_cpu_seconds": round(manifest["task_cpu_seconds"], 1),
            "articles_per_cpu_second": round(manifest["articles"] / max(manifest["task_cpu_seconds"], 1e-9), 1),
            "client_peak_mib": round(peak.get(proc.pid, ("", 0))[1] / 2 ** 20),
            "other_processes_peak_mib": others,
            "output_bytes": sizes, "message": stderr.strip().splitlines()[-1]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def with_scheduler(inputs: list[str], out: Path, size: int) -> dict:
    """The same audit on a scheduler and two workers started as separate processes."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen(["dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        time.sleep(3)
        for _ in range(2):
            procs.append(subprocess.Popen(["dask", "worker", address, "--nthreads", "1", "--no-dashboard"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT))
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        return audit(inputs, out, "--scheduler", address, "--partition-size", str(size),
                     watch=[p.pid for p in procs[1:]])
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            p.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/audit-bench"))
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--subset", type=int, default=20_000)
    parser.add_argument("--partition-size", type=int, default=500)
    parser.add_argument("--skip-full", action="store_true")
    parser.add_argument("--only", choices=("build", "scaling", "scheduler", "full"), action="append")
    args = parser.parse_args()
    steps = set(args.only or ("build", "scaling", "scheduler", "full"))
    if args.skip_full:
        steps.discard("full")
    full, subset = args.dir / "full", args.dir / "subset"
    results_path = args.dir / "results.json"
    results = json.loads(results_path.read_text()) if results_path.exists() else {}
    if "build" in steps:
        t = time.perf_counter()
        build(full, args.articles)
        build(subset, args.subset, seed=17)
        results["build_seconds"] = round(time.perf_counter() - t, 1)
        results["input_bytes"] = {"full": sum(f.stat().st_size for f in full.iterdir()),
                                  "subset": sum(f.stat().st_size for f in subset.iterdir())}
    inputs_full = sorted(str(p) for p in full.iterdir())
    inputs_subset = sorted(str(p) for p in subset.iterdir())
    size = ["--partition-size", str(args.partition_size)]
    if "scaling" in steps:
        for label in ("1 worker", "2 workers", "1 worker (again)", "2 workers (again)"):
            n = label[0]
            results[f"subset, local, {label}"] = audit(inputs_subset, args.dir / "out-subset", "--workers", n, *size)
            print(label, results[f"subset, local, {label}"], flush=True)
    if "scheduler" in steps:
        results["subset, dask scheduler + 2 dask workers"] = with_scheduler(inputs_subset, args.dir / "out-sched",
                                                                            args.partition_size)
        print(results["subset, dask scheduler + 2 dask workers"], flush=True)
    if "full" in steps:
        results["full, local, 2 workers"] = audit(inputs_full, args.dir / "out-full", "--workers", "2", *size)
        print(results["full, local, 2 workers"], flush=True)
    results_path.write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
