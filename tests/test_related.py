"""Findings on the same words (linter.lint.related): grouped once, the primary chosen by
severity then by the packs' specificity; the human outputs show one line per group,
the JSON, SARIF and the baseline keep every finding."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from linter.app.cli import main
from linter.lint.engine import Linter
from linter.lint.packs import load_packs
from linter.lint.related import groups, related
from linter.model.findings import Finding
from linter.model.source import Source

from conftest import SEEDS
from test_packs import RULE

TEXT = "Her admission sent shockwaves through the despite the war's relentless escalation today."


def finding(code: str, words: str, severity: str = "warning", specificity: int = 0, scope: str = "span",
            nth: int = 0) -> Finding:
    start = TEXT.index(words)
    for _ in range(nth):
        start = TEXT.index(words, start + 1)
    end = start + len(words)
    return Finding(path="t.txt", code=code, name=code.lower(), severity=severity, message=f"{code} message",
                   line=1, column=start + 1, end_line=1, end_column=end + 1, start=start, end=end,
                   text=TEXT[start:end], scope=scope, specificity=specificity)


def members(findings: list[Finding]) -> list[list[str]]:
    return [[findings[i].code for i in g.members] for g in groups(findings)]


def test_identical_spans_are_one_group_primary_by_severity_then_specificity() -> None:
    fs = [finding("ATTR003", "admission", specificity=50), finding("BAL001", "admission", specificity=40),
          finding("PRESUP002", "admission", "error", specificity=60)]
    assert members(fs) == [["PRESUP002", "ATTR003", "BAL001"]]
    fs[2].severity = "warning"  # the same severity: the more specific leads
    fs[2].specificity = 10
    assert members(fs) == [["ATTR003", "BAL001", "PRESUP002"]]
    assert related(fs) == [(True, ["BAL001", "PRESUP002"]), (False, ["ATTR003", "PRESUP002"]),
                           (False, ["ATTR003", "BAL001"])]


def test_a_span_inside_another_counts_when_it_holds_half_its_words() -> None:
    fs = [finding("LOAD002", "sent shockwaves through"), finding("STYLE001", "sent shockwaves", "info")]
    assert members(fs) == [["LOAD002", "STYLE001"]]
    # One word of five is not the same words: a connective clause and a word inside it.
    fs = [finding("OPIN003", "despite the war's relentless escalation"), finding("LOAD001", "relentless")]
    assert members(fs) == [["OPIN003"], ["LOAD001"]]


def test_trimmed_spans_match_and_overlaps_do_not() -> None:
    fs = [finding("QUOTE001", "admission "), finding("ATTR003", " admission")]
    assert members(fs) == [["ATTR003", "QUOTE001"]]  # the same severity and specificity: the earlier
    fs = [finding("LOAD002", "sent shockwaves"), finding("STYLE001", "shockwaves through", "info")]
    assert members(fs) == [["LOAD002"], ["STYLE001"]]


def test_article_level_findings_are_never_related() -> None:
    fs = [finding("ATTR003", "admission"), finding("ATTR004", "admission", scope="article")]
    assert members(fs) == [["ATTR003"], ["ATTR004"]]


def test_groups_are_transitive_and_cover_every_finding_once() -> None:
    fs = [finding("A001", "sent shockwaves through the"), finding("B001", "sent shockwaves"),
          finding("C001", "sent", "error"), finding("D001", "today")]
    assert members(fs) == [["C001", "A001", "B001"], ["D001"]]
    assert sorted(i for g in groups(fs) for i in g.members) == list(range(len(fs)))


def test_specificity_comes_from_the_packs() -> None:
    packs = load_packs()
    assert packs.families["PRESUP"].specificity > packs.families["STYLE"].specificity
    linter = Linter()
    assert linter.specificity["QUOTE003"] > linter.specificity["QUOTE001"]
    assert {r.code for r in linter.rules if r.scope == "article"} >= {"RDB001", "BAL002", "ATTR004", "HEAD001"}


# --- the outputs --------------------------------------------------------------------

SEED = str(SEEDS / "zelensky-toll.txt")


def run(*args: str) -> str:
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False).output


def test_text_and_concise_show_the_primary_with_related_codes() -> None:
    data = json.loads(run("--format", "json", SEED))["files"][0]["findings"]
    concise = run("--format", "concise", "--no-profile", SEED).splitlines()
    assert len(concise) - 1 == sum(f["primary"] for f in data) < len(data)
    line = next(x for x in concise if ":23:143:" in x)
    assert " PRESUP002 [error] " in line and line.endswith("(also ATTR003, BAL001)")
    text = run("--no-profile", SEED)
    assert text.count(":23:143:") == 1 and "(also ATTR003, BAL001)" in text
    assert concise[-1].startswith("Found 50 findings") and "8 listed with another on the same words" in concise[-1]


def test_json_and_sarif_keep_every_finding() -> None:
    data = json.loads(run("--format", "json", SEED))["files"][0]["findings"]
    assert len(data) == 50
    sarif = json.loads(run("--format", "sarif", SEED))["runs"][0]["results"]
    assert len(sarif) == 50
    for f, r in zip(data, sarif):
        assert r["ruleId"] == f["code"]
        if f["related"]:
            assert r["properties"] == {"primary": f["primary"], "related": f["related"]}
            assert [loc["message"]["text"].split(":")[0] for loc in r["relatedLocations"]] == f["related"]
        else:
            assert "relatedLocations" not in r


def test_baseline_keeps_every_finding(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    CliRunner().invoke(main, ["check", "--write-baseline", str(baseline), SEED], catch_exceptions=False)
    text = baseline.read_text("utf-8")
    data = json.loads(run("--format", "json", SEED))["files"][0]["findings"]
    assert all(f["fingerprint"] in text for f in data)


def test_a_suppressed_finding_leaves_its_group() -> None:
    both = "# Mayor Resigns\n\nThe resignation sent shockwaves through the town.\n"
    found = Linter().lint_source(Source("a.md", both), "md").findings
    assert [(f.code, r) for f, (_, r) in zip(found, related(found)) if "shockwaves" in f.text] == [
        ("LOAD002", ["STYLE001"]), ("STYLE001", ["LOAD002"])]
    quiet = both.replace("The resignation", "<!-- newslint-disable-next STYLE001 -->\nThe resignation")
    found = Linter().lint_source(Source("a.md", quiet), "md").findings
    assert [(f.code, r) for f, (_, r) in zip(found, related(found)) if "shockwaves" in f.text] == [("LOAD002", [])]


def test_shown_is_each_primary_with_the_rest_of_its_group() -> None:
    from linter.lint.related import shown
    fs = [finding("ATTR003", "admission"), finding("PRESUP002", "admission", "error"), finding("D001", "today")]
    assert [(p.code, [o.code for o in others]) for p, others in shown(fs)] == [
        ("PRESUP002", ["ATTR003"]), ("D001", [])]


FAMILY = '''
[[family]]
prefix = "HG"
name = "house"
tint = "#e4eef4"
ink = "#1d4f66"
{family}
'''


def house(family: str, rule: str) -> str:
    """The house pack of the pack tests, with a family table for its HG codes."""
    return FAMILY.format(family=family) + RULE.format(severity="warning", extra=rule)


def test_a_house_pack_sets_scope_and_specificity(tmp_path: Path) -> None:
    import pytest
    from linter.lint.config import Settings
    from linter.lint.packs import load_pack
    from linter.model.errors import ConfigError

    path = tmp_path / "house.toml"
    path.write_text(house("specificity = 70", ""), "utf-8")
    linter = Linter(Settings(packs=[path]))
    assert linter.specificity["HG301"] == 70
    path.write_text(house("specificity = 70", 'specificity = 5\nscope = "article"'), "utf-8")
    linter = Linter(Settings(packs=[path]))
    assert linter.specificity["HG301"] == 5 and linter.by_code["HG301"].scope == "article"
    found = linter.lint_source(Source("a.txt", "Plan\n\nThe plan was ballyhooed."), "txt").findings
    assert [(f.code, f.scope, f.specificity) for f in found if f.code == "HG301"] == [("HG301", "article", 5)]
    for family, rule, message in [("", 'scope = "page"', "scope must be one of span, article"),
                                  ("", "specificity = true", "specificity must be a whole number"),
                                  ('specificity = "high"', "", "specificity must be a whole number")]:
        path.write_text(house(family, rule), "utf-8")
        with pytest.raises(ConfigError, match=message):
            load_pack(path)
