"""The ``check`` command's run: results stream from the linter through fixes and the
baseline into the report, file by file, in the order of the command line.

Nothing holds the results of the whole run: each file's result is fixed, filtered,
rendered and dropped before the next is taken, so memory does not grow with the number
of files (a format keeps only the counts it needs for its summary). What the run must
remember is small: the worst severity seen, the error count, the baseline's budget.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterator

from ..lint import fixes
from ..model.errors import InputError
from ..model.findings import FileResult
from ..model.rules import RANK
from ..model.source import Source
from ..readers.files import read_source
from .console import echo, fail
from .run import Configs, Job, Outcome

if TYPE_CHECKING:
    from ..lint.baseline import Baseline


@dataclass
class Run:
    """What a check run carries from file to file."""

    configs: Configs
    jobs: list[Job]
    fix: bool = False
    baseline: Baseline | None = None
    #: --write-baseline: every finding's entry, collected instead of a report.
    record: list[dict] | None = None
    errors: int = 0
    worst: int = -1
    results_seen: int = 0
    #: The name standard input is reported under (None when it is not linted).
    stdin_path: str | None = None
    #: --fix on standard input: the fixed text, for standard output.
    fixed_stdin: str | None = None
    #: --min-severity: findings below it are left out of the report (not of the exit status).
    min_severity: str | None = None
    _targets: dict[str, tuple[Path, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._targets = {path: (directory, fmt) for path, directory, fmt, _ in self.jobs}

    def results(self, outcomes: Iterator[Outcome]) -> Iterator[FileResult]:
        """The results, each fixed and filtered by the baseline; a file that failed is
        one line on stderr (and counted), a walked file with no article is skipped."""
        for outcome in outcomes:
            if outcome is None:
                continue
            if isinstance(outcome, str):
                fail(outcome)
                self.errors += 1
                continue
            result = outcome[0]
            if self.fix:
                result = self._fixed(result)
            if self.baseline is not None:
                result = self.baseline.hide(result)
            if self.record is not None:
                from ..lint.baseline import entries_of  # --write-baseline only

                self.record.extend(entries_of(result))
            self.results_seen += 1
            self.worst = max([self.worst, *(RANK[f.severity] for f in result.findings)])
            if self.min_severity not in (None, "info"):
                result.findings = [f for f in result.findings if RANK[f.severity] >= RANK[self.min_severity]]
            yield result

    def _fixed(self, result: FileResult) -> FileResult:
        """Apply the file's safe fixes and lint it again, so what is reported (and
        where) is what the file now holds; standard input's fixed text is kept for
        standard output instead."""
        source = result.source
        assert source is not None
        edits = fixes.plan(source.text, result.findings)
        stdin = result.path == self.stdin_path
        if stdin:
            self.fixed_stdin = fixes.apply(source.text, edits)
        if not edits:
            return result
        directory, fmt = self._targets["-" if stdin else result.path]
        if stdin:
            return self.configs.lint(directory, Source(result.path, self.fixed_stdin), fmt)
        try:
            written = fixes.write_atomic(Path(result.path), fixes.apply(source.text, edits))
        except OSError as exc:
            raise InputError(f"{result.path}: cannot write fixes ({exc.strerror})") from None
        codes = ", ".join(sorted({e.code for e in edits}))
        via = f" (through the link, in {written})" if Path(result.path).is_symlink() else ""
        echo(f"newslint: {result.path}: fixed {len(edits)} finding{'s' * (len(edits) != 1)} ({codes}){via}",
                   err=True)
        return self.configs.lint(directory, read_source(result.path, result.path, self.configs.max_bytes), fmt)

    def status(self, fail_on: str) -> int:
        """0, 1 (a finding at or above ``fail_on``) or 2 (a file could not be linted)."""
        if self.errors:
            return 2
        return int(fail_on != "never" and self.worst >= RANK[fail_on])


def started(results: Iterator[FileResult]) -> Iterator[FileResult] | None:
    """The results, or None when there are none at all (then no report is written: an
    empty report would read as "no findings" for a run that linted nothing)."""
    first = next(results, None)
    return None if first is None else itertools.chain([first], results)


def write(chunks: Iterator[str], out: IO[str]) -> None:
    """Write a report as it is produced, flushing each piece (a reader of the pipe sees
    findings while the run goes on)."""
    for chunk in chunks:
        if chunk:
            out.write(chunk)
            out.flush()


def diffs(run: Run, outcomes: Iterator[Outcome]) -> bool:
    """``--diff``: each file's safe fixes as a unified diff; True when there are any."""
    changed = False
    for result in run.results(outcomes):
        assert result.source is not None
        text = result.source.text
        edits = fixes.plan(text, result.findings)
        if edits:
            changed = True
            echo(fixes.diff(result.path, text, fixes.apply(text, edits)), nl=False)
    return changed


def stale_baseline(path: Path, run: Run) -> None:
    """Say on stderr which baseline entries hid nothing in this run."""
    assert run.baseline is not None
    stale = run.baseline.stale()
    if stale:
        echo(f"newslint: {path}: {len(stale)} stale baseline entr{'y' if len(stale) == 1 else 'ies'}"
                   f" (no longer found; rewrite with --write-baseline): "
                   + "; ".join(f"{e.path} {e.code} {e.text!r}" for e in stale[:10])
                   + (" ..." if len(stale) > 10 else "")
                   + ("; a version 1 baseline matches only unchanged sentences: written again, it also "
                      "survives edits elsewhere in a sentence" if any(e.around is None for e in stale) else ""),
                   err=True)


