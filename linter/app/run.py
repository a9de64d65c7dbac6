"""Running the linter over many files: settings per directory from the config cascade,
one linter per distinct settings, serially or on several processes, results always in
the order of the command line."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Union

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

from . import collector
from ..lint.config import Cascade
from ..lint.per_file import lint_file
from ..lint.settings import Layer, Settings, linter_key
from ..lint.engine import Linter
from ..model.errors import InputError, InternalError, NotAnArticle
from ..model.findings import FileResult
from ..model.source import Source
from ..readers import EXTENSIONS, file_format
from ..readers.files import MAX_FILE_BYTES, excluded, read_source, read_stdin

#: One file to lint: (path or "-", the directory whose settings apply, input format
#: (None: an unknown extension, reported when the file is read), named on the command
#: line rather than met walking a directory).
Job = tuple[str, Path, Union[str, None], bool]
#: A linted file, the one-line error that stopped it, or None for a walked file that
#: holds no article.
Outcome = Union[tuple[FileResult, Source], str, None]
#: Below this many files per process, forking costs more than it saves.
MIN_FILES_PER_PROCESS = 4
#: Tasks in flight per process: enough to keep the processes busy, few enough that the
#: finished results waiting for an earlier slow file stay few.
WINDOW = 4
#: Files per task at most: one round trip and one pickling per few files, not per file.
CHUNK = 8


class Configs:
    """The settings and linter for each directory of a run.

    Settings come from the cascade (or ``explicit`` and its extend chain) with the
    command line as the last layer. Linters are costly to build (packs, lexicons), so
    there is one per distinct effective settings, shared by every directory that has
    them. A worker process rebuilds the same from ``explicit`` and ``cli``.
    """

    def __init__(self, explicit: Path | None, cli: Layer, max_bytes: int = MAX_FILE_BYTES,
                 debug: bool = False, keep_parsed: bool = True) -> None:
        self.explicit_path = explicit
        #: Keep each result's parsed articles (a report that draws the article needs
        #: them); without, a result is its findings and the decoded file.
        self.keep_parsed = keep_parsed
        self.cli = cli
        #: Files over this size are refused; with ``debug``, internal errors show their traceback.
        self.max_bytes = max_bytes
        self.debug = debug
        self.cascade = Cascade(explicit, cli)
        #: Linters by linter_key: the report reads their rules and families.
        self.linters: dict[str, Linter] = {}
        self._by_dir: dict[Path, tuple[Settings, Linter]] = {}

    def settings_for(self, directory: Path) -> Settings:
        """A directory's settings, without building its linter (the walk asks for every directory)."""
        return self.cascade.settings_for(directory)

    def linter_for(self, directory: Path) -> Linter:
        return self._pair(directory)[1]

    def run_settings(self) -> Settings:
        """fail-on and baseline for the whole run: the current directory's settings."""
        return self.cascade.run_settings()

    def _pair(self, directory: Path) -> tuple[Settings, Linter]:
        if directory not in self._by_dir:
            settings = self.cascade.settings_for(directory)
            key = linter_key(settings)
            if key not in self.linters:
                self.linters[key] = Linter(settings)
            self._by_dir[directory] = (settings, self.linters[key])
        return self._by_dir[directory]

    def format_for(self, path: str, directory: Path) -> str:
        """A file's input format: its directory's ``[extensions]``, then the readers'
        (an InputError for an extension neither knows)."""
        return file_format(path, self.settings_for(directory).extensions)

    def lint(self, directory: Path, source: Source, fmt: str) -> FileResult:
        """Lint one source with its directory's linter, leaving out what the per-file
        ignores that match it name."""
        settings, linter = self._pair(directory)
        return lint_file(linter, settings, source, fmt)


def collect(paths: tuple[str, ...], stdin_filename: str | None, configs: Configs) -> list[Job]:
    """Expand the command line into files, in a deterministic order, each with the
    directory whose settings apply. Named files are kept even if an exclude matches;
    one with an unknown extension is reported when its turn comes."""
    out: list[Job] = []
    for target in list(paths) or ["."]:
        if target == "-":
            start = Path(stdin_filename).parent if stdin_filename else Path.cwd()
            out.append(("-", start, _format(configs, stdin_filename, start) if stdin_filename else "txt", True))
        elif os.path.isdir(target):
            out.extend((f, Path(f).parent, configs.format_for(f, Path(f).parent), False) for f in walk(target, configs))
        else:
            out.append((target, Path(target).parent, _format(configs, target, Path(target).parent), True))
    return out


def _format(configs: Configs, path: str, directory: Path) -> str | None:
    try:
        return configs.format_for(path, directory)
    except InputError:
        return None


def walk(top: str, configs: Configs) -> list[str]:
    """Article files under a directory, sorted; each directory's entries filtered by the
    ``exclude`` and ``default-exclude`` of that directory's settings (so a sub-project's
    config can exclude its own drafts), and read by the extensions they map to formats
    (the readers' and ``[extensions]``). None found is an input error."""
    found = []
    wanted = set(EXTENSIONS)
    for root, dirs, files in os.walk(top):
        settings = configs.settings_for(Path(root))
        exclude, skip = settings.exclude, [p.casefold() for p in settings.default_exclude]
        known = set(EXTENSIONS) | set(settings.extensions)
        wanted |= known
        dirs[:] = sorted(d for d in dirs if not _skipped(d + "/", skip) and not excluded(os.path.join(root, d), exclude))
        found += [os.path.join(root, name) for name in sorted(files)
                  if os.path.splitext(name)[1].lower() in known and not _skipped(name, skip)
                  and not excluded(os.path.join(root, name), exclude)]
    if not found:
        raise InputError(f"{top}: no articles found (looked for {', '.join(sorted(wanted))})")
    return found


def _skipped(name: str, patterns: list[str]) -> bool:
    """A name a walk leaves out by default (README.md; a folder, named with its "/":
    .git/), case folded."""
    folded = name.casefold()
    return any(fnmatch.fnmatch(folded, p) for p in patterns if p.endswith("/") == folded.endswith("/"))


def lint_one(job: Job, configs: Configs, stdin: bytes | None = None, stdin_name: str | None = None) -> Outcome:
    """One file's result, or the one line that says why there is none: the boundary at
    which any failure, a bug included, stops only this file."""
    path, directory, fmt_in, named = job
    try:
        source = (read_stdin(stdin, stdin_name or "-") if stdin is not None
                  else read_source(path, max_bytes=configs.max_bytes))
        fmt = fmt_in or configs.format_for(stdin_name or "-" if path == "-" else path, directory)
        result = configs.lint(directory, source, fmt)
        if not configs.keep_parsed:
            result.parsed = []
        return result, source
    except NotAnArticle as exc:
        return None if not named else str(exc)
    except InputError as exc:
        return str(exc)
    except Exception as exc:  # a bug: name the file and the stage, keep going
        error = exc if isinstance(exc, InternalError) else InternalError("linting", exc)
        line = f"{stdin_name or '-' if path == '-' else path}: {error}"
        if configs.debug:
            import traceback

            line += "\n" + "".join(traceback.format_exception(error.cause)).rstrip()
        return line


_WORKER: Configs | None = None


def _init_worker(explicit: Path | None, cli: Layer, max_bytes: int, debug: bool, keep_parsed: bool,
                 warm: Path) -> None:
    """Build the worker's settings and linter (a worker that does not start as a copy of
    this process) and warm it up."""
    global _WORKER
    _WORKER = Configs(explicit, cli, max_bytes, debug, keep_parsed)
    _warm_worker(warm)


def _warm_worker(warm: Path) -> None:
    """Lint a short text, so that packs, lexicons, Punkt and the syllable table are loaded
    before the first file comes."""
    assert _WORKER is not None
    try:
        _WORKER.lint(warm, Source("warm-up.txt", "Warm up.\n\nThe minister said it was done."), "txt")
    except Exception:  # noqa: BLE001 - a failing warm-up only costs speed; the files report errors
        pass
    collector.settle()  # what the warm-up built is frozen out of the collector's sight


def _work(jobs: list[Job]) -> list[Outcome]:
    assert _WORKER is not None
    return [lint_one(job, _WORKER) for job in jobs]


def lint_each(jobs: list[Job], configs: Configs, processes: int,
              stdin_name: str | None = None) -> Iterator[Outcome]:
    """Each job's outcome, in job order, as soon as it and the ones before it are done.

    With several processes, this process is one of them: ``processes - 1`` workers take
    tasks of up to ``CHUNK`` files (fewer for a small run, so every process gets work),
    at most ``WINDOW`` per worker in flight, and whenever the next outcome in order is
    not back yet, this process lints the next task itself instead of waiting. The
    outcomes waiting to be taken in order stay few (``2 * WINDOW`` tasks per process at
    most), whatever the number of files.
    """
    processes = min(processes, sum(1 for j in jobs if j[0] != "-") // MIN_FILES_PER_PROCESS)
    stdin = sys.stdin.buffer.read() if any(job[0] == "-" for job in jobs) else None
    if processes <= 1:
        for k, job in enumerate(jobs):
            outcome = lint_one(job, configs, stdin if job[0] == "-" else None, stdin_name)
            if k == 0:
                collector.settle()  # start-up is over: what it built is frozen, collection resumes
            yield outcome
        return
    collector.settle()  # the workers are forked with collection on
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # only a run over many files pays for it

    global _WORKER
    if multiprocessing.get_start_method() == "fork":
        # the workers start as copies of this process: its settings and linters, built once
        _WORKER = configs
        init, args = _warm_worker, (jobs[0][1],)
    else:
        init, args = _init_worker, (configs.explicit_path, configs.cli, configs.max_bytes, configs.debug,
                                    configs.keep_parsed, jobs[0][1])
    workers = processes - 1
    with ProcessPoolExecutor(workers, initializer=init, initargs=args) as pool:
        size = max(1, min(CHUNK, len(jobs) // (processes * WINDOW)))
        tasks = _tasks(jobs, size)
        pending: deque = deque()  # (outcomes or a worker's future, from a worker), in job order
        limit = 2 * WINDOW * processes
        while True:
            while len(pending) < limit and _in_flight(pending) < WINDOW * workers:
                task = next(tasks, None)
                if task is None:
                    break
                pending.append(_submit(pool, task, configs, stdin, stdin_name))
            if not pending:
                return
            head, remote = pending[0]
            if remote and not head.done() and len(pending) < limit:
                task = next(tasks, None)
                if task is not None:  # lint the next task here rather than wait
                    pending.append((_here(task, configs, stdin, stdin_name), False))
                    continue
            pending.popleft()
            yield from head.result() if remote else head


def _in_flight(pending: deque) -> int:
    """The workers' tasks not done yet."""
    return sum(1 for f, remote in pending if remote and not f.done())


def _tasks(jobs: list[Job], size: int) -> Iterator[list[Job]]:
    """Runs of up to ``size`` consecutive files; standard input is a task of its own
    (it is linted in this process)."""
    task: list[Job] = []
    for job in jobs:
        if job[0] == "-":
            if task:
                yield task
                task = []
            yield [job]
            continue
        task.append(job)
        if len(task) == size:
            yield task
            task = []
    if task:
        yield task


def _submit(pool: ProcessPoolExecutor, task: list[Job], configs: Configs, stdin: bytes | None,
            stdin_name: str | None) -> tuple[Future | list[Outcome], bool]:
    """A task on the pool (its future, True); standard input is linted here (it was read
    in this process: its outcomes, False)."""
    if task[0][0] != "-":
        return pool.submit(_work, task), True
    return _here(task, configs, stdin, stdin_name), False


def _here(task: list[Job], configs: Configs, stdin: bytes | None, stdin_name: str | None) -> list[Outcome]:
    """The outcomes of a task linted in this process."""
    return [lint_one(job, configs, stdin if job[0] == "-" else None, stdin_name) for job in task]
