"""Property-based fuzzing: articles in every input format, with every kind of quote mark,
line ending, Unicode (combining marks, right-to-left, zero-width, emoji), markup and
nesting. For each: no exception but a clean input error; every finding's text is the
input between its offsets and is not empty; line and column agree with the offsets;
findings are sorted; the same input gives the same output; JSON and SARIF parse.

CI runs a short profile; the long one is

    NEWSLINT_FUZZ_EXAMPLES=10000 python -m pytest tests/test_fuzz.py -q

Bugs it finds are kept below as plain regression tests.
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.errors import InputError
from linter.model.source import Source
from linter.report import Context
from linter.report import render as render_format

EXAMPLES = int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "150"))
LINTER = Linter(Settings(select=["ALL"]))

WORDS = ["the", "minister", "said", "claimed", "critics", "argue", "staggering", "regime", "so-called", "alleged",
         "Zelensky’s", "soldiers’", "55,000", "1.2", "U.S.", "Dr.", "killed", "reportedly", "admitted", "Featured",
         "image", "Advertisement", "I", "we", "our", "Despite", "this,", "according", "to", "a", "report", "?"]
QUOTES = ["“", "”", '"', "‘", "’", "'", "''", "«", "»"]
ODD = ["\u0301", "e\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u200b", "\u200d", "\u200f",
       "\U0001f600", "\U0001f1fa\U0001f1f8", "\u00a0", "\t", "\ufeff", "\x00", "\x1b[31m", "\ud7ff", "İ", "ß", "ﬁ"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n \n", "\u2028"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from(ODD),
                  st.sampled_from([".", ",", ";", ":", "—", "–", "(", ")", "!", "…"]),
                  st.text(max_size=4))
line = st.lists(token, max_size=25).map(" ".join)
prose = st.lists(st.tuples(line, st.sampled_from(BREAKS)), max_size=12).map(
    lambda parts: "".join(text + brk for text, brk in parts))

MD = st.sampled_from(["# ", "## ", "> ", "- ", "1. ", "*", "**", "_", "`", "[", "](http://x)", "![alt](i.png)",
                      "<!-- newslint-disable LOAD -->", "<!-- newslint-enable -->", "<div>", "</div>", "---", "\n"])
HTML = st.sampled_from(["<p>", "</p>", "<h1>", "</h1>", "<blockquote>", "</blockquote>", "<figure>", "<figcaption>",
                        "</figcaption>", "</figure>", "<script>x</script>", "<br>", "<li>", "&amp;", "&#x27;",
                        "&nbsp;", "&unknown;", "<!-- c -->", "<![CDATA[x]]>", "<![", "<", ">", "</p", "<p class='x'>",
                        "<!-- newslint-disable-next ATTR -->", "<title>T</title>", "<style>p{}</style>"])


def mixed(markup: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(markup, line, st.sampled_from(BREAKS)), max_size=40).map("".join)


def json_article(body: str, headline: str, nested: int) -> str:
    item: object = {"headline": headline, "body": body, "section": "News"}
    for _ in range(nested):
        item = [item]
    return json.dumps(item, ensure_ascii=bool(nested % 2))


ARTICLES = st.one_of(
    prose.map(lambda t: ("txt", t)),
    prose.map(lambda t: ("snippet", t)),
    mixed(MD).map(lambda t: ("md", t)),
    mixed(HTML).map(lambda t: ("html", t)),
    st.tuples(st.one_of(prose, mixed(HTML)), line, st.integers(0, 3)).map(lambda a: ("json", json_article(*a))),
)


def check_article(fmt: str, text: str) -> None:
    source = Source("fuzz." + ("txt" if fmt == "snippet" else fmt), text)
    try:
        result = LINTER.lint_source(source, fmt)
    except InputError:
        return  # a clean, one-line refusal (malformed JSON, markup html.parser gives up on)
    for f in result.findings:
        assert f.end > f.start, f
        assert text[f.start:f.end] == f.text, f
        assert source.position(f.start) == (f.line, f.column), f
        assert source.position(f.end) == (f.end_line, f.end_column), f
    assert result.findings == sorted(result.findings, key=lambda f: f.sort_key())
    again = LINTER.lint_source(Source(source.path, text), fmt)
    assert [(f.code, f.start, f.end, f.severity, f.message) for f in again.findings] == \
        [(f.code, f.start, f.end, f.severity, f.message) for f in result.findings]
    json.loads(render_format("json", [result], Context()))
    json.loads(render_format("sarif", [result], Context(LINTER.rules)))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 150,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ARTICLES)
def test_any_article_in_any_format(article: tuple[str, str]) -> None:
    check_article(*article)


# --- reproducers of bugs the fuzzing found -----------------------------------------------------

@pytest.mark.parametrize("fmt,text", [
    ("md", "\rV"),                                   # lone CR: markdown-it's lines and ours disagreed
    ("md", "\r# Staggering plan\r\rIt was staggering."),
    ("txt", "Headline\r\rThe staggering plan\rwas approved."),
    ("html", "<p>a <![> b</p>"),                     # html.parser's AssertionError
    ("json", "[" * 1000 + "]" * 1000),               # RecursionError
    ("md", "<div>\r\nThe staggering plan\r\n</div>\r\n"),
    ("md", "**\r1. \nstaggering# "),               # a soft break at a lone CR aligned to a later LF
])
def test_reproducers(fmt: str, text: str) -> None:
    check_article(fmt, text)


def test_public_api_on_a_fuzzed_shape() -> None:
    result = lint_text("“\r\n‘staggering’ ” '' « »", "txt")
    assert all(f.end > f.start for f in result.findings)
