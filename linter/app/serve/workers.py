"""Linting for the server in a bounded pool of worker processes, each request under a
time limit.

The HTTP threads only read requests and write answers; the linting happens in worker
processes, at most one request each at a time. A request that takes longer than the
limit is answered 503 and its worker is killed and replaced, so one huge or hostile
article costs one worker for a bounded time and never slows the other requests or
grows the server's memory. Workers are started with "spawn" (forking a threaded
server is unsafe) and warm up before they take requests.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from .requests import Answer, HTTPError, LintRequest

WARM_UP = "Warm-up\n\nThe minister said on Monday that the plan would work, officials said.\n"


@dataclass
class Worker:
    process: Any
    conn: Connection

    def stop(self) -> None:
        """Kill and reap the process and close its pipe; safe to call twice (a worker
        replaced while the server closes)."""
        try:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(5)
        except (OSError, ValueError, AssertionError):
            pass
        try:
            self.conn.close()
        except OSError:
            pass


class Workers:
    """``size`` worker processes; ``run`` lints one request on a free one within
    ``timeout`` seconds."""

    def __init__(self, size: int, timeout: float, where: Any = None) -> None:
        self.timeout = timeout
        #: Where the workers read the configuration (``handling.Where``; None: the defaults).
        self.where = where
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: list[Worker] = []
        self._lock = threading.Lock()
        starting = [self._start() for _ in range(max(1, size))]
        for worker in starting:
            self._ready(worker)
            self._idle.put(worker)

    def run(self, kind: str, req: LintRequest | str | None, deadline: float) -> Answer:
        """The answer to one request ("api", "report", "rules" or "rule"); 503 when no worker is free
        before ``deadline`` or the linting takes longer than the time limit."""
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise HTTPError(503, "the server is busy: try again shortly") from None
        try:
            worker.conn.send((kind, req))
            if worker.conn.poll(min(self.timeout, max(0.0, deadline - time.monotonic()))):
                status, *rest = worker.conn.recv()
                if status == 500:
                    raise HTTPError(500, "internal error", note=rest[0])
                if status != 200:
                    raise HTTPError(status, rest[0])
                return (status, *rest)  # type: ignore[return-value]
            worker = self._replace(worker)
            raise HTTPError(503, f"the article took longer than {self.timeout:g} seconds to lint")
        except (EOFError, OSError):  # the worker died (out of memory, killed): start another
            worker = self._replace(worker)
            raise HTTPError(503, "the linter stopped on this article") from None
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        with self._lock:
            for worker in self._all:
                worker.stop()
            self._all.clear()

    def _start(self) -> Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child, self.where), daemon=True, name="newslint-worker")
        process.start()
        child.close()
        worker = Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        return worker

    @staticmethod
    def _ready(worker: Worker) -> None:
        """Wait for a new worker's warm-up (it says "ready" when it can take requests)."""
        if not worker.conn.poll(120) or worker.conn.recv() != "ready":
            raise RuntimeError("a lint worker did not start")

    def _replace(self, worker: Worker) -> Worker:
        worker.stop()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
        fresh = self._start()
        self._ready(fresh)
        return fresh


def _serve(conn: Connection, where: Any = None) -> None:
    """A worker: read the configuration, warm up (the sentence splitter and readability
    tables load lazily), then answer requests until the pipe closes."""
    from .handling import answer, configure  # imported in the worker, not in the server's threads

    if where is not None:
        configure(where)
    answer("api", LintRequest(WARM_UP, "txt", None, None, (), "-"))  # the configured genre: the page's first choice
    answer("rules", None)
    conn.send("ready")
    while True:
        try:
            kind, req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(answer(kind, req))
        except HTTPError as exc:
            conn.send((exc.status, exc.note if exc.status == 500 else exc.message))
        except Exception as exc:  # a bug: the server logs it and answers 500
            conn.send((500, f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())}"[:300]))
