"""The checking page of ``newslint serve`` in Chromium: paste an article and watch the
findings appear as highlights, click one and read the rule's explanation (the text of
``newslint rule CODE``), apply a fix and see the finding go and the profile change,
filter by family and severity, switch genre, rules and samples, do it all with the
keyboard alone, with an emoji before a finding, and with an article that tries to run
script. Screenshots go to each test's tmp_path (docs/serve.png is one of them)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

from linter.app import serve
from linter.app.cli import main

from conftest import SEEDS
from test_browser import INJECTION, Watched, active_id, browser, findings_of, watched

#: The browser fixtures are test_browser's: one Chromium per module, a fresh page per test.
__all__ = ["browser", "watched"]

SLANTED = SEEDS / "slanted-transit.txt"


@pytest.fixture(scope="module")
def page_url() -> Iterator[str]:
    server = serve.build_server("127.0.0.1", 0, log=open("/dev/null", "w"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.url.rstrip("/")
    server.shutdown()
    server.server_close()


def rule_text(code: str) -> str:
    r = CliRunner().invoke(main, ["rule", code], catch_exceptions=False)
    return r.output.removesuffix("\n")


def open_page(page: Any, url: str) -> None:
    page.goto(url + "/")
    page.wait_for_selector("body[data-ready=true]")


def checked(page: Any) -> None:
    """Wait until the findings of the text as it is now are shown."""
    page.wait_for_selector("body[data-state=idle]")


def paste(page: Any, text: str) -> None:
    """Put the article in the editor as a paste does: one input of the whole text."""
    page.focus("#text")
    page.keyboard.insert_text(text)
    checked(page)


def listed(page: Any) -> list[tuple[str, str]]:
    """(code, severity) of each entry in the findings list."""
    return [tuple(x) for x in page.eval_on_selector_all(
        ".finding", "els => els.map(e => [e.querySelector('.code').textContent, e.querySelector('.sev').textContent])")]


def marks(page: Any) -> list[str]:
    return page.eval_on_selector_all("#backdrop mark", "els => els.map(e => e.textContent)")


def click_words(page: Any, words: str) -> None:
    """Scroll the editor to the highlight of ``words`` and click on it, as a reader does."""
    page.eval_on_selector("#text", """(t, words) => {
        const mark = [...document.querySelectorAll('#backdrop mark')].find(m => m.textContent === words);
        t.scrollTop = Math.max(0, mark.offsetTop - 60);
        t.dispatchEvent(new Event('scroll'));
    }""", words)
    box = page.locator("#backdrop mark", has_text=words).first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_paste_watch_click_apply_and_the_profile_follows(watched: Watched, page_url: str, tmp_path: Path) -> None:
    page = watched.page
    open_page(page, page_url)
    text = SLANTED.read_text("utf-8")
    expected = findings_of(SLANTED)
    paste(page, text)
    assert sorted(listed(page)) == sorted((f["code"], f["severity"]) for f in expected)
    shown = marks(page)
    assert {"so-called", "claimed", "regime", "only time will tell"} <= set(shown)
    assert page.inner_text("#count") == str(len(expected))
    page.screenshot(path=tmp_path / "1-findings.png")

    # Click a highlight: the explanation is `newslint rule CODE`, and there is a fix.
    claimed = next(f for f in expected if f["text"] == "claimed")
    click_words(page, "claimed")
    page.wait_for_selector("#detail:not([hidden])")
    assert page.inner_text("#detail-title").startswith(claimed["code"])
    page.wait_for_selector("#explanation:has-text('What it detects')")  # no eval: the page's CSP forbids it
    assert page.text_content("#explanation") == rule_text(claimed["code"])
    assert "\u201cclaimed\u201d \u2192 \u201csaid\u201d" in page.inner_text("#apply")
    assert "claimed*" in page.inner_text("#profile-verbs")
    page.screenshot(path=tmp_path / "2-explanation.png")  # docs/serve.png

    # Apply it: the text changes, the finding goes, the profile follows.
    page.click("#apply")
    checked(page)
    fixed = text[:claimed["start"]] + "said" + text[claimed["end"]:]
    assert page.input_value("#text") == fixed
    after = listed(page)
    assert len(after) == len(expected) - 1 and "claimed" not in marks(page)
    assert "claimed" not in page.inner_text("#profile-verbs")
    assert page.inner_text("#status").startswith("Applied: \u201cclaimed\u201d \u2192 \u201csaid\u201d.")
    page.screenshot(path=tmp_path / "3-applied.png")

    # The fix is an ordinary edit: Ctrl+Z takes it back.
    page.focus("#text")
    page.keyboard.press("Control+z")
    checked(page)
    assert page.input_value("#text") == text and len(listed(page)) == len(expected)
    assert watched.errors == [] and watched.dialogs == []


def test_an_emoji_before_a_finding(watched: Watched, page_url: str) -> None:
    page = watched.page
    open_page(page, page_url)
    text = "Plan Fails \U0001F600\n\nCritics \U0001F4A5 say the so-called plan \U0001F600 was a disastrous blunder.\n"
    paste(page, text)
    words = {"so-called", "disastrous", "blunder"}
    assert words <= set(marks(page))
    # F8 from the start selects the first finding's words in the editor.
    page.eval_on_selector("#text", "t => t.setSelectionRange(0, 0)")
    page.keyboard.press("F8")
    first = min((f for f in findings_of_text(text)), key=lambda f: f["start"])
    assert page.evaluate("(() => { const t = document.getElementById('text'); "
                         "return t.value.slice(t.selectionStart, t.selectionEnd); })()") == first["text"]
    page.click(".finding:has-text('so-called')")
    page.click("#apply")
    checked(page)
    assert page.input_value("#text") == text.replace("so-called ", "")
    assert "so-called" not in marks(page) and {"disastrous", "blunder"} <= set(marks(page))


def findings_of_text(text: str) -> list[dict]:
    from linter import lint_text

    return [{"start": f.start, "text": f.text} for f in lint_text(text).findings]


def test_filters_hide_a_family_and_a_severity(watched: Watched, page_url: str, tmp_path: Path) -> None:
    page = watched.page
    open_page(page, page_url)
    paste(page, SLANTED.read_text("utf-8"))
    everything = listed(page)
    loads = [e for e in everything if e[0].startswith("LOAD")]
    assert loads and "disastrous" in marks(page)
    page.uncheck("#family-filters input[data-family=LOAD]")
    assert listed(page) == [e for e in everything if not e[0].startswith("LOAD")]
    assert "disastrous" not in marks(page) and "claimed" in marks(page)
    page.uncheck("#severity-filters input[data-severity=info]")
    assert listed(page) == [e for e in everything if not e[0].startswith("LOAD") and e[1] != "info"]
    page.screenshot(path=tmp_path / "filtered.png")
    # A filter outlives the next answer.
    page.focus("#text")
    page.keyboard.press("End")
    page.keyboard.type(" More.")
    checked(page)
    assert not any(code.startswith("LOAD") for code, _ in listed(page))
    page.check("#family-filters input[data-family=LOAD]")
    page.check("#severity-filters input[data-severity=info]")
    assert sorted(listed(page)) == sorted(everything)


def test_genre_rules_and_samples_are_one_click_away(watched: Watched, page_url: str) -> None:
    page = watched.page
    open_page(page, page_url)
    page.click("button.sample:text-is('slanted-transit')")
    checked(page)
    assert page.input_value("#text") == SLANTED.read_text("utf-8") and page.input_value("#format") == "txt"
    news = listed(page)
    assert any(code.startswith("LOAD") and sev == "warning" for code, sev in news)
    page.select_option("#genre", "opinion")
    checked(page)
    assert all(sev == "info" for code, sev in listed(page) if code.startswith("LOAD"))
    page.select_option("#genre", "auto")
    checked(page)
    assert listed(page) == news
    # Rules: turn one off, then back to the configured selection.
    code = news[0][0]
    page.click("#rules summary")
    page.uncheck(f"#rule-list input[data-rule={code}]")
    checked(page)
    assert code not in {c for c, _ in listed(page)} and len(listed(page)) < len(news)
    page.click("#rules-reset")
    checked(page)
    assert listed(page) == news
    # Another sample, in another format.
    page.click("button.sample:text-is('storm-recovery')")
    checked(page)
    assert page.input_value("#format") == "md"
    assert len(listed(page)) == len(findings_of(SEEDS / "storm-recovery.md"))


def tab_to(page: Any, test: str, most: int = 60) -> None:
    """Press Tab until the focused element passes ``test`` (a JS expression of ``el``)."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => !!(el && ({test})))(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {test}")


def test_keyboard_alone(watched: Watched, page_url: str, tmp_path: Path) -> None:
    page = watched.page
    open_page(page, page_url)
    expected = sorted(findings_of(SLANTED), key=lambda f: f["start"])
    tab_to(page, "el.textContent === 'slanted-transit'")
    page.keyboard.press("Enter")
    checked(page)
    assert len(listed(page)) == len(expected)

    # F8 from the editor: the first finding, selected in the text, explained beside it.
    tab_to(page, "el.id === 'text'")
    page.keyboard.press("Control+Home")
    page.keyboard.press("F8")
    assert active_id(page) == "text"
    selected = page.evaluate("(() => { const t = document.getElementById('text'); "
                             "return t.value.slice(t.selectionStart, t.selectionEnd); })()")
    assert selected == expected[0]["text"]
    assert page.inner_text("#detail-title").startswith(expected[0]["code"])
    page.keyboard.press("Shift+F8")  # back from the first: the last
    assert page.evaluate("(() => { const t = document.getElementById('text'); "
                         "return t.value.slice(t.selectionStart, t.selectionEnd); })()") == expected[-1]["text"]
    page.keyboard.press("Escape")
    assert page.is_hidden("#detail") and active_id(page) == "text"

    # The list: Tab to it, F8 to a fixable finding, Enter to explain, Tab to apply.
    tab_to(page, "el.classList.contains('finding')")
    for _ in range(len(expected)):
        if "A fix is available" in page.evaluate("document.activeElement.getAttribute('aria-label')"):
            break
        page.keyboard.press("F8")
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert "A fix is available" in label
    code = label.split(",")[0]
    page.keyboard.press("Enter")
    assert active_id(page) == "detail-title"
    page.wait_for_selector("#explanation:has-text('What it detects')")  # no eval: the page's CSP forbids it
    assert page.text_content("#explanation") == rule_text(code)
    page.keyboard.press("Tab")
    assert active_id(page) == "apply"
    page.screenshot(path=tmp_path / "keyboard.png")
    before = page.input_value("#text")
    page.keyboard.press("Enter")
    checked(page)
    assert page.input_value("#text") != before and len(listed(page)) == len(expected) - 1
    assert watched.errors == []


def test_the_page_runs_nothing_from_the_article(watched: Watched, page_url: str, tmp_path: Path) -> None:
    page = watched.page
    open_page(page, page_url)
    for fmt, text in INJECTION.items():
        page.select_option("#format", fmt)
        page.fill("#text", text)
        checked(page)
        page.wait_for_timeout(300)  # time for an image's onerror to fire, had it been live
        assert page.evaluate("typeof window.__pwned") == "undefined" and watched.dialogs == []
        # one evaluation: two counts could straddle a redraw of the backdrop
        assert page.evaluate("[...document.querySelectorAll('#backdrop *')].every(e => e.tagName === 'MARK')")
        assert page.locator("#findings img, #findings script, #findings a").count() == 0
        assert page.locator("script").count() == 1
    page.screenshot(path=tmp_path / "evil.png")


def test_the_page_with_a_token(watched: Watched, tmp_path: Path) -> None:
    server = serve.build_server("127.0.0.1", 0, log=open("/dev/null", "w"), token="t0ken", workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = watched.page
        page.goto(server.url)  # the printed URL carries the token
        page.wait_for_selector("body[data-ready=true]")
        paste(page, SLANTED.read_text("utf-8"))
        assert len(listed(page)) == len(findings_of(SLANTED))
    finally:
        server.shutdown()
        server.server_close()


def test_typing_brings_a_finding_and_highlights_follow_the_edit(watched: Watched, page_url: str) -> None:
    page = watched.page
    open_page(page, page_url)
    page.click("button.sample:text-is('slanted-transit')")
    checked(page)
    before = len(listed(page))
    # An edit before a highlight moves it at once, before the new answer arrives.
    page.eval_on_selector("#text", "t => { t.focus(); t.setSelectionRange(0, 0); }")
    page.keyboard.type("Updated: ")
    assert "Fiasco" in marks(page) and "so-called" in marks(page)
    checked(page)
    assert len(listed(page)) == before
    # Typing a loaded word in the writer's voice brings its finding.
    page.keyboard.press("Control+End")
    page.keyboard.type("\n\nThe staggering plan failed.")
    checked(page)
    assert "staggering" in marks(page) and len(listed(page)) > before
    assert page.input_value("#text").startswith("Updated: Fare Hike Fiasco")
    # Editing away the words of the finding explained closes its explanation.
    click_words(page, "regime")
    page.wait_for_selector("#detail:not([hidden])")
    page.eval_on_selector("#text", "t => { const i = t.value.indexOf('regime'); t.setSelectionRange(i, i + 6); }")
    page.keyboard.type("council")
    checked(page)
    assert page.is_hidden("#detail") and "regime" not in marks(page)
