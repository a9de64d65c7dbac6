"""``newslint serve`` over real HTTP, without a browser: routes, the JSON API against
``check --format json``, every error status, limits decided before the body is read,
security headers, concurrent requests, quiet logs and a clean Ctrl-C."""

from __future__ import annotations

import base64
import hashlib
import html
import http.client
import io
import json
import re
import signal
import subprocess
import sys
import time
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

from linter.app import serve
from linter.app.cli import main
from linter import lint_text
from linter.lint.engine import Linter
from linter.lint.config import Settings

from conftest import SEEDS

SEED = SEEDS / "zelensky-toll.txt"
ARTICLE = ("Minister Slams Critics\n\n"
           "Critics argue the staggering plan failed. The minister claimed victory on Monday.\n\n"
           "The so-called reform drew relentless attacks from the regime's cronies.\n")


class Log(io.StringIO):
    """The server's log stream, readable by the tests line by line."""

    def lines(self) -> list[str]:
        return self.getvalue().splitlines()


def start(max_body: int = serve.DEFAULT_MAX_BODY) -> tuple[serve.LintServer, Log]:
    log = Log()
    server = serve.build_server("127.0.0.1", 0, max_body, log)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, log


@pytest.fixture(scope="module")
def running() -> Iterator[tuple[serve.LintServer, Log]]:
    server, log = start()
    yield server, log
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def url(running) -> str:
    return running[0].url.rstrip("/")


#: Straight to the test server, whatever proxy the environment names.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def call(url: str, path: str, body: bytes | None = None, method: str | None = None,
         headers: dict | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    req = urllib.request.Request(url + path, data=body, method=method, headers=headers or {})
    try:
        with OPENER.open(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def api(url: str, payload: dict) -> tuple[int, dict]:
    status, headers, body = call(url, "/api/lint", json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    assert headers.get_content_type() == "application/json"
    return status, json.loads(body)


def raw(url: str, lines: list[str]) -> tuple[int, dict, bytes]:
    """A request written by hand (to leave out Content-Length, or lie in it)."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.putrequest(*lines[0].split(" ", 1), skip_accept_encoding=True)
    for line in lines[1:]:
        conn.putheader(*line.split(": ", 1))
    conn.endheaders()
    resp = conn.getresponse()
    out = resp.status, dict(resp.getheaders()), resp.read()
    conn.close()
    return out


def cli_json(*args: str) -> dict:
    r = CliRunner().invoke(main, ["check", "--format", "json", *args], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.output)


# ---------------------------------------------------------------------------
# The form page


def test_index_is_a_self_contained_form(url: str) -> None:
    status, headers, body = call(url, "/")
    page = body.decode()
    assert status == 200 and headers.get_content_type() == "text/html"
    assert '<form method="post" action="/report"' in page
    assert 'name="text"' in page and '<select id="format" name="format">' in page
    for value in ("txt", "md", "html", "json", "news", "analysis", "opinion"):
        assert f'<option value="{value}">' in page
    # No external resource of any kind: no URL, no src, no link element.
    assert not re.search(r"https?://|\bsrc=|<link\b|@import|url\(", page)


def test_security_headers_and_csp_hashes_the_inline_code(url: str) -> None:
    _, headers, body = call(url, "/")
    page = body.decode()
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    policy = headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'") and "unsafe-inline" not in policy
    for tag in ("script", "style"):
        code = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in policy


def test_head_answers_headers_only(url: str) -> None:
    status, headers, body = call(url, "/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000


# ---------------------------------------------------------------------------
# The JSON API


def test_api_seed_matches_check_format_json(url: str) -> None:
    expected = cli_json(str(SEED))
    status, got = api(url, {"text": SEED.read_text("utf-8"), "format": "txt", "path": str(SEED)})
    assert status == 200
    assert got == expected
    # Without a path the file is "-": same findings, positions and codes.
    status, anon = api(url, {"text": SEED.read_text("utf-8")})
    assert anon["files"][0]["path"] == "-"
    strip = lambda fs: [{k: v for k, v in f.items() if k != "fingerprint"} for f in fs]  # noqa: E731
    assert strip(anon["files"][0]["findings"]) == strip(expected["files"][0]["findings"])
    assert anon["summary"] == expected["summary"]


def test_api_format_from_filename_and_explicit(url: str, tmp_path: Path) -> None:
    md = "# Minister Slams Critics\n\nCritics argue the *staggering* plan failed.\n"
    (tmp_path / "story.md").write_text(md, encoding="utf-8")
    expected = cli_json(str(tmp_path / "story.md"))["files"][0]["findings"]
    _, by_name = api(url, {"text": md, "filename": str(tmp_path / "story.md")})
    _, by_format = api(url, {"text": md, "format": "md", "path": str(tmp_path / "story.md")})
    assert by_name["files"][0]["findings"] == expected == by_format["files"][0]["findings"]


def test_api_select_ignore_genre(url: str) -> None:
    _, everything = api(url, {"text": ARTICLE})
    codes = {f["code"] for f in everything["files"][0]["findings"]}
    assert {"ATTR001", "LOAD001", "LOAD003", "LOAD005"} <= codes
    _, only = api(url, {"text": ARTICLE, "select": ["LOAD", "attr001"]})
    assert {f["code"] for f in only["files"][0]["findings"]} == {c for c in codes if c.startswith("LOAD")} | {"ATTR001"}
    _, rest = api(url, {"text": ARTICLE, "ignore": ["LOAD"]})
    assert {f["code"] for f in rest["files"][0]["findings"]} == {c for c in codes if not c.startswith("LOAD")}
    _, opinion = api(url, {"text": ARTICLE, "genre": "opinion"})
    loads = [f for f in opinion["files"][0]["findings"] if f["code"].startswith(("LOAD", "OPIN"))]
    assert loads and all(f["severity"] == "info" for f in loads)
    news = [f for f in everything["files"][0]["findings"] if f["code"].startswith("LOAD")]
    assert any(f["severity"] == "warning" for f in news)


BAD_REQUESTS = [
    (b'{}', "'text' is missing"),
    (b'{"text": "   \\n"}', "'text' is missing or empty"),
    (b'{"text": 12}', "'text' must be a string"),
    (b'{"text": "x", "format": "docx"}', "unknown format 'docx'"),
    (b'{"text": "x", "format": 3}', "'format' must be a string"),
    (b'{"text": "x", "genre": "satire"}', "unknown genre 'satire'"),
    (b'{"text": "x", "select": "LOAD"}', "'select' must be a list"),
    (b'{"text": "x", "ignore": [1]}', "'ignore' must be a list"),
    (b'{"text": "x", "select": ["NOPE9"]}', "select: unknown rule code or prefix 'NOPE9'"),
    (b'{"text": "x", "ignore": ["LOAD", "ZZZ"]}', "ignore: unknown rule code or prefix 'ZZZ'"),
    (b'{"text": "x", "genr": "news"}', "unknown field 'genr'"),
    (b'{"text": "x",', "invalid JSON"),
    (b'["text"]', "must be a JSON object"),
    (b'[' * 100000 + b']' * 100000, "invalid JSON"),
    (b'{"text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9"),
    (b'{"text": "{\\"title\\": ", "format": "json"}', "-:1:11: malformed JSON"),
]


@pytest.mark.parametrize("body,needle", BAD_REQUESTS, ids=[n for _, n in BAD_REQUESTS])
def test_api_bad_input_is_400_with_one_line(url: str, body: bytes, needle: str) -> None:
    status, headers, data = call(url, "/api/lint", body, headers={"Content-Type": "application/json"})
    assert status == 400 and headers.get_content_type() == "application/json"
    error = json.loads(data)
    assert list(error) == ["error"] and needle in error["error"]
    assert "\n" not in error["error"] and "Traceback" not in error["error"]


def test_413_from_content_length_before_the_body(url: str) -> None:
    # The header alone: a server that waited for the 10 MB would time this out.
    status, headers, data = raw(url, ["POST /api/lint", "Content-Type: application/json",
                                      "Content-Length: 10000000"])
    assert status == 413 and "over the limit of 2097152 bytes" in json.loads(data)["error"]
    # A real oversized body (larger than the socket buffers) still gets its answer.
    status, _, data = call(url, "/api/lint", b'{"text": "' + b"a" * (3 * 1024 * 1024) + b'"}')
    assert status == 413 and json.loads(data)["error"]


def test_max_body_is_configurable() -> None:
    server, _ = start(max_body=1000)
    try:
        base = server.url.rstrip("/")
        assert api(base, {"text": "x" * 900})[0] == 200
        status, body = api(base, {"text": "x" * 1200})
        assert status == 413 and "limit of 1000" in body["error"]
    finally:
        server.shutdown()
        server.server_close()


def test_411_without_content_length(url: str) -> None:
    status, _, data = raw(url, ["POST /api/lint", "Content-Type: application/json"])
    assert status == 411 and json.loads(data) == {"error": "Content-Length required"}
    status, _, data = raw(url, ["POST /api/lint", "Transfer-Encoding: chunked"])
    assert status == 411
    status, _, data = raw(url, ["POST /api/lint", "Content-Length: \u00b2"])
    assert status == 400 and "invalid Content-Length" in json.loads(data)["error"]


@pytest.mark.parametrize("method,path,status,allow,json_body", [
    ("GET", "/nope", 404, None, False),
    ("POST", "/api/nope", 404, None, True),
    ("GET", "/api/lint", 405, "POST", True),
    ("PUT", "/api/lint", 405, "POST", True),
    ("POST", "/", 405, "GET, HEAD", False),
    ("DELETE", "/report", 405, "POST", False),
    ("GET", "/report", 405, "POST", False),
])
def test_404_and_405(url: str, method: str, path: str, status: int, allow: str | None, json_body: bool) -> None:
    got, headers, data = call(url, path, b"{}" if method in ("POST", "PUT") else None, method=method)
    assert got == status and headers.get("Allow") == allow
    assert headers["X-Content-Type-Options"] == "nosniff"
    if json_body:
        assert list(json.loads(data)) == ["error"]
    else:
        assert headers.get_content_type() == "text/html" and b'href="/"' in data


def test_internal_error_is_500_and_one_log_line(running, url: str, monkeypatch) -> None:
    def broken(kind, req, deadline):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(running[0].workers, "run", broken)
    _, log = running
    before = len(log.lines())
    status, headers, data = call(url, "/api/lint", b'{"text": "The minister said so."}')
    assert status == 500 and json.loads(data) == {"error": "internal error"}
    new = log.lines()[before:]
    assert len(new) == 1 and "500" in new[0] and "RuntimeError: boom second line" in new[0]


def test_one_log_line_per_request(running, url: str) -> None:
    _, log = running
    before = len(log.lines())
    call(url, "/")
    call(url, "/nope")
    api(url, {"text": ARTICLE})
    new = log.lines()[before:]
    assert len(new) == 3
    assert '"GET /" 200' in new[0] and '"GET /nope" 404' in new[1] and '"POST /api/lint" 200' in new[2]


def test_concurrent_requests_all_answer_correctly(url: str) -> None:
    articles = [ARTICLE.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday", "Sunday")]
    choices = [{}, {"genre": "opinion"}, {"select": ["LOAD"]}, {"ignore": ["ATTR"]}]
    jobs = [(text, extra) for text in articles for extra in choices]
    expected = [lint_text(t, "txt", linter=Linter(Settings(**{k: v for k, v in e.items()})), path="-") for t, e in jobs]
    results: list = [None] * len(jobs)
    barrier = threading.Barrier(len(jobs))

    def worker(i: int) -> None:
        barrier.wait()
        results[i] = api(url, {"text": jobs[i][0], **jobs[i][1]})

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for (status, got), want in zip(results, expected):
        assert status == 200
        assert [(f["code"], f["start"], f["severity"]) for f in got["files"][0]["findings"]] == \
            [(f.code, f.start, f.severity) for f in want.findings]


def test_linters_are_cached_per_choice(running, url: str) -> None:
    api(url, {"text": ARTICLE, "select": ["load", "ATTR001"]})
    _, first = serve.lint(serve.lint_request({"text": "x", "select": ["ATTR001", "LOAD"]}, "-"))
    api(url, {"text": ARTICLE, "select": ["ATTR001", "LOAD "]})
    _, again = serve.lint(serve.lint_request({"text": "x", "select": ["LOAD", "ATTR001"]}, "-"))
    assert again is first


# ---------------------------------------------------------------------------
# The form's report


def post_form(url: str, fields: dict) -> tuple[int, http.client.HTTPMessage, str]:
    status, headers, body = call(url, "/report", urllib.parse.urlencode(fields).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    return status, headers, body.decode()


def test_report_is_the_html_report(url: str, tmp_path: Path) -> None:
    text = SEED.read_text("utf-8")
    status, headers, page = post_form(url, {"text": text, "format": "txt", "genre": "news"})
    assert status == 200 and headers.get_content_type() == "text/html"
    total = len(cli_json(str(SEED))["files"][0]["findings"])
    assert f'data-findings="{total}"' in page
    # One highlight per group of findings on the same words; the groups hold every finding.
    groups = re.findall(r'class="(?:[^"]*\s)?hl(?:\s[^"]*)?"[^>]*data-group="([0-9 ]+)"', page)
    assert sorted(int(n) for g in groups for n in g.split()) == list(range(total))
    assert 'href="/"' in page  # the way back to the form
    # The header repeats the page's own meta policy (its script hash), never looser.
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
    policy = headers["Content-Security-Policy"]
    assert policy == html.unescape(meta) + "; frame-ancestors 'none'"
    assert policy.startswith("default-src 'none'") and "script-src 'sha256-" in policy


def test_report_bad_form_is_an_html_400(url: str) -> None:
    status, headers, page = post_form(url, {"text": "", "format": "txt"})
    assert status == 400 and headers.get_content_type() == "text/html"
    assert "is missing or empty" in page and 'href="/"' in page
    status, _, page = post_form(url, {"text": "x", "format": "<b>docx</b>"})
    assert status == 400 and "&lt;b&gt;docx&lt;/b&gt;" in page and "<b>docx" not in page
    status, _, page = call(url, "/report", b"text=x", headers={"Content-Type": "text/plain"})[0], None, None
    assert status == 400


def test_report_escapes_script_in_the_article(url: str) -> None:
    evil = "Headline\n\nThe minister said <script>window.__pwned=1</script> it <!-- hidden --> works.\n"
    status, _, page = post_form(url, {"text": evil, "format": "txt"})
    assert status == 200
    assert "<script>window.__pwned" not in page and "&lt;script&gt;window.__pwned" in page
    assert "<!-- hidden -->" not in page


# ---------------------------------------------------------------------------
# The command


def test_parse_size() -> None:
    assert serve.parse_size("2MB") == 2 * 1024 * 1024
    assert serve.parse_size("512kb") == 512 * 1024
    assert serve.parse_size("1000") == 1000
    assert serve.parse_size("1.5M") == 1572864
    for bad in ("", "lots", "2TB", "0"):
        with pytest.raises(ValueError):
            serve.parse_size(bad)


def test_cli_serves_and_exits_0_on_ctrl_c() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "linter", "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert found, line
        assert call(found.group(0).rstrip("/"), "/")[0] == 200
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and '"GET /" 200' in err and "stopped" in out


def test_cli_bad_max_body_and_busy_port(running) -> None:
    r = CliRunner().invoke(main, ["serve", "--max-body", "lots"])
    assert r.exit_code == 2 and "--max-body" in r.output
    busy = str(running[0].server_port)
    r = CliRunner().invoke(main, ["serve", "--port", busy])
    assert r.exit_code == 2 and "cannot listen on 127.0.0.1:" + busy in r.output


def test_a_bug_in_a_worker_is_500_with_the_details_in_the_log_only(running) -> None:
    from linter.app.serve.requests import HTTPError, LintRequest

    with pytest.raises(HTTPError) as err:  # text None: the reader fails, a bug not an input error
        running[0].workers.run("api", LintRequest(None, "txt", "news", None, (), "-"), time.monotonic() + 30)
    assert err.value.status == 500 and err.value.message == "internal error"
    assert "TypeError" in err.value.note
