"""One partition of an audit, in a Dask worker: lint its articles with the worker's
linter (built once per worker process and configuration, never per partition) and write
its part of each table atomically. Only the counts go back to the client, so a worker's
memory is bounded by one partition, never by the archive."""

from __future__ import annotations

import csv
import io
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...lint.settings import Layer
from ...model.errors import InternalError, NewslintError
from ...readers.jsonexport import DEFAULT_FIELDS
from ..run import Configs
from .fields import metadata
from .inputs import Failure, Item, Partition, articles
from .rows import by_article, rows, schemas

TABLES = ("findings", "sources", "articles")


@dataclass(frozen=True)
class Job:
    """What every partition of a run shares (small, sent with each task)."""

    out: str
    explicit: str | None
    cli: Layer
    max_bytes: int
    names: dict[str, list[str]]
    families: tuple[str, ...]
    #: Identity of the configuration: a worker keeps one Configs (and its linters) per key.
    key: str


_CONFIGS: dict[str, Configs] = {}
_LOCK = threading.Lock()


def configs_for(job: Job) -> Configs:
    """The worker's settings and linters for the run's configuration, built on first use."""
    with _LOCK:
        if job.key not in _CONFIGS:
            _CONFIGS[job.key] = Configs(Path(job.explicit) if job.explicit else None, job.cli, job.max_bytes)
        return _CONFIGS[job.key]


def part_path(out: str | Path, table: str, index: int) -> Path:
    return Path(out) / f"{table}.parquet" / f"part-{index:05d}.parquet"


def failures_path(out: str | Path, index: int) -> Path:
    return Path(out) / "_failures" / f"part-{index:05d}.csv"


def done(out: str | Path, index: int) -> bool:
    """A partition is finished when its articles part exists (it is written last)."""
    return part_path(out, "articles", index).exists()


def run_partition(part: Partition, job: Job) -> dict[str, int]:
    """Lint a partition and write its parts; the counts of what was written."""
    started, cpu = time.perf_counter(), time.process_time()
    configs = configs_for(job)
    tables: dict[str, list[dict]] = {t: [] for t in TABLES}
    failed: list[Failure] = []
    for read in articles(part, job.names, _reader_names(configs), job.max_bytes):
        if isinstance(read, Failure):
            failed.append(read)
            continue
        try:
            _lint(read, configs, job, tables)
        except NewslintError as exc:
            failed.append(Failure(read.id, read.path, str(exc)))
        except Exception as exc:  # a bug: the article is a failure, the partition goes on
            failed.append(Failure(read.id, read.path, f"{read.id}: {InternalError('linting', exc)}"))
    write_failures(failures_path(job.out, part.index), failed)
    write_tables(job.out, part.index, tables, job.families)
    return {"partition": part.index, "articles": len(tables["articles"]), "findings": len(tables["findings"]),
            "sources": len(tables["sources"]), "failures": len(failed),
            "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu}


def _reader_names(configs: Configs):
    """The JSON reader's field names for a directory's settings (looked up once each)."""
    cache: dict[str, dict[str, list[str]]] = {}

    def names(directory: str) -> dict[str, list[str]]:
        if directory not in cache:
            cache[directory] = {**DEFAULT_FIELDS, **configs.settings_for(Path(directory)).json_fields}
        return cache[directory]
    return names


def _lint(item: Item, configs: Configs, job: Job, tables: dict[str, list[dict]]) -> None:
    """An item's articles as rows (a JSON export file holds several: ``id#index``)."""
    result = configs.lint(Path(item.directory), item.source, item.fmt)
    records = [item.record] if item.record is not None else _json_records(item)
    split = by_article(result)
    many = len(result.articles) > 1
    for i in range(len(result.articles)):
        record = records[i] if i < len(records) and isinstance(records[i], dict) else {}
        meta = {"id": f"{item.id}#{i}" if many else item.id, "path": item.path, **metadata(record, job.names)}
        if meta["section"] is None and i < len(result.parsed):
            meta["section"] = result.parsed[i].section
        article, found, sources = rows(meta, item.fmt, result, i, split[i], list(job.families))
        tables["articles"].append(article)
        tables["findings"].extend(found)
        tables["sources"].extend(sources)


def _json_records(item: Item) -> list[Any]:
    """The objects of a JSON export file, for their metadata fields."""
    if item.fmt != "json":
        return []
    try:
        data = json.loads(item.source.text)
    except ValueError:
        return []
    return data if isinstance(data, list) else [data]


def write_tables(out: str | Path, index: int, tables: dict[str, list[dict]], families: tuple[str, ...]) -> None:
    """The partition's part of each table, each written to a temporary name and renamed
    (articles last: its part is what says the partition is finished)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    shapes = schemas(list(families))
    for name in TABLES:
        table = pa.Table.from_pylist(tables[name], schema=shapes[name])
        _atomic(part_path(out, name, index), lambda tmp, t=table: pq.write_table(t, tmp, compression="zstd"))


def write_failures(path: Path, failed: list[Failure]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows((f.id, f.path, f.reason) for f in failed)
    _atomic(path, lambda tmp: tmp.write_text(buf.getvalue(), "utf-8"))


def _atomic(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

