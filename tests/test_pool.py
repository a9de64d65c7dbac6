"""``check --jobs``: the processes take tasks from one counter (``app/pool.py``); the
report is the serial one byte for byte in every format, a worker that dies leaves its
tasks to the command's process, and no worker outlives the run."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from linter.app import pool
from linter.app import run as runmod
from linter.app.cli import main
from linter.report import FORMATS

SAMPLES = ("zelensky-toll.txt", "storm-recovery.md", "harbour-fire.html", "wire-neutral.txt")


def corpus(where: Path, copies: int = 6) -> Path:
    where.mkdir()
    for i in range(copies):
        for seed in SAMPLES:
            shutil.copy(SEEDS / seed, where / f"{i:02d}-{seed}")
    return where


def check(*args: object):
    return CliRunner().invoke(main, ["check", *map(str, args)], env={"NO_COLOR": "1"}, catch_exceptions=False)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_the_serial_report(tmp_path: Path, fmt: str) -> None:
    top = corpus(tmp_path / "c")
    (top / "03-bad.txt").write_bytes(b"\xff\xfe\x00bad")
    serial = check("--format", fmt, "--jobs", "1", top)
    for jobs in ("2", "3"):
        parallel = check("--format", fmt, "--jobs", jobs, top)
        assert parallel.stdout == serial.stdout and parallel.exit_code == serial.exit_code == 2
        assert parallel.stderr == serial.stderr and parallel.stderr.count("03-bad.txt") == 1
    assert not multiprocessing.active_children()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a forked worker inherits the patched function")
def test_a_worker_that_dies_leaves_its_tasks_to_the_command(tmp_path: Path, monkeypatch) -> None:
    top = corpus(tmp_path / "c", copies=10)
    serial = check("--format", "json", "--jobs", "1", top)
    here, real = os.getpid(), runmod.lint_one

    def dying(job, *args, **kwargs):
        if os.getpid() != here:
            os._exit(3)  # as a worker killed by the system would end, its task unsent
        return real(job, *args, **kwargs)

    taken_back, take_back = [], pool._Gather.take_back
    monkeypatch.setattr(pool._Gather, "take_back", lambda self, who: taken_back.append(who) or take_back(self, who))
    monkeypatch.setattr(runmod, "lint_one", dying)
    monkeypatch.setattr(runmod, "TASK_FILES", 2)
    parallel = check("--format", "json", "--jobs", "2", top)
    assert parallel.stdout == serial.stdout and parallel.exit_code == serial.exit_code
    assert taken_back == [1]
    assert not multiprocessing.active_children()


def test_workers_that_start_afresh_build_their_own_linter(tmp_path: Path, monkeypatch) -> None:
    """As on macOS: the workers are spawned, not forked, and read the settings again."""
    top = corpus(tmp_path / "c", copies=8)
    (top / "newslint.toml").write_text('genre = "analysis"\n[severity]\nOPIN002 = "error"\n', "utf-8")
    serial = check("--format", "json", "--jobs", "1", top)
    monkeypatch.setattr(pool, "START", "spawn")
    here, real = os.getpid(), runmod.lint_one

    def slow_here(job, *args, **kwargs):
        if os.getpid() == here:
            time.sleep(0.05)  # this process's share is slow, so the spawned worker starts and takes tasks
        return real(job, *args, **kwargs)

    monkeypatch.setattr(runmod, "lint_one", slow_here)
    ends, close = [], pool._Gather.close
    monkeypatch.setattr(pool._Gather, "close", lambda self: close(self) or ends.extend(
        p.exitcode for _, p in self.workers.values()))
    parallel = check("--format", "json", "--jobs", "2", top)
    assert parallel.stdout == serial.stdout and parallel.exit_code == serial.exit_code
    assert '"severity": "error"' in serial.stdout
    assert ends == [0]  # the worker started, built its linter and ended well


def test_spawned_workers_take_tasks(monkeypatch) -> None:
    monkeypatch.setattr(pool, "START", "spawn")
    tasks = [[k] for k in range(60)]
    got = list(pool.ordered(tasks, _slow_pid_of, 2, _nothing))
    assert [k for k, _ in got] == list(range(60)) and len({pid for _, pid in got}) == 2


def test_results_come_in_task_order_and_every_process_takes_tasks(tmp_path: Path) -> None:
    # tasks that take a moment: instant ones may all be done by this process before a
    # worker has started on a loaded machine
    tasks = [[k] for k in range(60)]
    got = list(pool.ordered(tasks, _slow_pid_of, 3, _nothing))
    assert [k for k, _ in got] == list(range(60))
    assert len({pid for _, pid in got}) >= 2  # this process worked beside its workers
    assert not multiprocessing.active_children()


def test_a_run_stopped_early_ends_its_workers() -> None:
    results = pool.ordered([[k] for k in range(100)], _pid_of, 2, _nothing)
    assert next(results)[0] == 0
    results.close()
    assert not multiprocessing.active_children()


def test_the_board_gives_each_task_once() -> None:
    board = pool.Board(multiprocessing.get_context(), 3, 1)
    assert [board.take(0), board.take(0), board.take(0), board.take(0)] == [0, 1, 2, None]


def _pid_of(task: list[int]) -> list[tuple[int, int]]:
    return [(k, os.getpid()) for k in task]


def _slow_pid_of(task: list[int]) -> list[tuple[int, int]]:
    time.sleep(0.05)
    return _pid_of(task)


def _nothing() -> None:
    pass
