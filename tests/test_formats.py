"""Machine output formats (SARIF, GitHub annotations, JUnit, GitLab code quality) on
real articles: valid by their consumers' rules, pointing at the right text, and with
identities that survive edits elsewhere in the file."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from linter import __version__
from linter.app.cli import main
from linter.lint.engine import Linter
from linter.model.findings import FileResult, Finding, Suggestion
from linter.readers import format_of
from linter.report import Context
from linter.report import github
from linter.report import render as render_format
from linter.report.common import unique_fingerprints
from linter.readers.files import read_source

from conftest import ROOT, SEEDS

SEED = SEEDS / "zelensky-toll.txt"
ARTICLES = [SEEDS / n for n in ("zelensky-toll.txt", "slanted-transit.txt", "storm-recovery.md",
                                "harbour-fire.html", "wire-neutral.txt")]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
#: Characters RFC 3986 allows in a URI reference (percent-escapes included).
URI_REFERENCE = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
#: An inserted paragraph that draws no finding of its own.
NEUTRAL = "The defence ministry in Kyiv published the figures on Tuesday."


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def lint(linter: Linter, *paths: Path | str) -> list[FileResult]:
    return [linter.lint_source(read_source(p), format_of(str(p))) for p in paths]


def finding(**kw) -> Finding:
    """A hand-made finding, for the characters real articles do not carry."""
    base = {"path": "a.txt", "code": "LOAD001", "name": "loaded-word", "severity": "warning", "message": "m",
            "line": 1, "column": 1, "end_line": 1, "end_column": 2, "start": 0, "end": 1, "text": "x"}
    return Finding(**{**base, **kw})


def offset(text: str, line: int, column: int) -> int:
    """Code-point offset of a 1-based line and column, computed from the text alone."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + column - 1


def with_paragraph_after_headline(text: str) -> str:
    """The article with a new first body paragraph (a .txt article's first line is its
    headline, so this is the top of the copy): every later line moves down two."""
    headline, body = text.split("\n", 1)
    return f"{headline}\n\n{NEUTRAL}\n{body}"


# --- SARIF ------------------------------------------------------------------------

@pytest.mark.parametrize("validator", [jsonschema.Draft7Validator, jsonschema.validators.validator_for(SCHEMA)],
                         ids=["draft7", "schema-declared"])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_sarif_validates_against_the_oasis_schema(linter: Linter, path: Path, validator) -> None:
    results = lint(linter, path)
    log = json.loads(render_format("sarif", results, Context(linter.rules)))
    validator.check_schema(SCHEMA)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(SCHEMA).iter_errors(log)]
    assert errors == []
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("newslint", __version__)
    assert driver["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(results[0].findings)


def test_sarif_results_point_at_the_flagged_text(linter: Linter, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    (result,) = lint(linter, "seeds/zelensky-toll.txt")
    text = SEED.read_text("utf-8")
    log = json.loads(render_format("sarif", [result], Context(linter.rules)))
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(result.findings) == 50
    for res, f in zip(run["results"], result.findings):
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"] == f.code
        assert res["message"]["text"] == f.message
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "seeds/zelensky-toll.txt", "uriBaseId": "%SRCROOT%", "index": 0}
        region = loc["region"]
        start, length = region["charOffset"], region["charLength"]
        assert text[start:start + length] == f.text
        assert offset(text, region["startLine"], region["startColumn"]) == start
        assert offset(text, region["endLine"], region["endColumn"]) == start + length
    claiming = next(r for r in run["results"] if r["ruleId"] == "ATTR003"
                    and r["locations"][0]["physicalLocation"]["region"]["startLine"] == 3)
    assert claiming["level"] == "warning"
    assert claiming["locations"][0]["physicalLocation"]["region"]["startColumn"] == 125


def test_sarif_columns_count_code_points(linter: Linter, tmp_path: Path) -> None:
    # An astral character before the flagged word: one code point, two UTF-16 units.
    art = tmp_path / "emoji.txt"
    art.write_text("Storm hits coast\n\nResidents 🌊 said the damage was, sadly, extensive.\n", "utf-8")
    (result,) = lint(linter, art)
    res = json.loads(render_format("sarif", [result], Context(linter.rules)))["runs"][0]["results"]
    assert res, "the article should draw a finding"
    text = art.read_text("utf-8")
    for r in res:
        region = r["locations"][0]["physicalLocation"]["region"]
        assert offset(text, region["startLine"], region["startColumn"]) == region["charOffset"]
        assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] in text.splitlines()[2]
    sadly = next(r for r in res if r["locations"][0]["physicalLocation"]["region"]["charLength"] == 5)
    assert sadly["locations"][0]["physicalLocation"]["region"]["startColumn"] == text.splitlines()[2].index("sadly") + 1


def test_sarif_rules_carry_help_levels_and_tags(linter: Linter) -> None:
    log = json.loads(render_format("sarif", lint(linter, SEED), Context(linter.rules)))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in linter.rules]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for desc, rule in zip(rules, linter.rules):
        assert desc["name"] == rule.name
        assert desc["shortDescription"]["text"] == " ".join(rule.summary.split())
        assert desc["fullDescription"]["text"]
        assert desc["defaultConfiguration"] == {"enabled": rule.enabled, "level": levels[rule.severity]}
        assert desc["properties"]["tags"] == [rule.family]
        assert "How to fix: " in desc["help"]["text"]
        assert " ".join(rule.fix.split()) in desc["help"]["text"]
    assert {r["defaultConfiguration"]["level"] for r in rules} == {"error", "warning", "note"}


def test_sarif_fingerprints_survive_a_new_paragraph(linter: Linter, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    art = Path("article.txt")
    original = SEED.read_text("utf-8")
    art.write_text(original, "utf-8")
    before = json.loads(render_format("sarif", lint(linter, art), Context(linter.rules)))["runs"][0]["results"]
    art.write_text(with_paragraph_after_headline(original), "utf-8")
    after = json.loads(render_format("sarif", lint(linter, art), Context(linter.rules)))["runs"][0]["results"]

    def keyed(results: list[dict]) -> dict[str, dict]:
        return {r["partialFingerprints"]["newslint/v1"]: r for r in results}

    old, new = keyed(before), keyed(after)
    assert len(old) == len(before) == len(new) == len(after) == 50  # distinct, even the repeats
    assert set(old) == set(new)
    moved = 0
    for fp, r in old.items():
        a = r["locations"][0]["physicalLocation"]
        b = new[fp]["locations"][0]["physicalLocation"]
        assert b["artifactLocation"]["uri"] == "article.txt" and r["ruleId"] == new[fp]["ruleId"]
        moved += b["region"]["startLine"] == a["region"]["startLine"] + 2
    assert moved >= 45  # all but the headline's findings moved down, same identity


def test_sarif_paths_become_uri_references() -> None:
    results = [FileResult("news/café desk/a b.txt", [finding(path="news/café desk/a b.txt")]),
               FileResult("/srv/copy/x.txt", [finding(path="/srv/copy/x.txt")]),
               FileResult("news\\win.txt", []),
               FileResult("./news/dot.txt", [])]
    log = json.loads(render_format("sarif", results, Context()))
    assert jsonschema.Draft7Validator(SCHEMA).is_valid(log)
    artifacts = [a["location"] for a in log["runs"][0]["artifacts"]]
    assert artifacts == [
        {"uri": "news/caf%C3%A9%20desk/a%20b.txt", "uriBaseId": "%SRCROOT%"},
        {"uri": "file:///srv/copy/x.txt"},
        {"uri": "news/win.txt", "uriBaseId": "%SRCROOT%"},
        {"uri": "news/dot.txt", "uriBaseId": "%SRCROOT%"},
    ]
    assert all(URI_REFERENCE.fullmatch(a["uri"]) for a in artifacts)


def test_sarif_finding_of_an_unlisted_rule_gets_a_descriptor(linter: Linter) -> None:
    extra = finding(code="HOUSE001", name="house-style")
    results = lint(linter, SEED)
    results[0].findings.append(extra)
    log = json.loads(render_format("sarif", results, Context(linter.rules)))
    assert jsonschema.Draft7Validator(SCHEMA).is_valid(log)
    run = log["runs"][0]
    last = run["results"][-1]
    assert last["ruleId"] == "HOUSE001"
    assert run["tool"]["driver"]["rules"][last["ruleIndex"]] == {"id": "HOUSE001", "name": "house-style"}
    assert len(run["tool"]["driver"]["rules"]) == len(linter.rules) + 1


def test_sarif_fixes_only_for_safe_suggestions(linter: Linter) -> None:
    results = lint(linter, SEEDS / "slanted-transit.txt")
    text = (SEEDS / "slanted-transit.txt").read_text("utf-8")
    log = json.loads(render_format("sarif", results, Context(linter.rules)))
    by_result = list(zip(log["runs"][0]["results"], results[0].findings))
    fixable = [f for f in results[0].findings if f.suggestion and f.suggestion.fixable]
    unsafe = [f for f in results[0].findings if f.suggestion and not f.suggestion.fixable]
    assert fixable and unsafe
    for res, f in by_result:
        if f in fixable:
            (change,) = res["fixes"][0]["artifactChanges"]
            (rep,) = change["replacements"]
            deleted = rep["deletedRegion"]
            assert text[deleted["charOffset"]:deleted["charOffset"] + deleted["charLength"]] == f.text
            assert rep["insertedContent"]["text"] == f.suggestion.replacement
        else:
            assert "fixes" not in res


# --- GitHub annotations -----------------------------------------------------------

def test_github_one_annotation_per_finding(linter: Linter) -> None:
    results = lint(linter, *ARTICLES)
    lines = render_format("github", results, Context(linter.rules)).splitlines()
    findings = [f for r in results for f in r.findings]
    assert len(lines) == len(findings) > 0
    command = {"error": "error", "warning": "warning", "info": "notice"}
    pattern = re.compile(r"::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),"
                         r"endColumn=(\d+),title=([^,]*)::(.*)")
    for line, f in zip(lines, findings):
        m = pattern.fullmatch(line)
        assert m, line
        assert m.group(1) == command[f.severity]
        assert m.group(2) == f.path
        assert tuple(map(int, m.group(3, 4, 5, 6))) == (f.line, f.column, f.end_line, f.end_column)
        assert m.group(7) == github.escape_property(f"{f.code} ({f.name})")
    assert {m[2:m.index(" ")] for m in lines} == {"error", "warning", "notice"}


def test_github_escapes_data_and_properties() -> None:
    f = finding(path="desk,one/a:b.txt", name="odd,name: x", severity="info", line=2, column=3,
                end_line=2, end_column=9, message="100% sure, it said: yes\nthen\rno")
    line = render_format("github", [FileResult(f.path, [f])], Context())
    assert line == ("::notice file=desk%2Cone/a%3Ab.txt,line=2,col=3,endLine=2,endColumn=9,"
                    "title=LOAD001 (odd%2Cname%3A x)::100%25 sure, it said: yes%0Athen%0Dno\n")


def test_ci_paths_drop_leading_dot_slash(linter: Linter, monkeypatch) -> None:
    # Walking "." gives "./seeds/..."; GitHub and GitLab match paths without the "./".
    monkeypatch.chdir(ROOT)
    results = lint(linter, "./seeds/zelensky-toll.txt")
    assert results[0].path.startswith("./")
    assert all(" file=seeds/zelensky-toll.txt," in line for line in render_format("github", results, Context()).splitlines())
    assert {i["location"]["path"] for i in json.loads(render_format("gitlab", results, Context()))} == {"seeds/zelensky-toll.txt"}
    assert json.loads(render_format("sarif", results, Context()))["runs"][0]["artifacts"][0]["location"]["uri"] == "seeds/zelensky-toll.txt"


# --- JUnit ------------------------------------------------------------------------

def test_junit_parses_and_counts(linter: Linter) -> None:
    results = lint(linter, *ARTICLES)
    root = ET.fromstring(render_format("junit", results, Context(linter.rules)).encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.path for r in results]
    total = failures = 0
    for suite, result in zip(suites, results):
        cases = suite.findall("testcase")
        fails = suite.findall("testcase/failure")
        assert len(fails) == len(result.findings) == int(suite.get("failures"))
        assert len(cases) == int(suite.get("tests")) == max(len(result.findings), 1)
        assert suite.get("errors") == "0"
        for case, f in zip(cases, result.findings):
            assert case.get("classname") == f.path and case.get("name") == f"{f.code} {f.line}:{f.column}"
            failure = case.find("failure")
            assert failure.get("type") == f.code and failure.get("message") == f.message
            assert f.text.split("\n")[0] in failure.text and f"{f.line}:{f.column}" in failure.text
        total += len(cases)
        failures += len(fails)
    neutral = suites[-1]
    assert neutral.get("failures") == "0" and neutral.find("testcase/failure") is None
    assert (int(root.get("tests")), int(root.get("failures"))) == (total, failures)


def test_junit_survives_control_characters() -> None:
    f = finding(message="bell\x07 and\x1b[31m escape", text="x\x0by\x00z", suggestion=Suggestion("\x0c", False))
    xml = render_format("junit", [FileResult("a\x01.txt", [f])], Context())
    root = ET.fromstring(xml.encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == "bell\ufffd and\ufffd[31m escape"
    assert "x\ufffdy\ufffdz" in failure.text
    assert root.find("testsuite").get("name") == "a\ufffd.txt"


# --- GitLab code quality ----------------------------------------------------------

def test_gitlab_report(linter: Linter) -> None:
    results = lint(linter, *ARTICLES)
    issues = json.loads(render_format("gitlab", results, Context(linter.rules)))
    findings = [f for r in results for f in r.findings]
    assert len(issues) == len(findings)
    fps = [i["fingerprint"] for i in issues]
    assert len(set(fps)) == len(fps)
    # The seed repeats a caption and a "Featured image" line: same words, same sentence.
    assert len({f.fingerprint for f in findings}) < len(findings)
    assert sum(fp == f.fingerprint for fp, f in zip(fps, findings)) == len({f.fingerprint for f in findings})
    mapping = {"info": "info", "warning": "minor", "error": "major"}
    for issue, f in zip(issues, findings):
        assert issue["severity"] == mapping[f.severity]
        assert issue["check_name"] == f.code and issue["description"] == f"{f.code}: {f.message}"
        assert issue["location"] == {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}}
    assert {i["severity"] for i in issues} == {"info", "minor", "major"}


def test_gitlab_fingerprints_stable_across_edits(linter: Linter, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    art = Path("article.txt")
    original = SEED.read_text("utf-8")
    art.write_text(original, "utf-8")
    before = json.loads(render_format("gitlab", lint(linter, art), Context(linter.rules)))
    art.write_text(with_paragraph_after_headline(original), "utf-8")
    after = json.loads(render_format("gitlab", lint(linter, art), Context(linter.rules)))
    assert sorted(i["fingerprint"] for i in before) == sorted(i["fingerprint"] for i in after)
    lines = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in before}
    assert sum(i["location"]["lines"]["begin"] == lines[i["fingerprint"]] + 2 for i in after) >= 45


def test_unique_fingerprints_are_deterministic() -> None:
    same = [finding(start=i, end=i + 1) for i in range(3)]
    fps = unique_fingerprints(same)
    assert fps[0] == same[0].fingerprint and len(set(fps)) == 3
    assert fps == unique_fingerprints(same)


# --- through the command line -----------------------------------------------------

def run(*args: str):
    return CliRunner().invoke(main, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)


def test_cli_machine_formats(tmp_path: Path) -> None:
    seed = str(SEED)
    count = len(json.loads(run("check", "--format", "json", seed).output)["files"][0]["findings"])

    r = run("check", "--format", "sarif", seed)
    assert r.exit_code == 1
    log = json.loads(r.output)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    assert len(log["runs"][0]["results"]) == count

    out = tmp_path / "report.sarif"
    r = run("check", "--format", "sarif", "--output-file", str(out), seed)
    assert r.exit_code == 1 and r.output == ""
    assert json.loads(out.read_text("utf-8")) == log

    r = run("check", "--format", "github", seed)
    assert len(r.output.splitlines()) == count and r.output.startswith("::")

    r = run("check", "--format", "junit", seed, str(SEEDS / "wire-neutral.txt"))
    root = ET.fromstring(r.output.encode("utf-8"))
    # Failures are the findings at or above --fail-on (error by default), the rest are skipped.
    errors = sum(f["severity"] == "error" for f in json.loads(run("check", "--format", "json", seed).output)
                 ["files"][0]["findings"])
    assert int(root.get("failures")) == errors and int(root.get("tests")) == count + 1
    assert int(root.get("skipped")) == count - errors

    r = run("check", "--format", "gitlab", seed)
    issues = json.loads(r.output)
    assert len(issues) == count == len({i["fingerprint"] for i in issues})
