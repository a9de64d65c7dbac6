"""Running the linter over many files: configs per directory, serially or on several
processes, results always in the order of the command line."""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Union

import click

from ..lint.config import Settings, find_config, load_config
from ..lint.engine import Linter
from ..model.errors import InputError, NotAnArticle
from ..model.findings import FileResult
from ..model.source import Source
from ..readers.files import read_source, read_stdin

#: One file to lint: (path or "-", the directory whose config applies, input format,
#: named on the command line rather than met walking a directory).
Job = tuple[str, Path, str, bool]
#: A linted file, the one-line error that stopped it, or None for a walked file that
#: holds no article.
Outcome = Union[tuple[FileResult, Source], str, None]
#: Below this many files per process, forking costs more than it saves.
MIN_FILES_PER_PROCESS = 4


class Configs:
    """Settings per directory: the nearest config file upwards, or --config for all."""

    def __init__(self, explicit: Path | None, overrides: dict) -> None:
        self.explicit_path = explicit
        self.explicit = load_config(explicit) if explicit else None
        self.overrides = overrides
        self.by_dir: dict[Path, Settings] = {}
        self.linters: dict[Path | None, Linter] = {}

    def settings_for(self, directory: Path) -> Settings:
        if self.explicit is not None:
            return self.explicit
        directory = directory.resolve()
        if directory not in self.by_dir:
            found = find_config(directory)
            self.by_dir[directory] = load_config(found) if found else Settings()
        return self.by_dir[directory]

    def linter_for(self, directory: Path) -> Linter:
        settings = self.settings_for(directory)
        key = settings.path
        if key not in self.linters:
            merged = Settings(**{**settings.__dict__})
            o = self.overrides
            if o["select"] is not None:
                merged.select = o["select"]
            merged.ignore = merged.ignore + o["ignore"]
            merged.extend_select = merged.extend_select + o["extend_select"]
            if o.get("genre"):
                merged.genre = o["genre"]
            self.linters[key] = Linter(merged)
        return self.linters[key]


def lint_one(job: Job, configs: Configs, stdin: bytes | None = None, stdin_name: str | None = None) -> Outcome:
    path, directory, fmt_in, named = job
    try:
        source = read_stdin(stdin, stdin_name or "-") if stdin is not None else read_source(path)
        return configs.linter_for(directory).lint_source(source, fmt_in), source
    except NotAnArticle as exc:
        return None if not named else str(exc)
    except InputError as exc:
        return str(exc)


_WORKER: Configs | None = None


def _init_worker(explicit: Path | None, overrides: dict) -> None:
    global _WORKER
    _WORKER = Configs(explicit, overrides)


def _work(job: Job) -> Outcome:
    assert _WORKER is not None
    return lint_one(job, _WORKER)


def lint_all(jobs: list[Job], configs: Configs, processes: int, progress: bool,
             stdin_name: str | None = None) -> list[Outcome]:
    """Lint every job; the result list is in job order whatever the process count."""
    stdin = sys.stdin.buffer.read() if any(job[0] == "-" for job in jobs) else None
    files = [j for j in jobs if j[0] != "-"]
    processes = min(processes, len(files) // MIN_FILES_PER_PROCESS)
    with click.progressbar(length=len(jobs), label="Linting", file=sys.stderr) if progress and len(jobs) > 1 \
            else _NoBar() as bar:
        if processes <= 1:
            out = []
            for job in jobs:
                out.append(lint_one(job, configs, stdin if job[0] == "-" else None, stdin_name))
                bar.update(1)
            return out
        results: dict[int, Outcome] = {}
        for i, job in enumerate(jobs):
            if job[0] == "-":
                results[i] = lint_one(job, configs, stdin, stdin_name)
                bar.update(1)
        indexed = [(i, j) for i, j in enumerate(jobs) if j[0] != "-"]
        with ProcessPoolExecutor(processes, initializer=_init_worker,
                                 initargs=(configs.explicit_path, configs.overrides)) as pool:
            for (i, _), outcome in zip(indexed, pool.map(_work, [j for _, j in indexed], chunksize=4)):
                results[i] = outcome
                bar.update(1)
        return [results[i] for i in range(len(jobs))]


class _NoBar:
    def __enter__(self) -> "_NoBar":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        return None
