"""Reading an audit's Parquet datasets (DIR/articles.parquet and its siblings): the
finished part files only, and only the columns asked for.

A dataset is a directory of ``part-NNNNN.parquet`` files written atomically; a
``.tmp`` left by an interrupted run is not a part and is never read. The articles
table is read whole (one row per article: that is what the audit's memory is sized
by); findings are only ever streamed batch by batch, a few columns at a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

#: The metadata columns every table carries (docs: the audit schema).
META = ("id", "path", "outlet", "section", "author", "date", "month", "genre")


def parts(out_dir: Path, name: str) -> list[Path]:
    """The finished part files of one dataset, in partition order (none: empty list)."""
    folder = Path(out_dir) / f"{name}.parquet"
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".parquet" and not p.name.startswith((".", "_")))


def columns_of(out_dir: Path, name: str) -> list[str]:
    """The column names of a dataset (from its first part's footer)."""
    import pyarrow.parquet as pq

    files = parts(out_dir, name)
    return list(pq.read_schema(files[0]).names) if files else []


def read_table(out_dir: Path, name: str, columns: list[str] | None = None):
    """A whole (small) table: the articles, or the sources of a run. None without parts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = parts(out_dir, name)
    if not files:
        return None
    return pa.concat_tables([pq.read_table(f, columns=columns) for f in files], promote_options="default")


def batches(out_dir: Path, name: str, columns: list[str], batch_size: int = 65536) -> Iterator:
    """Record batches of a (large) table, a few columns at a time, part by part."""
    import pyarrow.parquet as pq

    for f in parts(out_dir, name):
        pf = pq.ParquetFile(f)
        present = [c for c in columns if c in pf.schema_arrow.names]
        yield from pf.iter_batches(batch_size=batch_size, columns=present)
