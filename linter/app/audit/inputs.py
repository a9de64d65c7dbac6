"""The inputs of an audit as numbered partitions, and the articles of one partition.

``plan`` runs in the client and never loads the archive: directories are walked lazily
(sorted, as ``check`` walks them), JSON Lines and CSV exports are scanned once for the
byte offsets where every ``size`` rows begin, Parquet files are split by row ranges from
their metadata. The numbering depends only on the inputs and the size, so a resumed run
finds the same partitions. ``articles`` runs in a worker: it reads its own byte or row
range and yields each article's source (the text ``check`` would lint for it) or why it
could not be read.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Union

from ...model.errors import InputError
from ...model.source import Source
from ...readers import EXTENSIONS, format_of
from ...readers.files import decode, excluded, read_source
from .fields import MARKDOWN, pick, text_of

#: A CSV field may hold a whole article (the csv module's default limit is 128 KiB).
CSV_FIELD_LIMIT = 2 ** 31 - 1
#: Row exports by extension: one article per line, record or row.
ROW_EXPORTS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


@dataclass(frozen=True)
class Partition:
    """A unit of work: up to ``size`` article files of a walk, or a byte range (JSON Lines,
    CSV) or row range (Parquet) of one export, with the number of its first row."""

    index: int
    kind: str
    path: str = ""
    files: tuple[tuple[str, str], ...] = ()
    start: int = 0
    stop: int = 0
    first: int = 1
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failure:
    """An article (or a whole input) that could not be read or linted, and why."""

    id: str
    path: str
    reason: str


@dataclass
class Item:
    """One article to lint: its id, the file it came from, the settings directory, the
    source ``check`` would lint, its input format and the metadata of its record."""

    id: str
    path: str
    directory: str
    source: Source
    fmt: str
    record: dict | None = None


Planned = Union[Partition, Failure]


def plan(inputs: list[str], size: int, exclude_for: Callable[[str], list[str]]) -> Iterator[Planned]:
    """The partitions of the inputs in order (and a Failure for an input that cannot be
    opened); article files met in a row are grouped ``size`` to a partition."""
    counter = iter(range(1 << 62))
    pending: list[tuple[str, str]] = []
    for target in inputs:
        for path in _walk(target, exclude_for) if os.path.isdir(target) else [target]:
            kind = ROW_EXPORTS.get(os.path.splitext(path)[1].lower())
            if kind is None:
                pending.append((path, str(Path(path).parent)))
                if len(pending) == size:
                    yield Partition(next(counter), "files", files=tuple(pending))
                    pending = []
                continue
            if pending:
                yield Partition(next(counter), "files", files=tuple(pending))
                pending = []
            try:
                yield from SCANS[kind](path, size, counter)
            except (OSError, ValueError, csv.Error, InputError) as exc:
                yield Failure(path, path, _reason(path, exc))
    if pending:
        yield Partition(next(counter), "files", files=tuple(pending))


def _reason(path: str, exc: Exception) -> str:
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{path}: cannot read ({exc.strerror or exc})"
    return f"{path}: {exc}"


def _walk(top: str, exclude_for: Callable[[str], list[str]]) -> Iterator[str]:
    """Article files and row exports under a directory, sorted, hidden directories and
    excluded paths left out (each directory's own ``exclude``), yielded as found."""
    for root, dirs, files in os.walk(top):
        exclude = exclude_for(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(os.path.join(root, d), exclude))
        for name in sorted(files):
            ext = os.path.splitext(name)[1].lower()
            if (ext in EXTENSIONS or ext in ROW_EXPORTS) and not excluded(os.path.join(root, name), exclude):
                yield os.path.join(root, name)


def _scan_jsonl(path: str, size: int, counter: Iterator[int]) -> Iterator[Partition]:
    """Byte ranges of ``size`` lines each."""
    with open(path, "rb") as fh:
        start = pos = lines = 0
        first = 1
        for raw in fh:
            pos += len(raw)
            lines += 1
            if lines == size:
                yield Partition(next(counter), "jsonl", path, start=start, stop=pos, first=first)
                start, first, lines = pos, first + lines, 0
        if lines:
            yield Partition(next(counter), "jsonl", path, start=start, stop=pos, first=first)


def _scan_csv(path: str, size: int, counter: Iterator[int]) -> Iterator[Partition]:
    """Byte ranges of ``size`` records each (a record may span lines: the CSV reader
    takes lines one at a time, so the offset after a record is where the next begins)."""
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with open(path, "rb") as fh:
        pos = 0

        def lines() -> Iterator[str]:
            nonlocal pos
            for raw in fh:
                pos += len(raw)
                yield raw.decode("utf-8", errors="replace")

        reader = csv.reader(lines())
        header = next(reader, None)
        if header is None:
            raise InputError(f"{path}: empty CSV file (no header)")
        header[0] = header[0].removeprefix("\ufeff")
        start, first, records = pos, 1, 0
        for _ in reader:
            records += 1
            if records == size:
                yield Partition(next(counter), "csv", path, start=start, stop=pos, first=first, header=tuple(header))
                start, first, records = pos, first + records, 0
        if records:
            yield Partition(next(counter), "csv", path, start=start, stop=pos, first=first, header=tuple(header))


def _scan_parquet(path: str, size: int, counter: Iterator[int]) -> Iterator[Partition]:
    """Row ranges of ``size`` rows each, from the file's metadata."""
    import pyarrow.lib
    import pyarrow.parquet as pq

    try:
        rows = pq.ParquetFile(path).metadata.num_rows
    except pyarrow.lib.ArrowException as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
    for start in range(0, rows, size):
        yield Partition(next(counter), "parquet", path, start=start, stop=min(rows, start + size), first=start + 1)


SCANS = {"jsonl": _scan_jsonl, "csv": _scan_csv, "parquet": _scan_parquet}


# --- in the worker ---------------------------------------------------------------

Read = Union[Item, Failure]


def articles(part: Partition, names: dict[str, list[str]], reader_names: Callable[[str], dict[str, list[str]]],
             max_bytes: int) -> Iterator[Read]:
    """The articles of a partition (files are read whole, as ``check`` reads them)."""
    if part.kind == "files":
        for path, directory in part.files:
            try:
                source = read_source(path, max_bytes=max_bytes)
            except InputError as exc:
                yield Failure(path, path, str(exc))
                continue
            yield Item(path, path, directory, source, format_of(path))
        return
    directory = str(Path(part.path).parent)
    wanted = {n for listed in (*names.values(), *reader_names(directory).values()) for n in listed}
    for number, record in RECORDS[part.kind](part, wanted):
        rid = f"{part.path}#{number}"
        if isinstance(record, str):
            yield Failure(rid, part.path, f"{rid}: {record}")
            continue
        found = text_of(pick(record[0], names["id"]))
        yield _item(found or rid, part.path, directory, record, names, reader_names)


def _item(rid: str, path: str, directory: str, record: tuple[dict, str | None], names: dict[str, list[str]],
          reader_names: Callable[[str], dict[str, list[str]]]) -> Item:
    """A record as the file ``check`` would lint: a JSON Lines line as it is; a CSV or
    Parquet row as a one-line JSON object with the reader's field names; a Markdown body
    as a Markdown file under its headline."""
    row, line = record
    fmt_value = text_of(pick(row, names["body_format"]))
    if fmt_value is not None and fmt_value.lower() in MARKDOWN:
        headline = text_of(pick(row, names["headline"]))
        body = text_of(pick(row, names["body"])) or ""
        text = (f"# {headline}\n\n" if headline else "") + body
        return Item(rid, path, directory, Source(rid, text), "md", row)
    if line is None:
        keys = reader_names(directory)
        obj = {}
        for key, reader_key in (("headline", "headline"), ("standfirst", "standfirst"), ("author", "byline"),
                                ("section", "section"), ("body", "body")):
            value = text_of(pick(row, names[key]))
            if value is not None:
                obj[keys[reader_key][0]] = value
        line = json.dumps(obj, ensure_ascii=False)
    return Item(rid, path, directory, Source(rid, line), "json", row)


def _byte_range(part: Partition) -> bytes:
    with open(part.path, "rb") as fh:
        fh.seek(part.start)
        return fh.read(part.stop - part.start)


def _jsonl_records(part: Partition, wanted: set[str]) -> Iterator[tuple[int, tuple[dict, str | None] | str]]:
    for k, raw in enumerate(_byte_range(part).split(b"\n")):
        if not raw.strip():
            continue
        number = part.first + k
        try:
            line = decode(raw.rstrip(b"\r"), "line")
            row = json.loads(line)
        except (InputError, ValueError) as exc:
            yield number, f"not a JSON object ({exc})"
            continue
        yield number, ((row, line) if isinstance(row, dict) else "not a JSON object")


def _csv_records(part: Partition, wanted: set[str]) -> Iterator[tuple[int, tuple[dict, str | None] | str]]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    text = _byte_range(part).decode("utf-8", errors="surrogateescape")
    for k, values in enumerate(csv.reader(io.StringIO(text, newline=""))):
        number = part.first + k
        row = dict(zip(part.header, values))
        try:
            "".join(values).encode("utf-8")
        except UnicodeEncodeError:
            yield number, "not valid UTF-8"
            continue
        yield number, (row, None)


def _parquet_records(part: Partition, wanted: set[str]) -> Iterator[tuple[int, tuple[dict, str | None] | str]]:
    """The rows of the range, reading only the row groups that hold them and the columns
    some field names."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(part.path)
    columns = [c for c in pf.schema_arrow.names if c in wanted]
    meta, offset, groups = pf.metadata, 0, []
    for g in range(meta.num_row_groups):
        n = meta.row_group(g).num_rows
        if offset < part.stop and offset + n > part.start:
            groups.append((g, offset))
        offset += n
    if not groups:
        return
    table = pf.read_row_groups([g for g, _ in groups], columns=columns)
    table = table.slice(part.start - groups[0][1], part.stop - part.start)
    for k, row in enumerate(table.to_pylist()):
        yield part.first + k, (row, None)


RECORDS = {"jsonl": _jsonl_records, "csv": _csv_records, "parquet": _parquet_records}
