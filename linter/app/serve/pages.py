"""The pages ``newslint serve`` answers with: the form, error pages, and the HTML report
with its Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

from ...lint.engine import Linter
from ...model.findings import FileResult
from ...model.rules import AUTO, GENRES
from ...readers import EXTENSIONS, FILE_FORMATS
from ...report import Context, render


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

#: Extension (without the dot) -> input format, from the readers' registry.
_FORMAT_OF = json.dumps({ext.lstrip("."): fmt for ext, fmt in EXTENSIONS.items()}, sort_keys=True)
SCRIPT = """
"use strict";
(function () {
  var formats = """ + _FORMAT_OF + """;
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
<input type="file" id="file" accept="{",".join(EXTENSIONS)}"></p>
<p><label for="text">Article</label><br>
<textarea id="text" name="text" required spellcheck="false"
 placeholder="Paste the article here: plain text, Markdown, HTML or a CMS's JSON export"></textarea></p>
<input type="hidden" id="filename" name="filename" value="">
<p class="row">
<span><label for="format">Format</label> <select id="format" name="format">{_options(FILE_FORMATS)}</select></span>
<span><label for="genre">Genre</label> <select id="genre" name="genre">{_options((AUTO, *GENRES))}</select></span>
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
    page = render("html", [result], Context(linter.rules, linter.families))
    meta = REPORT_CSP.search(page)
    policy = html.unescape(meta.group(1)) + "; frame-ancestors 'none'" if meta else csp()
    body = BODY.search(page)
    if body:
        page = page[:body.end()] + BACK + page[body.end():]
    return page, policy
