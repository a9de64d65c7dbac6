"""A server that one client cannot take down: bounded connections, an overall deadline
per request, a time limit per article with the worker replaced, the Host header checked,
a token required off loopback, proper errors for malformed request lines. The load test
keeps eight clients answered while one sends a body at the limit and one dribbles."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterator

import pytest

from linter.app import serve

ARTICLE = "Council approves budget\n\nThe council approved the harbour budget on Tuesday, the mayor said.\n"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def start(**options) -> serve.LintServer:
    server = serve.build_server("127.0.0.1", 0, options.pop("max_body", serve.DEFAULT_MAX_BODY), log=open("/dev/null", "w"),
                                **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def server(request) -> Iterator[serve.LintServer]:
    srv = start(**getattr(request, "param", {}))
    yield srv
    srv.shutdown()
    srv.server_close()


def post(srv: serve.LintServer, payload: dict, headers: dict | None = None, timeout: float = 60) -> tuple[int, dict]:
    req = urllib.request.Request(f"http://127.0.0.1:{srv.server_port}/api/lint", data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with OPENER.open(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def raw_exchange(srv: serve.LintServer, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", srv.server_port), timeout=30) as s:
        s.sendall(data)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("line", [b"garbage\r\n\r\n", b"GET /\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n"])
def test_malformed_request_lines_get_a_status_line(server, line: bytes) -> None:
    status = raw_exchange(server, line).split(b"\r\n")[0]
    assert status.startswith(b"HTTP/1.") and (b" 400 " in status or b" 505 " in status), status


def test_host_header_must_name_the_server(server) -> None:
    answer = raw_exchange(server, b"GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
    assert answer.split(b"\r\n")[0].endswith(b"421 Misdirected Request")
    ok = raw_exchange(server, f"GET / HTTP/1.1\r\nHost: localhost:{server.server_port}\r\nConnection: close\r\n\r\n"
                      .encode())
    assert b" 200 " in ok.split(b"\r\n")[0]


def test_non_loopback_needs_a_token() -> None:
    with pytest.raises(ValueError, match="reachable from the network: give --token"):
        serve.build_server("0.0.0.0", 0)
    p = subprocess.run([sys.executable, "-m", "linter", "serve", "--host", "0.0.0.0", "--port", "0"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "--token" in p.stderr


@pytest.mark.parametrize("server", [{"token": "s3cret-token"}], indirect=True)
def test_token_on_every_request(server) -> None:
    assert post(server, {"text": ARTICLE})[0] == 401
    assert post(server, {"text": ARTICLE}, {"Authorization": "Bearer wrong"})[0] == 401
    assert post(server, {"text": ARTICLE}, {"Authorization": "Bearer s3cret-token"})[0] == 200
    page = OPENER.open(f"http://127.0.0.1:{server.server_port}/?token=s3cret-token", timeout=30).read().decode()
    assert 'name="token" value="s3cret-token"' in page
    form = urllib.parse.urlencode({"text": ARTICLE, "token": "s3cret-token"}).encode()
    with OPENER.open(urllib.request.Request(f"http://127.0.0.1:{server.server_port}/report", data=form),
                     timeout=60) as resp:
        assert resp.status == 200
    with pytest.raises(urllib.error.HTTPError) as err:
        OPENER.open(f"http://127.0.0.1:{server.server_port}/", timeout=30)
    assert err.value.code == 401


@pytest.mark.parametrize("server", [{"max_connections": 2}], indirect=True)
def test_connections_are_capped(server) -> None:
    idle = [socket.create_connection(("127.0.0.1", server.server_port), timeout=30) for _ in range(2)]
    try:
        time.sleep(0.3)  # let the server take both
        third = raw_exchange(server, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert third.startswith(b"HTTP/1.1 503")
    finally:
        for s in idle:
            s.close()
    time.sleep(0.3)
    assert post(server, {"text": ARTICLE})[0] == 200


@pytest.mark.parametrize("server", [{"deadline": 2.0}], indirect=True)
def test_a_dribbling_client_is_cut_off_by_the_deadline(server) -> None:
    body = json.dumps({"text": ARTICLE}).encode()
    with socket.create_connection(("127.0.0.1", server.server_port), timeout=30) as s:
        s.sendall(b"POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + f"Content-Length: {len(body)}\r\n\r\n".encode())
        answer = b""
        for byte in body:
            try:
                s.sendall(bytes([byte]))
            except OSError:
                break
            s.settimeout(0.5)
            try:
                answer += s.recv(65536)
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                break
            if answer:
                break
    assert answer.startswith(b"HTTP/1.0 408") or answer.startswith(b"HTTP/1.1 408")


@pytest.mark.parametrize("server", [{"lint_timeout": 2.0, "workers": 1, "max_body": 8 * 1024 * 1024}], indirect=True)
def test_an_article_over_the_time_limit_is_503_and_the_worker_replaced(server) -> None:
    # About 6 MB: several times the limit on a fast machine, while the limit leaves the
    # replacement's small article room on a loaded one.
    big = "Headline\n\n" + " ".join(f"The minister said the plan {i} was staggering." for i in range(120000))
    status, body = post(server, {"text": big})
    assert status == 503 and "took longer than 2 seconds" in body["error"]
    assert post(server, {"text": ARTICLE})[0] == 200  # the replacement answers


def test_load_eight_clients_answered_beside_a_big_body_and_a_dribbler() -> None:
    """Eight clients in a loop keep getting answers while one client sends a body at the
    limit and another dribbles bytes (bounded in count: the suite is not a benchmark)."""
    srv = start(max_body=256 * 1024, workers=2, deadline=5.0, max_connections=32)
    try:
        stop = threading.Event()
        answers: dict[int, list[int]] = {i: [] for i in range(8)}

        def client(i: int) -> None:
            for _ in range(6):
                answers[i].append(post(srv, {"text": ARTICLE.replace("Tuesday", f"day {i}")})[0])

        def big() -> None:
            text = "Headline\n\n" + "The council met. " * (250 * 1024 // 17)
            while not stop.is_set():
                post(srv, {"text": text[:250 * 1024]})

        def dribbler() -> None:
            while not stop.is_set():
                try:
                    with socket.create_connection(("127.0.0.1", srv.server_port), timeout=10) as s:
                        s.sendall(b"POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n")
                        while not stop.is_set():
                            s.sendall(b"x")
                            time.sleep(0.5)
                except OSError:
                    continue

        noise = [threading.Thread(target=big, daemon=True), threading.Thread(target=dribbler, daemon=True)]
        for t in noise:
            t.start()
        clients = [threading.Thread(target=client, args=(i,)) for i in range(8)]
        for t in clients:
            t.start()
        for t in clients:
            t.join(300)
        stop.set()
        assert all(codes == [200] * 6 for codes in answers.values()), answers
    finally:
        srv.shutdown()
        srv.server_close()
