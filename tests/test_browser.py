"""The HTML report and ``newslint serve`` in a real browser (Playwright driving
Debian's Chromium): highlights, keyboard jumps and tooltips, the paste-and-submit
form, the API, and articles that try to run script.

Without Chromium or Playwright these tests skip on a developer's machine; with CI
set they fail instead, so a missing install step in .ci/run cannot hide behind a
skip. Screenshots go to each test's tmp_path.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

from linter.app import serve
from linter.app.cli import main

from conftest import SEEDS

SEED = SEEDS / "zelensky-toll.txt"
CHROMIUM = "/usr/bin/chromium"

#: The same attack in each input format: a script element, an event handler, a
#: javascript: link and an HTML comment (plus alert() calls that a dialog would show).
INJECTION = {
    "txt": ("Minister Defends Plan\n\n"
            "<script>window.__pwned=1</script>\n\n"
            "The minister said the plan would work. <img src=x onerror=\"window.__pwned=2\"> "
            "Critics argue the staggering plan failed.\n\n"
            "<a href=\"javascript:window.__pwned=3\">x</a> <!-- hidden --> "
            "<script>alert('script')</script><img src=y onerror=\"alert('img')\">\n"),
    "md": ("# Minister Defends Plan\n\n"
           "<script>window.__pwned=1</script>\n\n"
           "The minister said the plan would work. <img src=x onerror=\"window.__pwned=2\"> "
           "Critics argue the staggering plan failed.\n\n"
           "<a href=\"javascript:window.__pwned=3\">x</a> [y](javascript:window.__pwned=4) <!-- hidden -->\n\n"
           "<script>alert('script')</script><img src=y onerror=\"alert('img')\">\n"),
    "html": ("<html><head><title>Minister Defends Plan</title></head><body>"
             "<h1>Minister Defends Plan</h1>"
             "<script>window.__pwned=1</script>"
             "<p>The minister said the plan would work. <img src=x onerror=\"window.__pwned=2\"> "
             "Critics argue the staggering plan failed.</p>"
             "<p><a href=\"javascript:window.__pwned=3\">x</a> <!-- hidden --> more text here.</p>"
             "<script>alert('script')</script><p><img src=y onerror=\"alert('img')\">The end.</p>"
             "</body></html>\n"),
}


def _unavailable(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{why}: CI must install it (see .ci/run)", pytrace=False)
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install '.[test]')")
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--no-proxy-server"])
        yield chromium
        chromium.close()


class Watched:
    """A page with what it did that it should not have: dialogs and console errors."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield Watched(context.new_page())
    context.close()


def cli(*args: str) -> str:
    r = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    return r.output


def findings_of(path: Path) -> list[dict]:
    return json.loads(cli("--format", "json", str(path)))["files"][0]["findings"]


def write_report(source: Path, out: Path) -> Path:
    cli("--format", "html", "--output-file", str(out), str(source))
    return out


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[Path, int]:
    out = write_report(SEED, tmp_path_factory.mktemp("report") / "report.html")
    return out, len(findings_of(SEED))


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    server = serve.build_server("127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.url.rstrip("/")
    server.shutdown()
    server.server_close()


def active_id(page: Any) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def tooltip(page: Any, selector: str) -> str:
    return page.eval_on_selector(selector, "el => getComputedStyle(el, '::after').content")


def assert_not_pwned(w: Watched, shot: Path) -> None:
    """Nothing in the article ran: no flag set, no dialog, no live handler or link."""
    page = w.page
    page.wait_for_timeout(300)  # time for an image's onerror to fire, had it been live
    page.screenshot(path=shot, full_page=True)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert w.dialogs == []
    assert page.locator("[onerror]").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert page.locator("main img").count() == 0
    assert page.locator("script").count() == 1  # the report's own
    assert page.evaluate("document.documentElement.outerHTML").count("<!-- hidden -->") == 0


# ---------------------------------------------------------------------------
# (a) the report file


def test_one_highlight_per_finding(watched: Watched, seed_report, tmp_path: Path) -> None:
    path, total = seed_report
    page = watched.page
    page.goto(path.as_uri())
    assert total > 10 and page.locator(".hl").count() == total
    assert int(page.get_attribute("body", "data-findings")) == total
    ids = page.eval_on_selector_all(".hl", "els => els.map(e => e.id + '=' + e.dataset.finding)")
    assert sorted(ids) == sorted(f"hl-{n}={n}" for n in range(total))
    assert page.locator("li[id^='f-'] a.jump").count() == total
    page.screenshot(path=tmp_path / "seed-report.png", full_page=True)
    assert watched.errors == []  # the CSP lets the page's own script and styles through


def test_jump_link_focuses_the_highlight(watched: Watched, seed_report, tmp_path: Path) -> None:
    path, total = seed_report
    page = watched.page
    page.goto(path.as_uri())
    for n in (0, total // 2, total - 1):
        page.click(f"#f-{n} a.jump")
        assert active_id(page) == f"hl-{n}"
        assert page.evaluate("location.hash") == f"#hl-{n}"
    page.click(f"a.back[href='#f-{total - 1}']")  # and the badge leads back to the list
    assert active_id(page) == f"f-{total - 1}"
    page.screenshot(path=tmp_path / "jumped.png")


def test_tooltip_shows_the_rule_code(watched: Watched, seed_report, tmp_path: Path) -> None:
    path, total = seed_report
    page = watched.page
    page.goto(path.as_uri())
    findings = findings_of(SEED)
    # Highlights with no highlight nested inside, so the pointer lands on them alone.
    plain = page.eval_on_selector_all(".hl", "els => els.filter(e => !e.querySelector('.mk')).map(e => e.id)")
    first, second = plain[0], plain[len(plain) // 2]
    code_of = lambda hl: findings[int(hl.removeprefix("hl-"))]["code"]  # noqa: E731
    assert tooltip(page, f"#{first}") == "none"
    page.focus(f"#{first}")
    assert code_of(first) in tooltip(page, f"#{first}")
    page.screenshot(path=tmp_path / "tooltip-focus.png")
    page.hover(f"#{second}")
    tip = tooltip(page, f"#{second}")
    assert code_of(second) in tip and findings[int(second[3:])]["message"] in tip.replace("\\n", "\n")
    page.screenshot(path=tmp_path / "tooltip-hover.png")


@pytest.mark.parametrize("fmt", sorted(INJECTION))
def test_report_file_runs_nothing_from_the_article(watched: Watched, tmp_path: Path, fmt: str) -> None:
    source = tmp_path / f"evil.{fmt}"
    source.write_text(INJECTION[fmt], encoding="utf-8")
    watched.page.goto(write_report(source, tmp_path / "evil.html").as_uri())
    assert_not_pwned(watched, tmp_path / f"evil-{fmt}.png")
    if fmt == "txt":  # plain text is text: the markup shows as written
        shown = watched.page.inner_text("main")
        assert "<script>window.__pwned=1</script>" in shown and "<!-- hidden -->" in shown


# ---------------------------------------------------------------------------
# (b) newslint serve


def submit(page: Any, url: str, text: str, fmt: str) -> None:
    page.goto(url + "/")
    page.fill("#text", text)
    page.select_option("#format", fmt)
    with page.expect_navigation():
        page.click("button[type=submit]")


def test_paste_and_submit_shows_the_report(watched: Watched, server_url: str, seed_report,
                                           tmp_path: Path) -> None:
    _, total = seed_report
    page = watched.page
    submit(page, server_url, SEED.read_text("utf-8"), "txt")
    assert page.url == server_url + "/report"
    assert page.locator(".hl").count() == total
    page.click("#f-3 a.jump")
    assert active_id(page) == "hl-3"  # the report's script runs under the server's CSP
    page.screenshot(path=tmp_path / "served-report.png")
    assert watched.errors == []
    with page.expect_navigation():
        page.click("text=Check another article")
    assert page.locator("textarea#text").count() == 1


def test_upload_fills_the_form(watched: Watched, server_url: str, tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# Minister Slams Critics\n\nCritics argue the *staggering* plan failed.\n", encoding="utf-8")
    page = watched.page
    page.goto(server_url + "/")
    page.set_input_files("#file", str(story))
    page.wait_for_selector("#text:not(:placeholder-shown)")  # filled; a selector, as the page's CSP forbids eval
    assert page.input_value("#text") == story.read_text("utf-8")
    assert page.input_value("#format") == "md"
    page.screenshot(path=tmp_path / "form.png")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator(".hl").count() == len(findings_of(story))
    assert story.name in page.inner_text(".path")


def test_api_answers_a_pasted_article(watched: Watched, server_url: str) -> None:
    resp = watched.page.request.post(server_url + "/api/lint", data={"text": SEED.read_text("utf-8")})
    assert resp.status == 200 and resp.headers["content-type"].startswith("application/json")
    assert len(resp.json()["files"][0]["findings"]) == len(findings_of(SEED))
    bad = watched.page.request.post(server_url + "/api/lint", data={"text": ""})
    assert bad.status == 400 and "text" in bad.json()["error"]


@pytest.mark.parametrize("fmt", sorted(INJECTION))
def test_served_report_runs_nothing_from_the_article(watched: Watched, server_url: str, tmp_path: Path,
                                                     fmt: str) -> None:
    submit(watched.page, server_url, INJECTION[fmt], fmt)
    assert watched.page.url == server_url + "/report"
    assert_not_pwned(watched, tmp_path / f"served-evil-{fmt}.png")
    if fmt == "txt":
        shown = watched.page.inner_text("main")
        assert "<script>window.__pwned=1</script>" in shown and "<!-- hidden -->" in shown
