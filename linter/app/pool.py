"""Tasks on several processes, results in task order (``check --jobs``).

This process and ``processes - 1`` workers take tasks from one shared counter: whoever
is free takes the next task, so no process is handed work ahead of time and the run
ends when the last task ends, not when the busiest queue drains. A worker sends each
task's results back on its own pipe as one pickled message; this process puts them in
task order, and whenever the next task in order is still with a worker it works on the
next task itself instead of waiting. The tasks taken and not yet given out in order
stay few (``ROOM`` per process, a semaphore every taker holds one place of), so memory
does not grow with the number of tasks. A worker that dies leaves its tasks to this
process, which does them itself.

On Linux the workers are forked: they start as copies of this process, with everything
it built and warmed up (``start`` is not called). Elsewhere (macOS, where forking a
process that has loaded the system's frameworks is unsafe, and Windows) they start as
the platform starts them and call ``start(*start_args)`` first.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from typing import Any, Callable, Iterator, Sequence, TypeVar

from . import collector

T = TypeVar("T")
R = TypeVar("R")

#: How workers start: forked on Linux, the platform's way elsewhere (None).
START = "fork" if sys.platform.startswith("linux") else None
#: A worker's pipe on Linux: room for many tasks' results (``_widen``).
PIPE_BYTES = 1 << 20
#: Tasks taken and not yet given out in order, per process.
ROOM = 16


class Board:
    """What the processes share: the next task's number, who took each task (0 is this
    process), and the room left for taking tasks ahead of the one given out next."""

    def __init__(self, context: Any, tasks: int, processes: int) -> None:
        self.total = tasks
        self.lock = context.Lock()
        self.next = context.RawValue("q", 0)
        self.taken_by = context.RawArray("i", max(tasks, 1))
        self.room = context.Semaphore(ROOM * processes)

    def take(self, who: int, wait: bool = True) -> int | None:
        """The number of the next task, now ``who``'s; None when all are taken, -1
        when there is no room (only without ``wait``)."""
        if not self.room.acquire(wait):
            return -1
        with self.lock:
            number = self.next.value
            if number < self.total:
                self.next.value = number + 1
                self.taken_by[number] = who
                return number
        self.room.release()
        return None


def ordered(tasks: Sequence[T], work: Callable[[T], list[R]], processes: int,
            start: Callable[..., None], start_args: tuple = ()) -> Iterator[R]:
    """Every task's results, task by task in order, worked on by this process and
    ``processes - 1`` workers. ``work`` must be a module-level function (a worker that
    is not forked finds it by name), as must ``start``."""
    import multiprocessing

    context = multiprocessing.get_context(START)
    board = Board(context, len(tasks), processes)
    forked = context.get_start_method() == "fork"
    collector.settle()  # what start-up built is frozen before the copies are made
    gather = _Gather(board, tasks, work)
    try:
        for who in range(1, processes):
            receive, send = context.Pipe(duplex=False)
            _widen(receive)
            process = context.Process(target=_worker, daemon=True, name=f"newslint-{who}",
                                      args=(board, send, who, tasks, work, None if forked else (start, start_args)))
            process.start()
            send.close()  # this process keeps only the reading end: the pipe ends when the worker does
            gather.workers[receive] = (who, process)
        yield from gather.results()
    finally:
        gather.close()


def _widen(receive: Any) -> None:
    """Let a worker's pipe hold many tasks' results (Linux: 1 MB instead of 64 kB). A
    task's results are tens of kilobytes and this process reads them only between its own
    tasks: in a narrow pipe the worker would wait to send instead of linting."""
    if not sys.platform.startswith("linux"):
        return
    import fcntl

    for size in (PIPE_BYTES, PIPE_BYTES // 4):
        try:
            fcntl.fcntl(receive.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
            return
        except OSError:  # above the system's pipe-max-size: try smaller, else keep the default
            continue


#: Seconds a worker gets to end by itself once every task is done.
GRACE = 0.3


class _Gather:
    """This process's side of a run: the results in task order, its own share of the
    tasks, and the tasks of a worker that died."""

    def __init__(self, board: Board, tasks: Sequence, work: Callable) -> None:
        self.board, self.tasks, self.work = board, tasks, work
        self.workers: dict[Any, tuple[int, Any]] = {}  # a worker's pipe -> (its number, its process)
        self.done: dict[int, list] = {}
        self.given = 0  # tasks given out in order

    def results(self) -> Iterator:
        done, board = self.done, self.board
        while self.given < len(self.tasks):
            if self.given in done:
                results = done.pop(self.given)
                self.given += 1
                board.room.release()
                yield from results
                continue
            self.receive(timeout=0)
            if self.given in done:
                continue
            number = board.take(0, wait=False)
            if number is not None and number >= 0:
                done[number] = self.work(self.tasks[number])  # the next in order is still with a worker
            else:
                self.receive(timeout=None)

    def receive(self, timeout: float | None) -> None:
        """Put the results the workers have sent in ``done`` (waiting for one at most
        ``timeout`` seconds); a worker that has ended leaves the tasks it took and did
        not send to this process."""
        from multiprocessing.connection import wait

        live = [r for r in self.workers if not r.closed]
        if not live and timeout is None:
            raise RuntimeError("no worker left and a task not done")  # cannot happen: all taken are done
        for receive in wait(live, timeout) if live else ():
            try:
                number, results = pickle.loads(receive.recv_bytes())
            except (EOFError, OSError):
                receive.close()
                self.take_back(self.workers[receive][0])
                continue
            self.done[number] = results

    def take_back(self, who: int) -> None:
        """Do here the tasks a worker that ended took and did not send."""
        board = self.board
        for number in range(self.given, board.next.value):
            if board.taken_by[number] == who and number not in self.done:
                board.taken_by[number] = 0
                self.done[number] = self.work(self.tasks[number])

    def close(self) -> None:
        """End the workers. Every task is done, so a worker that started is on its way out
        (its last ``take`` finds none): it gets a moment to end by itself; one still
        starting (spawned, importing) is ended."""
        for receive, (_, process) in self.workers.items():
            process.join(GRACE)
            if process.is_alive():
                process.terminate()
            process.join()
            receive.close()


def _worker(board: Board, send: Any, who: int, tasks: Sequence, work: Callable,
            start: tuple[Callable[..., None], tuple] | None) -> None:
    """A worker's life: take the next task while there is one, send its results. Any
    failure ends it quietly: this process does its unsent tasks and reports them."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the command's: it ends the workers
        if start is not None:
            start[0](*start[1])
        collector.settle()
        while (number := board.take(who)) is not None:
            send.send_bytes(pickle.dumps((number, work(tasks[number])), pickle.HIGHEST_PROTOCOL))
        send.close()
    except BaseException:  # noqa: BLE001 - reported by the process that does the task again
        os._exit(1)
    os._exit(0)  # a copy of this process has nothing of its own to flush or clean up
