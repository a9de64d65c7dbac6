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

import base64
import hashlib
import html
import json
import re
import signal
import socket
import socketserver
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO
from urllib.parse import parse_qs, urlsplit

from .config import GENRES, Settings
from .engine import FileResult, Linter
from .errors import NewslintError
from .readers import format_of
from .report import jsonout
from .source import Source

#: Input formats the API and the form accept (the CLI's, by extension).
FORMATS = ("txt", "md", "html", "json")
#: Default and unit multipliers for ``--max-body`` (binary: 2MB is 2 MiB).
DEFAULT_MAX_BODY = 2 * 1024 * 1024
UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "KIB": 1024, "M": 1024 ** 2, "MB": 1024 ** 2, "MIB": 1024 ** 2}
#: Fields of an API request; anything else is a typo the caller should hear about.
API_FIELDS = frozenset({"text", "format", "genre", "select", "ignore", "path", "filename"})
#: Linters kept for distinct (select, ignore, genre) choices; the oldest goes first.
CACHE_SIZE = 32
#: Seconds a client may take to send its request before the thread gives up on it.
REQUEST_TIMEOUT = 30
WARM_UP = "Warm-up\n\nThe minister said on Monday that the plan would work, officials said.\n"


class HTTPError(Exception):
    """A response other than 200, with the one line the client is told."""

    def __init__(self, status: int, message: str, allow: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.allow = allow


def parse_size(text: str) -> int:
    """Bytes from ``2MB``, ``512KB``, ``1048576`` (units are binary: K = 1024)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    unit = match and match.group(2).upper()
    if not match or unit not in UNITS:
        raise ValueError(f"{text!r} is not a size (examples: 2MB, 512KB, 1048576)")
    size = int(float(match.group(1)) * UNITS[unit])
    if size < 1:
        raise ValueError(f"{text!r}: the limit must be at least one byte")
    return size


# ---------------------------------------------------------------------------
# Requests: validation shared by the form and the API


@dataclass(frozen=True)
class LintRequest:
    """One article to lint and the choices that pick its linter."""

    text: str
    fmt: str
    genre: str
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    path: str


def _string(payload: dict, key: str, default: str | None = None) -> str | None:
    value = payload.get(key, default)
    if value is not None and not isinstance(value, str):
        raise HTTPError(400, f"'{key}' must be a string")
    return value


def _codes(payload: dict, key: str) -> tuple[str, ...]:
    """Rule codes or prefixes, normalised so equal choices share one cached linter."""
    value = payload.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HTTPError(400, f"'{key}' must be a list of rule codes or prefixes")
    return tuple(sorted({v.strip().upper() for v in value if v.strip()}))


def lint_request(payload: dict, default_path: str) -> LintRequest:
    """Validate the fields of a form or API request (400 naming the first bad one)."""
    text = _string(payload, "text")
    if not text or not text.strip():
        raise HTTPError(400, "'text' is missing or empty: send the article's text")
    path = _string(payload, "path") or _string(payload, "filename") or default_path
    fmt = _string(payload, "format") or (format_of(path) if path != default_path else "txt")
    if fmt not in FORMATS:
        raise HTTPError(400, f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    genre = _string(payload, "genre") or "news"
    if genre not in GENRES:
        raise HTTPError(400, f"unknown genre {genre!r} (one of: {', '.join(GENRES)})")
    # An empty selection means the defaults, as on the command line.
    return LintRequest(text, fmt, genre, _codes(payload, "select") or None, _codes(payload, "ignore"), path)


def parse_json(body: bytes) -> dict:
    """The API's request object; bad UTF-8, bad JSON or a non-object is a 400."""
    try:
        payload = json.loads(_utf8(body))
    except ValueError as exc:
        raise HTTPError(400, f"invalid JSON: {exc}") from None
    except RecursionError:
        raise HTTPError(400, "invalid JSON: nested too deeply") from None
    if not isinstance(payload, dict):
        raise HTTPError(400, "the request body must be a JSON object")
    unknown = sorted(set(payload) - API_FIELDS)
    if unknown:
        raise HTTPError(400, f"unknown field {unknown[0]!r} (known: {', '.join(sorted(API_FIELDS))})")
    return payload


def parse_form(body: bytes) -> dict:
    """The form's fields (application/x-www-form-urlencoded, UTF-8), first value of each."""
    try:
        fields = parse_qs(_utf8(body), keep_blank_values=True, encoding="utf-8", errors="strict",
                          max_num_fields=16)
    except UnicodeDecodeError:
        raise HTTPError(400, "the form data is not valid UTF-8") from None
    except ValueError:
        raise HTTPError(400, "too many form fields") from None
    return {key: values[0] for key, values in fields.items()}


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPError(400, f"request body is not valid UTF-8 (byte 0x{body[exc.start]:02x} "
                             f"at offset {exc.start})") from None


# ---------------------------------------------------------------------------
# Linters: one per distinct choice, shared by the request threads


class LinterCache:
    """Linters by (select, ignore, genre). Building one resolves the rule packs and
    compiles lexicons (tens of milliseconds), so requests with the same choices reuse
    it; linting with a built Linter is read-only, so threads can share it."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._linters: OrderedDict[tuple, Linter] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def get(self, req: LintRequest) -> Linter:
        key = (req.select, req.ignore, req.genre)
        with self._lock:
            if key in self._linters:
                self._linters.move_to_end(key)
                return self._linters[key]
        # Built outside the lock: a slow build must not hold up other requests.
        linter = self._build(req)
        with self._lock:
            self._linters[key] = linter = self._linters.get(key, linter)
            while len(self._linters) > self._size:
                self._linters.popitem(last=False)
        return linter

    @staticmethod
    def _build(req: LintRequest) -> Linter:
        settings = Settings(select=list(req.select) if req.select else None, ignore=list(req.ignore),
                            genre=req.genre)
        try:
            return Linter(settings)
        except NewslintError as exc:  # unknown rule code in select or ignore
            raise HTTPError(400, str(exc).removeprefix("command line: ")) from None


def lint(linters: LinterCache, req: LintRequest) -> tuple[FileResult, Linter]:
    """Lint one request's article; input errors (malformed JSON export...) are a 400."""
    linter = linters.get(req)
    try:
        return linter.lint_source(Source(req.path, req.text), req.fmt), linter
    except NewslintError as exc:
        raise HTTPError(400, str(exc)) from None


# ---------------------------------------------------------------------------
# Pages


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(scripts: tuple[str, ...] = (), styles: tuple[str, ...] = ()) -> str:
    """Nothing loads, nothing runs, nothing submits elsewhere, except the inline code
    given here (by hash): an article that smuggles markup into a page gets nowhere."""
    parts = ["default-src 'none'"]
    if scripts:
        parts.append("script-src " + " ".join(_sha256(s) for s in scripts))
    if styles:
        parts.append("style-src " + " ".join(_sha256(s) for s in styles))
    parts += ["form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"]
    return "; ".join(parts)


STYLE = """
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
h1 { margin-bottom: 0.25rem; }
label { font-weight: 600; }
textarea { box-sizing: border-box; width: 100%; min-height: 22rem; font: 0.95rem/1.45 ui-monospace, monospace;
           padding: 0.5rem; }
.row { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; margin: 0.75rem 0; }
button { font-size: 1rem; padding: 0.45rem 1.4rem; cursor: pointer; }
.note { color: GrayText; font-size: 0.9rem; }
.error { border-left: 4px solid #c0392b; padding: 0.25rem 0.75rem; }
"""

SCRIPT = """
"use strict";
(function () {
  var formats = {txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html", json: "json"};
  var file = document.getElementById("file");
  document.getElementById("file-row").hidden = false;
  file.addEventListener("change", function () {
    var chosen = file.files[0];
    if (!chosen) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      document.getElementById("text").value = reader.result;
      document.getElementById("format").value = formats[chosen.name.split(".").pop().toLowerCase()] || "txt";
      document.getElementById("filename").value = chosen.name;
    };
    reader.readAsText(chosen, "utf-8");
  });
})();
"""


def _options(values: tuple[str, ...]) -> str:
    return "".join(f'<option value="{v}">{v}</option>' for v in values)


INDEX = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newslint</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>newslint</h1>
<p>Paste an article or open a file: newslint reports unsourced claims, vague and framed attribution,
loaded wording and production debris, and shows them in the article.</p>
<form method="post" action="/report" accept-charset="utf-8">
<p class="row" id="file-row" hidden><label for="file">Open a file</label>
<input type="file" id="file" accept=".txt,.text,.md,.markdown,.html,.htm,.json"></p>
<p><label for="text">Article</label><br>
<textarea id="text" name="text" required spellcheck="false"
 placeholder="Paste the article here: plain text, Markdown, HTML or a CMS's JSON export"></textarea></p>
<input type="hidden" id="filename" name="filename" value="">
<p class="row">
<span><label for="format">Format</label> <select id="format" name="format">{_options(FORMATS)}</select></span>
<span><label for="genre">Genre</label> <select id="genre" name="genre">{_options(GENRES)}</select></span>
<button type="submit">Check the article</button></p>
</form>
<p class="note">Nothing is stored: the article is linted in memory and the report is sent back.
Programs can POST JSON to <code>/api/lint</code> (see the README).</p>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
INDEX_CSP = csp((SCRIPT,), (STYLE,))
ERROR_CSP = csp((), (STYLE,))


def error_page(status: int, message: str) -> str:
    """An HTML error for the form: the one line, escaped, and the way back."""
    return f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>newslint: error {status}</title><style>{STYLE}</style></head>
<body><main><h1>The article could not be checked</h1>
<p class="error">{html.escape(message)}</p>
<p><a href="/">Back to the form</a></p></main></body>
</html>
"""


#: The report's own policy, which it carries in a meta tag (it must hold offline too).
REPORT_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
BODY = re.compile(r"<body\b[^>]*>")
BACK = '<nav class="toc" aria-label="newslint serve"><p><a href="/">\u2190 Check another article</a></p></nav>'


def report_page(result: FileResult, linter: Linter) -> tuple[str, str]:
    """The same report as ``check --format html``, with a link back to the form, and
    its CSP: the header repeats the policy of the page's meta tag (its script's hash),
    so the two never disagree, and adds what a meta tag cannot say (frame-ancestors)."""
    from .report import html as html_report

    page = html_report.render([result], linter.rules)
    meta = REPORT_CSP.search(page)
    policy = html.unescape(meta.group(1)) + "; frame-ancestors 'none'" if meta else csp()
    body = BODY.search(page)
    if body:
        page = page[:body.end()] + BACK + page[body.end():]
    return page, policy


# ---------------------------------------------------------------------------
# HTTP


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
        page, policy = report_page(*lint(self.server.linters, req))
        self._send(200, "text/html; charset=utf-8", page, policy)

    def api_lint(self) -> None:
        req = lint_request(parse_json(self._body()), "-")
        result, _ = lint(self.server.linters, req)
        self._send(200, "application/json; charset=utf-8", jsonout.render([result]), csp())

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
    """The HTTP server with the request limit, the shared linters and the log stream."""

    daemon_threads = True
    #: Connections waiting to be accepted: socketserver's 5 resets a burst of clients.
    request_queue_size = 128

    def __init__(self, host: str, port: int, max_body: int = DEFAULT_MAX_BODY,
                 log: TextIO | None = None) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.max_body = max_body
        self.log = log or sys.stderr
        self.linters = LinterCache()
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
    lint(server.linters, default)
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
