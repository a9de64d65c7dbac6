"""The pages ``newslint serve`` answers with: the checking page (its files are in
``static/``), error pages, and the HTML report, each with its Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path

from ...lint.engine import Linter
from ...model.findings import FileResult
from ...model.rules import AUTO, GENRES
from ...readers import EXTENSIONS, FILE_FORMATS
from ...report import Context, render


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(scripts: tuple[str, ...] = (), styles: tuple[str, ...] = (), connect: str = "") -> str:
    """Nothing loads, nothing runs, nothing submits elsewhere, except the inline code
    given here (by hash) and, with ``connect``, the requests a script may make: an
    article that smuggles markup into a page gets nowhere."""
    parts = ["default-src 'none'"]
    if scripts:
        parts.append("script-src " + " ".join(_sha256(s) for s in scripts))
    if styles:
        parts.append("style-src " + " ".join(_sha256(s) for s in styles))
    if connect:
        parts.append("connect-src " + connect)
    parts += ["form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"]
    return "; ".join(parts)


#: The checking page's files (package data in ``static/``): its markup, style and script.
STATIC = Path(__file__).resolve().parent / "static"
STYLE = (STATIC / "page.css").read_text("utf-8")
SCRIPT = (STATIC / "page.js").read_text("utf-8")


def _options(values: tuple[str, ...]) -> str:
    return "".join(f'<option value="{v}">{v}</option>' for v in values)


def _page() -> str:
    """The checking page: the form (which works without script: it posts to /report),
    the editor and the side panel, with its style and script inline, so it fetches
    nothing and a hash in the policy allows each."""
    fields = {
        "style": STYLE, "script": SCRIPT, "formats": _options(FILE_FORMATS), "genres": _options((AUTO, *GENRES)),
        "extensions": ",".join(EXTENSIONS),
        #: Extension (without the dot) -> input format, from the readers' registry.
        "format_map": html.escape(json.dumps({ext.lstrip("."): fmt for ext, fmt in EXTENSIONS.items()}, sort_keys=True)),
    }
    page = (STATIC / "page.html").read_text("utf-8")
    for name, value in fields.items():
        page = page.replace("{{" + name + "}}", value)
    return page


INDEX = _page()
#: The page's policy: its own inline code, and requests to this server's API only.
INDEX_CSP = csp((SCRIPT,), (STYLE,), connect="'self'")
ERROR_CSP = csp((), (STYLE,))


def index_page(token: str | None) -> str:
    """The page; with a token, the form and the script carry the one it was served with."""
    field = f'<input type="hidden" name="token" value="{html.escape(token)}">' if token else ""
    return INDEX.replace("{{token}}", field)


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
    page = render("html", [result], Context(linter.rules, linter.families))
    meta = REPORT_CSP.search(page)
    policy = html.unescape(meta.group(1)) + "; frame-ancestors 'none'" if meta else csp()
    body = BODY.search(page)
    if body:
        page = page[:body.end()] + BACK + page[body.end():]
    return page, policy
