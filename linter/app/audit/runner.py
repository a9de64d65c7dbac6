"""The audit on Dask: the client plans partitions lazily, keeps a bounded number of
them in flight on the cluster (a local one it starts and stops, or ``--scheduler``'s),
skips the finished ones on ``--resume``, and at the end gathers the failures, writes the
manifest and writes the summary and report from the tables."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..._version import __version__
from ...lint.settings import linter_key
from ...model.errors import InputError
from ..run import Configs
from .inputs import Failure, Partition, plan
from .partition import TABLES, Job, done, run_partition, write_failures
from .rows import families_of

MANIFEST = "_manifest.json"
#: Partitions in flight per worker thread: enough to keep every worker busy while the
#: client waits, few enough that it never holds more than a handful of futures.
WINDOW = 2


@dataclass
class Options:
    inputs: list[str]
    out: Path
    partition_size: int
    scheduler: str | None = None
    workers: int | None = None
    resume: bool = False
    fields: dict[str, list[str]] = field(default_factory=dict)
    progress: bool = False


@dataclass
class Totals:
    partitions: int = 0
    skipped: int = 0
    articles: int = 0
    findings: int = 0
    failures: int = 0
    seconds: float = 0.0
    workers: int = 0
    #: Time the partitions of this run took in the workers (wall and CPU): the per-core rate.
    task_seconds: float = 0.0
    task_cpu_seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)


def config_hash(configs: Configs, options: Options) -> str:
    """What makes two runs' rows comparable: the engine settings where the run starts,
    the field names and the version."""
    key = repr((linter_key(configs.settings_for(Path.cwd())), str(configs.explicit_path), repr(configs.cli),
                sorted(options.fields.items()), __version__))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def prepare(options: Options, configs: Configs, names: dict[str, list[str]]) -> Job:
    """Check the output directory (a fresh run replaces an earlier audit's tables, a
    resumed one must have been started with the same inputs, size and configuration)
    and write the manifest; the job every partition shares."""
    out = options.out
    linter = configs.linter_for(Path.cwd())
    job = Job(str(out.resolve()), str(configs.explicit_path) if configs.explicit_path else None, configs.cli,
              configs.max_bytes, names, tuple(families_of(linter)), config_hash(configs, options))
    manifest = out / MANIFEST
    params = {"inputs": options.inputs, "partition_size": options.partition_size, "config_hash": job.key,
              "fields": names, "newslint": __version__}
    if options.resume:
        if not manifest.exists():
            raise InputError(f"{out}: nothing to resume (no {MANIFEST})")
        before = json.loads(manifest.read_text("utf-8"))
        changed = [k for k in ("inputs", "partition_size", "config_hash") if before.get(k) != params[k]]
        if changed:
            raise InputError(f"{out}: cannot resume: {', '.join(changed)} differ from the run that wrote it")
    elif out.exists() and any(out.iterdir()):
        if not manifest.exists():
            raise InputError(f"{out}: not empty and not an audit's output: choose another --out")
        for name in (*(f"{t}.parquet" for t in TABLES), "_failures"):
            shutil.rmtree(out / name, ignore_errors=True)
    for name in (*(f"{t}.parquet" for t in TABLES), "_failures"):
        (out / name).mkdir(parents=True, exist_ok=True)
    _write_json(manifest, {**params, "status": "running", "started": _now()})
    return job


def run(options: Options, configs: Configs, job: Job) -> Totals:
    """The whole audit; the client, and the local cluster if it started one, are closed
    however it ends."""
    from dask.distributed import Client

    started = time.perf_counter()
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler, timeout="30s")
    else:
        cluster = _local_cluster(options.workers or os.cpu_count() or 1)
        client = Client(cluster)
    try:
        totals = Totals(workers=len(client.scheduler_info(n_workers=-1)["workers"]))
        planned = plan(options.inputs, options.partition_size,
                       lambda root: configs.settings_for(Path(root)).exclude)
        _drive(client, planned, job, options, totals)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    totals.seconds = time.perf_counter() - started
    return finish(options.out, totals)


def _local_cluster(workers: int) -> Any:
    """One single-threaded worker process per core, no dashboard, quiet logs."""
    import logging

    from dask.distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                        silence_logs=logging.ERROR)


def _drive(client: Any, planned: Iterator[Partition | Failure], job: Job, options: Options, totals: Totals) -> None:
    """Submit partitions as earlier ones finish, at most WINDOW per worker thread in flight."""
    from dask.distributed import as_completed

    window = max(2, WINDOW * sum(client.nthreads().values()))
    inputs_failed: list[Failure] = []
    progress = _Progress(options.progress, totals)
    pending = as_completed([])
    in_flight = 0
    for item in planned:
        if isinstance(item, Failure):
            inputs_failed.append(item)
            continue
        totals.partitions += 1
        if options.resume and done(job.out, item.index):
            totals.skipped += 1
            continue
        pending.add(client.submit(run_partition, item, job, pure=False, key=f"audit-{job.key}-{item.index:05d}"))
        in_flight += 1
        while in_flight >= window:
            progress.update(next(pending).result())
            in_flight -= 1
    for future in pending:
        progress.update(future.result())
    progress.close()
    write_failures(Path(job.out) / "_failures" / "inputs.csv", inputs_failed)


class _Progress:
    """A line on stderr, rewritten as partitions finish (only for a person at a terminal)."""

    def __init__(self, show: bool, totals: Totals) -> None:
        self.show, self.totals = show, totals
        self.parts = self.articles = 0
        self.started = self.last = time.perf_counter()

    def update(self, counts: dict[str, int]) -> None:
        self.parts += 1
        self.articles += counts["articles"]
        self.totals.task_seconds += counts["seconds"]
        self.totals.task_cpu_seconds += counts["cpu_seconds"]
        now = time.perf_counter()
        if self.show and now - self.last > 0.5:
            self.last = now
            rate = self.articles / max(now - self.started, 1e-9)
            sys.stderr.write(f"\rnewslint audit: {self.parts} partitions, {self.articles} articles, {rate:.0f}/s ")
            sys.stderr.flush()

    def close(self) -> None:
        if self.show:
            sys.stderr.write("\n")


def finish(out: Path, totals: Totals) -> Totals:
    """Gather the failures into failures.csv, count every table's rows from the parts'
    metadata (resumed partitions included), complete the manifest and write the
    summary and report."""
    import pyarrow.parquet as pq

    totals.failures = _gather_failures(out)
    counts = {}
    for table in TABLES:
        parts = sorted((out / f"{table}.parquet").glob("part-*.parquet"))
        counts[table] = sum(pq.ParquetFile(p).metadata.num_rows for p in parts)
    totals.articles, totals.findings = counts["articles"], counts["findings"]
    from .report import write_report
    from .summary import write_summary

    totals.outputs["summary"] = str(write_summary(out))
    totals.outputs["report"] = str(write_report(out))
    manifest = out / MANIFEST
    before = json.loads(manifest.read_text("utf-8"))
    _write_json(manifest, {**before, "status": "complete", "finished": _now(), "sources": counts["sources"],
                           **{k: v for k, v in asdict(totals).items() if k != "outputs"}})
    return totals


def _gather_failures(out: Path) -> int:
    """failures.csv from the inputs' and every partition's failures, in order."""
    parts = [out / "_failures" / "inputs.csv"] + sorted((out / "_failures").glob("part-*.csv"))
    n = 0
    tmp = out / ".failures.csv.tmp"
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("id", "path", "reason"))
        for part in parts:
            if part.exists():
                with part.open(encoding="utf-8", newline="") as rows:
                    for row in csv.reader(rows):
                        writer.writerow(row)
                        n += 1
    os.replace(tmp, out / "failures.csv")
    return n


def _write_json(path: Path, value: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", "utf-8")
    os.replace(tmp, path)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
