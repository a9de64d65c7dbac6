#!/usr/bin/env python3
"""Load on `newslint serve` (not collected by pytest): eight clients posting articles in a
loop for DURATION seconds while one client sends bodies at the limit and another
dribbles bytes; prints throughput and p50/p99 latency of the eight.

    python tests/bench/serve_load.py [DURATION]
"""

from __future__ import annotations

import json
import socket
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linter.app import serve  # noqa: E402

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
ARTICLE = (ROOT / "seeds" / "zelensky-toll.txt").read_text("utf-8")
LIMIT = 2 * 1024 * 1024


def post(port: int, text: str) -> int:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/lint", data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        with OPENER.open(req, timeout=120) as resp:
            resp.read()
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def main() -> None:
    duration = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    srv = serve.build_server("127.0.0.1", 0, LIMIT, log=open("/dev/null", "w"), workers=2)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    port = srv.server_port
    stop = time.monotonic() + duration
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()

    def client() -> None:
        while time.monotonic() < stop:
            t = time.perf_counter()
            status = post(port, ARTICLE)
            with lock:
                latencies.append(time.perf_counter() - t)
                statuses.append(status)

    def big() -> None:
        text = ("The council met and the minister said the plan would work. " * (LIMIT // 62))[:LIMIT - 200]
        while time.monotonic() < stop:
            post(port, text)

    def dribbler() -> None:
        while time.monotonic() < stop:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
                    s.sendall(b"POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n")
                    while time.monotonic() < stop:
                        s.sendall(b"x")
                        time.sleep(1)
            except OSError:
                continue

    threads = [threading.Thread(target=client) for _ in range(8)]
    noise = [threading.Thread(target=big, daemon=True), threading.Thread(target=dribbler, daemon=True)]
    for t in noise + threads:
        t.start()
    for t in threads:
        t.join()
    srv.shutdown()
    srv.server_close()
    ok = sum(s == 200 for s in statuses)
    q = statistics.quantiles(latencies, n=100)
    print(f"{len(statuses)} requests from 8 clients in {duration:.0f} s beside a {LIMIT // 1024} KiB body and a "
          f"dribbler: {ok} answered 200 ({len(statuses) / duration:.1f}/s), "
          f"p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms; other statuses: "
          f"{sorted(set(statuses) - {200}) or 'none'}")


if __name__ == "__main__":
    main()
