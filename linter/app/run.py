"""Running the linter over many files: settings per directory from the config cascade,
one linter per distinct settings, serially or on several processes, results always in
the order of the command line."""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Union

from . import collector
from ..lint.config import Cascade
from ..lint.per_file import lint_file
from ..lint.settings import Layer, Settings, linter_key
from ..lint.engine import DETAILS, Linter
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
#: A task's bytes at most (about 60 ms of linting): one round trip and one pickling per
#: several files, not per file.
TASK_BYTES = 32_000
#: A task's files at most.
TASK_FILES = 16
#: Each task takes about 1 / (GUIDE * processes) of the bytes left (see ``plan``).
GUIDE = 4


class Configs:
    """The settings and linter for each directory of a run.

    Settings come from the cascade (or ``explicit`` and its extend chain) with the
    command line as the last layer. Linters are costly to build (packs, lexicons), so
    there is one per distinct effective settings, shared by every directory that has
    them. A worker process rebuilds the same from ``explicit`` and ``cli``.
    """

    def __init__(self, explicit: Path | None, cli: Layer, max_bytes: int = MAX_FILE_BYTES,
                 debug: bool = False, keep_parsed: bool = True, keep_details: tuple[str, ...] = DETAILS) -> None:
        self.explicit_path = explicit
        #: Keep each result's parsed articles (a report that draws the article needs
        #: them); without, a result is its findings and the decoded file.
        self.keep_parsed = keep_parsed
        #: The DETAILS the report reads; the others are not built (the engine skips
        #: them), so a worker sends less and nothing holds what nobody reads.
        self.keep_details = keep_details
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
        return lint_file(linter, settings, source, fmt, self.keep_details)


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
            out.extend(_walk(target, configs))
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
    return [job[0] for job in _walk(top, configs)]


def _walk(top: str, configs: Configs) -> list[Job]:
    """``walk``'s files as jobs: each directory's settings, format map and filters are
    looked up once for all its files (a run over thousands of files does this before
    any process starts linting)."""
    found: list[Job] = []
    wanted = set(EXTENSIONS)
    for root, dirs, files in os.walk(top):
        directory = Path(root)
        settings = configs.settings_for(directory)
        exclude, skipped = settings.exclude, _skip_pattern(tuple(settings.default_exclude))
        known = {**EXTENSIONS, **settings.extensions}
        wanted |= set(known)
        dirs[:] = sorted(d for d in dirs if not skipped(os.path.normcase(d.casefold() + "/"))
                         and not excluded(os.path.join(root, d), exclude))
        for name in sorted(files):
            fmt = known.get(os.path.splitext(name)[1].lower())
            if fmt is not None and not skipped(os.path.normcase(name.casefold())):
                path = os.path.join(root, name)
                if not exclude or not excluded(path, exclude):
                    found.append((path, directory, fmt, False))
    if not found:
        raise InputError(f"{top}: no articles found (looked for {', '.join(sorted(wanted))})")
    return found


@lru_cache(maxsize=64)
def _skip_pattern(patterns: tuple[str, ...]) -> Callable[[str], object]:
    """Whether a name (case folded; a folder's with its "/") is one a walk leaves out
    by default (README.md; .git/): the ``default-exclude`` globs as one expression, a
    folder's globs matching only folders."""
    for_dirs = [fnmatch.translate(os.path.normcase(p.casefold())) for p in patterns if p.endswith("/")]
    for_files = [fnmatch.translate(os.path.normcase(p.casefold())) for p in patterns if not p.endswith("/")]
    dirs = re.compile("|".join(for_dirs) or "(?!)").match
    files = re.compile("|".join(for_files) or "(?!)").match
    return lambda name: (dirs if name.endswith(("/", os.sep)) else files)(name)


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
#: Standard input's bytes and the name it is linted under, for ``_work`` (any process
#: may lint it).
_STDIN: tuple[bytes | None, str | None] = (None, None)


def _init_worker(explicit: Path | None, cli: Layer, max_bytes: int, debug: bool, keep: tuple[bool, tuple[str, ...]],
                 warm: Path, stdin: tuple[bytes | None, str | None]) -> None:
    """Build a worker's settings and linter (a worker that does not start as a copy of
    this process) and warm it up."""
    global _WORKER, _STDIN
    _WORKER, _STDIN = Configs(explicit, cli, max_bytes, debug, *keep), stdin
    _warm(_WORKER, warm)


def _warm(configs: Configs, directory: Path) -> None:
    """Lint a short text, so that packs, lexicons, Punkt and the syllable table are loaded
    before the first file comes (in this process, before the workers are copied from it)."""
    try:
        configs.lint(directory, Source("warm-up.txt", "Warm up.\n\nThe minister said it was done."), "txt")
    except Exception:  # noqa: BLE001 - a failing warm-up only costs speed; the files report errors
        pass


def _work(task: list[Job]) -> list[Outcome]:
    """One task's outcomes, in any process of the run."""
    assert _WORKER is not None
    stdin, stdin_name = _STDIN
    return [lint_one(job, _WORKER, stdin if job[0] == "-" else None, stdin_name) for job in task]


def lint_each(jobs: list[Job], configs: Configs, processes: int,
              stdin_name: str | None = None) -> Iterator[Outcome]:
    """Each job's outcome, in job order, as soon as it and the ones before it are done.

    With several processes, this process is one of them (``app/pool.py``): the files are
    cut into tasks of consecutive files (``plan``), and every process takes the next task
    when it is free; the outcomes waiting to be given out in order stay few, whatever the
    number of files.
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
    from .pool import ordered  # only a run over many files pays for it

    global _WORKER, _STDIN
    _WORKER, _STDIN = configs, (stdin, stdin_name)
    _warm(configs, jobs[0][1])  # once, here: forked workers start warm
    start_args = (configs.explicit_path, configs.cli, configs.max_bytes, configs.debug,
                  (configs.keep_parsed, configs.keep_details),
                  jobs[0][1], _STDIN)
    sizes = [len(stdin or b"") if job[0] == "-" else _size(job[0]) for job in jobs]
    yield from ordered(plan(jobs, sizes, processes), _work, processes, _init_worker, start_args)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when the file is read


def plan(jobs: list[Job], sizes: list[int], processes: int) -> list[list[Job]]:
    """Runs of consecutive files, each about ``1 / (GUIDE * processes)`` of the bytes
    left (guided self-scheduling) but at most ``TASK_BYTES`` and ``TASK_FILES``, at least
    one file: large tasks while there is much to do (few round trips), single files at
    the end, so that the processes finish together. Standard input is a task of its own."""
    tasks: list[list[Job]] = []
    sizes = [max(size, 1) for size in sizes]  # an empty file costs something too
    left = sum(sizes)
    task: list[Job] = []
    weight = 0
    for job, size in zip(jobs, sizes):
        if job[0] == "-" and task:
            tasks.append(task)
            task, weight = [], 0
        task.append(job)
        weight += size
        left -= size
        if job[0] == "-" or weight >= min(TASK_BYTES, left / (GUIDE * processes)) or len(task) >= TASK_FILES:
            tasks.append(task)
            task, weight = [], 0
    if task:
        tasks.append(task)
    return tasks
