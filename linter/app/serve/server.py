"""``newslint serve``: the checking page and the HTML report in a browser, and a JSON
API, over plain HTTP.

Built on the standard library's ``http.server.ThreadingHTTPServer``: the service is a
page and a handful of routes, so a web framework would be a dependency with nothing to do.
One client cannot take it down: threads only read requests and write answers, at most
``max_connections`` at a time, each under an overall deadline (a client sending one
byte every few seconds is cut off); linting runs in a bounded pool of worker processes
with a time limit per request (``workers.py``). Article text is data from whoever can
reach the port: the Host header must name the address the server is bound to (a
defence against DNS rebinding), a server reachable from the network requires a token,
every response carries a Content-Security-Policy with no source but the page's own
inline code (by hash) and its calls to this server, the pages show the article only
as text, and no response ever shows a
stack trace (the handler boundary answers 500 and logs one line).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import re
import signal
import socket
import socketserver
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO
from urllib.parse import parse_qs, urlsplit

from .handling import Where
from .pages import ERROR_CSP, INDEX_CSP, csp, error_page, index_page
from .requests import DEFAULT_MAX_BODY, HTTPError, lint_request, parse_form, parse_json
from .samples import samples
from .workers import Workers

#: Seconds a client may stay silent while sending its request.
READ_TIMEOUT = 10
#: Seconds a whole request may take, from its first byte to the answer (slow bodies included).
REQUEST_DEADLINE = 60
#: Seconds one article may take to lint before its worker is replaced and the client gets 503.
LINT_TIMEOUT = 20
MAX_CONNECTIONS = 64


class Handler(BaseHTTPRequestHandler):
    """Routes: ``GET /`` (the checking page, a form without script), ``POST /report``
    (HTML), ``POST /api/lint`` (JSON), ``GET /api/rules``, ``/api/rules/CODE`` and
    ``/api/samples`` (what the page shows beside the findings)."""

    server: LintServer
    timeout = READ_TIMEOUT
    #: Errors found before the request line is understood still get a status line.
    default_request_version = "HTTP/1.0"
    ROUTES = {"/": {"GET": "index"}, "/report": {"POST": "report"}, "/api/lint": {"POST": "api_lint"},
              "/api/rules": {"GET": "api_rules"}, "/api/rules/": {"GET": "api_rule"},
              "/api/samples": {"GET": "api_samples"}}

    def setup(self) -> None:
        super().setup()
        self.expired = False
        self._deadline = time.monotonic() + self.server.deadline
        self._timer = threading.Timer(self.server.deadline, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def finish(self) -> None:
        self._timer.cancel()
        try:
            super().finish()
        except OSError:
            pass

    def _expire(self) -> None:
        """The overall deadline passed: stop reading (a read in progress returns), so the
        handler answers 408 if it still can, and the thread is freed."""
        self.expired = True
        try:
            self.connection.shutdown(socket.SHUT_RD)
        except OSError:
            pass

    def parse_request(self) -> bool:
        """http.server accepts HTTP/0.9 request lines and then answers without a status
        line; a request line without a version is refused with a proper 400."""
        if not super().parse_request():
            return False
        if len(self.requestline.split()) < 3:  # "GET /": an HTTP/0.9 request line
            self.send_error(400, "malformed request line (no HTTP version)")
            return False
        return True

    def dispatch(self) -> None:
        """Every method comes here; nothing but an HTTP answer leaves it."""
        self._sent = self._body_read = False
        self._note = ""
        try:
            self._admit()
            path = self._path()
            methods = self.ROUTES.get("/api/rules/" if path.startswith("/api/rules/") else path)
            if methods is None:
                raise HTTPError(404, f"no such page: {self._path()}")
            name = methods.get("GET" if self.command == "HEAD" else self.command)
            if name is None:
                allow = ", ".join(sorted(methods) + (["HEAD"] if "GET" in methods else []))
                raise HTTPError(405, f"method {self.command} not allowed here (allowed: {allow})", allow)
            getattr(self, name)()
        except HTTPError as exc:
            self._note = exc.note
            self._error(exc)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away; nothing to answer
        except Exception as exc:  # the boundary: log one line, show no trace
            self._note = f"internal error: {type(exc).__name__}: {exc}"
            self._error(HTTPError(500, "internal error"))

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = dispatch

    def version_string(self) -> str:
        return "newslint"

    # -- routes --------------------------------------------------------------
    def index(self) -> None:
        self._send(200, "text/html; charset=utf-8", index_page(self.server.token), INDEX_CSP)

    def report(self) -> None:
        ctype = self.headers.get_content_type()
        if ctype != "application/x-www-form-urlencoded":
            raise HTTPError(400, f"send the form as application/x-www-form-urlencoded, not {ctype}")
        form = parse_form(self._body())
        self._check_token(form.pop("token", None))
        self._send(*self.server.workers.run("report", lint_request(form, "pasted article"), self._deadline))

    def api_lint(self) -> None:
        req = lint_request(parse_json(self._body()), "-")
        self._send(*self.server.workers.run("api", req, self._deadline))

    def api_rules(self) -> None:
        self._send(*self.server.workers.run("rules", None, self._deadline))

    def api_rule(self) -> None:
        code = self._path().removeprefix("/api/rules/")
        if not re.fullmatch(r"[A-Za-z]{1,16}[0-9]{1,6}", code):
            raise HTTPError(404, f"unknown rule code {code[:40]!r}")
        self._send(*self.server.workers.run("rule", code, self._deadline))

    def api_samples(self) -> None:
        body = json.dumps({"samples": list(samples())}, ensure_ascii=False)
        self._send(200, "application/json; charset=utf-8", body, csp())

    # -- admission -----------------------------------------------------------
    def _admit(self) -> None:
        """The Host header must name this server (DNS rebinding); with a token, the
        request must carry it (form posts carry it in the form instead)."""
        host = (self.headers.get("Host") or "").strip().lower()
        if not self.server.host_allowed(host):
            raise HTTPError(421, f"this server does not answer for host {host!r}")
        if self.server.token and not (self.command == "POST" and self._path() == "/report"):
            query = parse_qs(urlsplit(self.path).query).get("token", [None])[0]
            auth = self.headers.get("Authorization") or ""
            self._check_token(auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else query)

    def _check_token(self, given: str | list | None) -> None:
        if not self.server.token:
            return
        given = given[0] if isinstance(given, list) else given
        if not isinstance(given, str) or not hmac.compare_digest(given.encode(), self.server.token.encode()):
            raise HTTPError(401, "a valid token is required (Authorization: Bearer TOKEN, or ?token=TOKEN)")

    # -- plumbing ------------------------------------------------------------
    def _path(self) -> str:
        return urlsplit(self.path).path

    def _body(self) -> bytes:
        """The request body, refused from its headers alone when it is too large."""
        if self.headers.get("Transfer-Encoding"):
            raise HTTPError(411, "send the body with a Content-Length, not Transfer-Encoding")
        raw = self.headers.get("Content-Length")
        if raw is None:
            raise HTTPError(411, "Content-Length required")
        if not re.fullmatch(r"\s*[0-9]+\s*", raw):
            raise HTTPError(400, f"invalid Content-Length {raw!r}")
        length = int(raw)
        if length > self.server.max_body:
            raise HTTPError(413, f"request body of {length} bytes is over the limit of {self.server.max_body} bytes")
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            raise HTTPError(408, f"the client was silent for {READ_TIMEOUT} seconds") from None
        except OSError:
            body = b""
        if self.expired:
            raise HTTPError(408, f"the request took longer than {self.server.deadline:g} seconds")
        if len(body) < length:
            raise HTTPError(400, "request body shorter than its Content-Length")
        self._body_read = True
        return body

    def _error(self, exc: HTTPError) -> None:
        if self._sent:  # too late for another status line: drop the connection
            self.close_connection = True
            self._log(exc.status)
            return
        headers = {"Allow": exc.allow} if exc.allow else {}
        if self._path().startswith("/api/"):
            body = json.dumps({"error": exc.message}, ensure_ascii=False) + "\n"
            self._send(exc.status, "application/json; charset=utf-8", body, csp(), headers)
        else:
            self._send(exc.status, "text/html; charset=utf-8", error_page(exc.status, exc.message),
                       ERROR_CSP, headers)
        if not self._body_read and self.command in ("POST", "PUT", "PATCH"):
            self._discard_input()

    def _send(self, status: int, ctype: str, body: str, policy: str, headers: dict | None = None) -> None:
        data = body.encode("utf-8")
        self._sent = True
        self.send_response(status)
        for name, value in {"Content-Type": ctype, "Content-Length": str(len(data)),
                            "Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff",
                            "Referrer-Policy": "no-referrer", "Cache-Control": "no-store",
                            **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self._log(status, len(data))  # before the body, so the line is there when the client has it
        if self.command != "HEAD":
            self.wfile.write(data)

    def _discard_input(self) -> None:
        """Read and drop, for a second at most, what the client is still sending after
        an early refusal (413, 411), so closing the socket over unread data does not
        reset the connection before the client has read the answer."""
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + 1.0
            self.connection.settimeout(0.2)
            while time.monotonic() < deadline and self.connection.recv(65536):
                pass
        except OSError:
            pass
        self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found by http.server itself (bad request line, header too long)."""
        if self.expired:
            code, message = 408, f"the request took longer than {self.server.deadline:g} seconds"
        self._sent = self._body_read = False
        self._note = ""
        self.command = getattr(self, "command", None) or "GET"
        self.path = getattr(self, "path", None) or "/"
        self._error(HTTPError(code, message or self.responses.get(code, ("error",))[0]))

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Logged by ``_log`` once the answer is out, not when its status line is."""

    def _log(self, status: int, size: int | str = "-") -> None:
        line = f'{self.address_string()} "{self.command} {self._path()}" {status} {size}'
        if self._note:
            line += " " + self._note
        self.log_message("%s", line[:500].replace("\n", " "))

    def log_message(self, format: str, *args: Any) -> None:
        self.server.log.write(time.strftime("%Y-%m-%d %H:%M:%S ") + (format % args) + "\n")
        self.server.log.flush()


class LintServer(ThreadingHTTPServer):
    """The HTTP server: its limits, its admission rules, the lint workers and the log."""

    daemon_threads = True
    #: Connections waiting to be accepted: socketserver's 5 resets a burst of clients.
    request_queue_size = 128

    def __init__(self, host: str, port: int, max_body: int = DEFAULT_MAX_BODY, log: TextIO | None = None,
                 *, token: str | None = None, workers: int = 2, lint_timeout: float = LINT_TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS, deadline: float = REQUEST_DEADLINE,
                 where: Where | None = None) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.max_body = max_body
        self.log = log or sys.stderr
        self.token = token
        self.deadline = deadline
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__((host, port), Handler)
        self.hosts = _allowed_hosts(host, self.server_address[1])
        try:
            self.workers = Workers(workers, lint_timeout, where)
        except BaseException:
            self.server_close()
            raise

    def server_bind(self) -> None:
        """Bind without http.server's reverse DNS lookup of the host (slow offline)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def host_allowed(self, host: str) -> bool:
        return self.hosts is None or host in self.hosts

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread per connection, at most ``max_connections`` at once: one more is
        answered 503 at once and closed, without a thread."""
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                                b"Content-Length: 40\r\nConnection: close\r\n\r\n"
                                b'{"error": "too many connections, retry"}')
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def server_close(self) -> None:
        super().server_close()
        workers = getattr(self, "workers", None)
        if workers is not None:
            workers.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Whatever escapes a handler (a socket error mid-request): one line, no trace."""
        exc = sys.exc_info()[1]
        self.log.write(f"newslint serve: {client_address[0]}: {type(exc).__name__}: {exc}\n")

    @property
    def url(self) -> str:
        host = self.server_name
        base = f"http://[{host}]:{self.server_port}/" if ":" in host else f"http://{host}:{self.server_port}/"
        return base + (f"?token={self.token}" if self.token else "")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _allowed_hosts(host: str, port: int) -> set[str] | None:
    """The Host header values that name this server: the bound address (and, on a
    loopback address, the loopback names), with or without the port. None for a
    wildcard address (0.0.0.0, ::), which has no one name: the token guards it."""
    if host in ("0.0.0.0", "::", ""):
        return None
    names = {"localhost", "127.0.0.1", "[::1]"} if is_loopback(host) else set()
    names.add(f"[{host}]" if ":" in host else host.lower())
    return names | {f"{n}:{port}" for n in names}


def build_server(host: str = "127.0.0.1", port: int = 8080, max_body: int = DEFAULT_MAX_BODY,
                 log: TextIO | None = None, **options: Any) -> LintServer:
    """A bound server with its workers warmed up, ready for ``serve_forever`` (tests run
    it in a thread on port 0). A server reachable from the network needs a token."""
    if not is_loopback(host) and not options.get("token"):
        raise ValueError(f"{host} is reachable from the network: give --token (or NEWSLINT_TOKEN) so that "
                         f"only clients that know it are answered")
    if options.get("where") is not None:  # a bad config or house pack: the caller's error, before any worker starts
        options["where"].settings()
    return LintServer(host, port, max_body, log, **options)


def run(server: LintServer) -> None:
    """Serve until Ctrl-C or SIGTERM (a service manager's stop), then close the socket
    and stop the workers; the caller exits with status 0."""
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt
