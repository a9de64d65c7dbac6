"""``newslint serve``: the HTML report in a browser, and a JSON API, over plain HTTP.

Built on the standard library's ``http.server.ThreadingHTTPServer``: the service is
two routes and a form, so a web framework would be a dependency with nothing to do,
and one thread per request is enough for a desk's editors (or a CMS hook) linting
at the same time. Article text is data from whoever can reach the port: every
response carries a Content-Security-Policy with no source but the page's own inline
code (by hash), the report escapes the article, and no response ever shows a stack
trace (the handler boundary answers 500 and logs one line).
"""

from __future__ import annotations

import json
import re
import signal
import socket
import socketserver
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO
from urllib.parse import urlsplit

from ...lint.config import Settings
from ...lint.engine import Linter
from ...model.errors import NewslintError
from ...model.findings import FileResult
from ...model.source import Source
from ...report import Context, render
from ..api import linter_for
from .pages import ERROR_CSP, INDEX, INDEX_CSP, csp, error_page, report_page
from .requests import DEFAULT_MAX_BODY, HTTPError, LintRequest, lint_request, parse_form, parse_json

#: Seconds a client may take to send its request before the thread gives up on it.
REQUEST_TIMEOUT = 30
WARM_UP = "Warm-up\n\nThe minister said on Monday that the plan would work, officials said.\n"


def lint(req: LintRequest) -> tuple[FileResult, Linter]:
    """Lint one request's article with the (shared, cached) linter for its choices;
    an unknown rule code or an input error (a malformed JSON export...) is a 400."""
    settings = Settings(select=list(req.select) if req.select else None, ignore=list(req.ignore), genre=req.genre)
    try:
        linter = linter_for(settings)
    except NewslintError as exc:
        raise HTTPError(400, str(exc).removeprefix("command line: ")) from None
    try:
        return linter.lint_source(Source(req.path, req.text), req.fmt), linter
    except NewslintError as exc:
        raise HTTPError(400, str(exc)) from None


class Handler(BaseHTTPRequestHandler):
    """Routes: ``GET /`` (the form), ``POST /report`` (HTML), ``POST /api/lint`` (JSON)."""

    server: LintServer
    timeout = REQUEST_TIMEOUT
    ROUTES = {"/": {"GET": "index"}, "/report": {"POST": "report"}, "/api/lint": {"POST": "api_lint"}}

    def dispatch(self) -> None:
        """Every method comes here; nothing but an HTTP answer leaves it."""
        self._sent = self._body_read = False
        self._note = ""
        try:
            methods = self.ROUTES.get(self._path())
            if methods is None:
                raise HTTPError(404, f"no such page: {self._path()}")
            name = methods.get("GET" if self.command == "HEAD" else self.command)
            if name is None:
                allow = ", ".join(sorted(methods) + (["HEAD"] if "GET" in methods else []))
                raise HTTPError(405, f"method {self.command} not allowed here (allowed: {allow})", allow)
            getattr(self, name)()
        except HTTPError as exc:
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
        self._send(200, "text/html; charset=utf-8", INDEX, INDEX_CSP)

    def report(self) -> None:
        ctype = self.headers.get_content_type()
        if ctype != "application/x-www-form-urlencoded":
            raise HTTPError(400, f"send the form as application/x-www-form-urlencoded, not {ctype}")
        req = lint_request(parse_form(self._body()), "pasted article")
        page, policy = report_page(*lint(req))
        self._send(200, "text/html; charset=utf-8", page, policy)

    def api_lint(self) -> None:
        req = lint_request(parse_json(self._body()), "-")
        result, _ = lint(req)
        self._send(200, "application/json; charset=utf-8", render("json", [result], Context()), csp())

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
            raise HTTPError(408, f"request body not received within {REQUEST_TIMEOUT} seconds") from None
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
    """The HTTP server with the request limit and the log stream (linters are shared through linter.app.api)."""

    daemon_threads = True
    #: Connections waiting to be accepted: socketserver's 5 resets a burst of clients.
    request_queue_size = 128

    def __init__(self, host: str, port: int, max_body: int = DEFAULT_MAX_BODY,
                 log: TextIO | None = None) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.max_body = max_body
        self.log = log or sys.stderr
        super().__init__((host, port), Handler)

    def server_bind(self) -> None:
        """Bind without http.server's reverse DNS lookup of the host (slow offline)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Whatever escapes a handler (a socket error mid-request): one line, no trace."""
        exc = sys.exc_info()[1]
        self.log.write(f"newslint serve: {client_address[0]}: {type(exc).__name__}: {exc}\n")

    @property
    def url(self) -> str:
        host = self.server_name
        return f"http://[{host}]:{self.server_port}/" if ":" in host else f"http://{host}:{self.server_port}/"


def build_server(host: str = "127.0.0.1", port: int = 8080, max_body: int = DEFAULT_MAX_BODY,
                 log: TextIO | None = None) -> LintServer:
    """A bound server, ready for ``serve_forever`` (tests run it in a thread on port 0).

    It lints one small article before it answers anyone: the sentence splitter and the
    readability tables load lazily, and loading them once here, in one thread, keeps
    concurrent first requests from racing to do it (and from being slow)."""
    server = LintServer(host, port, max_body, log)
    default = LintRequest(WARM_UP, "txt", "news", None, (), "-")
    lint(default)
    return server


def run(server: LintServer) -> None:
    """Serve until Ctrl-C or SIGTERM (a service manager's stop), then close the socket;
    the caller exits with status 0."""
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt
