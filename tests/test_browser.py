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


def groups_on(page: Any) -> dict[int, list[int]]:
    """Each highlight's primary and the findings it stands for (``data-group``)."""
    pairs = page.eval_on_selector_all(".hl", "els => els.map(e => [e.dataset.finding, e.dataset.group])")
    return {int(n): [int(x) for x in g.split()] for n, g in pairs}


def box(page: Any, selector: str) -> dict:
    return page.eval_on_selector(selector, "el => { const r = el.getClientRects()[0]; "
                                           "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; }")


def tip_box(page: Any) -> dict:
    return page.eval_on_selector("#tip", "el => { const r = el.getBoundingClientRect(); "
                                         "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, "
                                         "hidden: el.hidden, text: el.textContent}; }")


def assert_next_to(tip: dict, word: dict) -> None:
    """The tooltip just below (or, near the window's foot, just above) the word, and
    overlapping it horizontally: next to it, not at the bottom of the window."""
    assert not tip["hidden"]
    below = 0 <= tip["top"] - word["bottom"] <= 12
    above = 0 <= word["top"] - tip["bottom"] <= 12
    assert below or above, (tip, word)
    assert tip["left"] <= word["right"] and tip["right"] >= word["left"], (tip, word)


def test_one_highlight_per_item(watched: Watched, seed_report, tmp_path: Path) -> None:
    path, total = seed_report
    page = watched.page
    page.goto(path.as_uri())
    shown = groups_on(page)
    assert total > 10 and sorted(n for g in shown.values() for n in g) == list(range(total))
    assert len(shown) < total  # findings on the same words share a highlight
    assert int(page.get_attribute("body", "data-findings")) == total
    assert page.locator("li[id^='f-'] a.jump").count() == page.locator("mark.hl").count()
    page.screenshot(path=tmp_path / "seed-report.png", full_page=True)
    assert watched.errors == []  # the CSP lets the page's own script and styles through


def test_jump_link_focuses_the_highlight(watched: Watched, seed_report, tmp_path: Path) -> None:
    path, _ = seed_report
    page = watched.page
    page.goto(path.as_uri())
    marks = page.eval_on_selector_all("mark.hl", "els => els.map(e => +e.dataset.finding)")
    for n in (marks[0], marks[len(marks) // 2], marks[-1]):
        page.click(f"#f-{n} a.jump")
        assert active_id(page) == f"hl-{n}"
        assert page.evaluate("location.hash") == f"#hl-{n}"
        assert_next_to(tip_box(page), box(page, f"#hl-{n}"))  # focus shows its tooltip by the word
    page.click(f"a.back[href='#f-{marks[-1]}']")  # and the badge leads back to the list
    assert active_id(page) == f"f-{marks[-1]}"
    page.screenshot(path=tmp_path / "jumped.png")


def test_tooltip_sits_by_the_word_and_lists_stacked_findings(watched: Watched, seed_report, tmp_path: Path) -> None:
    path, _ = seed_report
    page = watched.page
    page.goto(path.as_uri())
    findings = findings_of(SEED)
    assert tip_box(page)["hidden"]
    stacked = {n: g for n, g in groups_on(page).items() if len(g) > 1}
    admission = next(n for n in stacked if findings[n]["text"] == "admission")
    page.hover(f"#hl-{admission}")
    tip = tip_box(page)
    assert_next_to(tip, box(page, f"#hl-{admission}"))
    for m in stacked[admission]:  # every finding on the words, the primary first
        assert findings[m]["code"] in tip["text"] and findings[m]["message"] in tip["text"]
    assert tip["text"].index("PRESUP002") < tip["text"].index("ATTR003") < tip["text"].index("BAL001")
    page.screenshot(path=tmp_path / "tooltip-stacked.png")
    # A highlight low in the window: the tooltip still sits by it (above if need be).
    plain = page.eval_on_selector_all("mark.hl", "els => els.filter(e => !e.querySelector('.mk')).map(e => e.id)")
    low = plain[-1]
    page.eval_on_selector(f"#{low}", "el => el.scrollIntoView({block: 'end'})")
    page.hover(f"#{low}")
    assert_next_to(tip_box(page), box(page, f"#{low}"))
    page.screenshot(path=tmp_path / "tooltip-low.png")
    page.keyboard.press("Escape")
    assert tip_box(page)["hidden"]
    # A highlight nested in another shows its own finding, not the outer one's.
    inner = page.eval_on_selector_all("mark.mk mark.hl", "els => els.map(e => e.id)")[0]
    page.hover(f"#{inner}")
    assert findings[int(inner[3:])]["message"] in tip_box(page)["text"]


def visible(page: Any, selector: str) -> int:
    return page.eval_on_selector_all(selector, "els => els.filter(e => e.offsetParent !== null).length")


def test_filters_hide_findings_by_severity_and_family(watched: Watched, seed_report, tmp_path: Path) -> None:
    path, _ = seed_report
    page = watched.page
    page.goto(path.as_uri())
    findings = findings_of(SEED)
    cards = page.locator(".card").count()
    assert visible(page, ".card") == cards and page.locator("input[data-filter]").first.is_visible()
    page.uncheck("input[data-filter='sev:info']")
    page.uncheck("input[data-filter='fam:STYLE']")
    shown = page.eval_on_selector_all(".card:not(.off)", "els => els.map(e => e.dataset.members)")
    hidden = page.eval_on_selector_all(".card.off", "els => els.map(e => e.dataset.members)")
    passes = lambda pair: pair.split(":")[0] != "info" and pair.split(":")[1] != "STYLE"  # noqa: E731
    assert hidden and all(any(passes(p) for p in m.split()) for m in shown)
    assert all(not any(passes(p) for p in m.split()) for m in hidden)
    assert visible(page, ".card") == len(shown) < cards
    assert "Showing" in page.inner_text("#shown")
    # A stacked highlight stays while one of its findings passes (LOAD002 with STYLE001).
    shock = next(n for n, f in enumerate(findings) if f["text"] == "sent shockwaves through")
    assert "off" not in page.get_attribute(f"#hl-{shock}", "class").split()
    off_mark = page.eval_on_selector_all("mark.hl.off", "els => els.map(e => e.id)")[0]
    assert page.eval_on_selector(f"#{off_mark}", "el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.screenshot(path=tmp_path / "filtered.png", full_page=True)
    page.check("input[data-filter='sev:info']")
    page.check("input[data-filter='fam:STYLE']")
    assert visible(page, ".card") == cards and page.inner_text("#shown") == ""


def test_dark_mode_is_honoured(browser, seed_report, tmp_path: Path) -> None:
    path, _ = seed_report
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page = context.new_page()
    page.goto(path.as_uri())
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    text = page.evaluate("getComputedStyle(document.body).color")
    assert background == "rgb(22, 22, 22)" and text == "rgb(232, 232, 232)"
    page.screenshot(path=tmp_path / "dark.png")
    context.close()


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
    shown = groups_on(page)
    assert sorted(n for g in shown.values() for n in g) == list(range(total))
    n = page.eval_on_selector_all("mark.hl", "els => els.map(e => +e.dataset.finding)")[3]
    page.click(f"#f-{n} a.jump")
    assert active_id(page) == f"hl-{n}"  # the report's script runs under the server's CSP
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
    page.wait_for_function("document.getElementById('text').value.length > 0")
    assert page.input_value("#text") == story.read_text("utf-8")
    assert page.input_value("#format") == "md"
    page.screenshot(path=tmp_path / "form.png")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert sum(len(g) for g in groups_on(page).values()) == len(findings_of(story))
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
