"""The command line's conventions (those of ruff and Vale) and the defects of issue 15:
statistics in every format, JUnit and --fail-on, what a walk lints, unknown extensions,
quiet clean runs, baselines that survive an edit, and fixes that read well."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from linter.app.cli import main

from conftest import SEEDS

NEWS = ("Council votes on budget\n\n"
        "The council's shameful handling of the budget left families waiting. The launch of the new "
        "fares was a fiasco from the first morning.\n\n"
        "Officials said the new budget would be published in March.\n")
COLUMN = ("A column on the budget\n\n"
          "The council's shameful handling of the budget left families waiting, and I say so plainly.\n")
CLEAN = "Council publishes budget\n\nThe council published its budget on Tuesday, officials said.\n"


def run(*args: object, input: bytes | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env={"NO_COLOR": "1"},
                              catch_exceptions=False)


def _desk(tmp_path: Path) -> Path:
    """Two news articles' worth of warnings and a column whose LOAD001 is info."""
    (tmp_path / "news.txt").write_text(NEWS, "utf-8")
    (tmp_path / "column.txt").write_text(COLUMN, "utf-8")
    (tmp_path / "newslint.toml").write_text('[per-file-genre]\n"column.txt" = "opinion"\n', "utf-8")
    return tmp_path


# --- statistics ---------------------------------------------------------------------------------


def test_statistics_counts_each_severity_of_a_rule(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    r = run("check", "--statistics", "--select", "LOAD001", "--no-profile", "news.txt", "column.txt")
    row = next(line for line in r.output.splitlines() if "LOAD001" in line and "emotive-wording" in line)
    assert row.split()[0] == "3" and "[2 warning, 1 info]" in row


def test_statistics_in_json_sarif_and_junit(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    args = ("--statistics", "--select", "LOAD001", "news.txt", "column.txt")
    data = json.loads(run("check", "--format", "json", *args).stdout)
    assert data["statistics"] == [{"code": "LOAD001", "name": "emotive-wording", "count": 3,
                                   "severities": {"warning": 2, "info": 1}}]
    # Without the flag the contract is as it was.
    assert "statistics" not in json.loads(run("check", "--format", "json", *args[1:]).stdout)
    sarif = json.loads(run("check", "--format", "sarif", *args).stdout)
    assert sarif["runs"][0]["properties"]["statistics"] == data["statistics"]
    root = ET.fromstring(run("check", "--format", "junit", *args).output.encode("utf-8"))
    props = {p.get("name"): p.get("value") for p in root.iter("property")}
    assert props["statistics.LOAD001"] == "3 (2 warning, 1 info)"
    lines = run("check", "--format", "github", *args).stdout.splitlines()
    group = lines[lines.index("::group::newslint statistics") + 1:lines.index("::endgroup::")]
    assert len(group) == 1 and "[2 warning, 1 info]" in group[0]
    assert "::group::" not in run("check", "--format", "github", *args[1:]).stdout


# --- JUnit and --fail-on ------------------------------------------------------------------------


def test_junit_failures_are_the_findings_that_fail_the_run(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    r = run("check", "--format", "junit", "--fail-on", "error", "news.txt")
    assert r.exit_code == 0
    root = ET.fromstring(r.output.encode("utf-8"))
    assert root.get("failures") == "0" and int(root.get("skipped")) == int(root.get("tests")) >= 2
    assert not list(root.iter("failure")) and len(list(root.iter("skipped"))) == int(root.get("tests"))
    r = run("check", "--format", "junit", "--fail-on", "warning", "news.txt", "column.txt")
    assert r.exit_code == 1
    root = ET.fromstring(r.output.encode("utf-8"))
    failed = [c.find("failure").get("type") for c in root.iter("testcase") if c.find("failure") is not None]
    assert failed and root.get("failures") == str(len(failed))
    skipped = [c for c in root.iter("testcase") if c.find("skipped") is not None]
    assert len(skipped) == int(root.get("skipped")) >= 1  # the column's info finding
    # --exit-zero (fail-on never): nothing fails.
    root = ET.fromstring(run("check", "--format", "junit", "--exit-zero", "news.txt").output.encode("utf-8"))
    assert root.get("failures") == "0"


# --- what a run lints ---------------------------------------------------------------------------


def test_missing_file_prints_nothing_on_stdout(tmp_path: Path) -> None:
    for fmt in ("text", "json", "junit"):
        r = run("check", "--format", fmt, tmp_path / "nope.txt")
        assert r.exit_code == 2 and r.stdout == "" and "no such file" in r.stderr


def test_unknown_extension_is_an_input_error_unless_mapped(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.docx").write_text(NEWS, "utf-8")
    r = run("check", "a.docx")
    assert r.exit_code == 2 and r.stdout == ""
    assert "a.docx: unknown file type '.docx'" in r.stderr and ".txt" in r.stderr
    r = run("check", "--stdin-filename", "notes.docx", "-", input=NEWS.encode())
    assert r.exit_code == 2 and "notes.docx: unknown file type '.docx'" in r.stderr
    # A config maps an extension to a format: named, walked and from standard input alike.
    (tmp_path / "a.story").write_text(NEWS, "utf-8")
    (tmp_path / "newslint.toml").write_text('[extensions]\n".story" = "txt"\n', "utf-8")
    assert "shameful" in run("check", "--format", "concise", "a.story").output
    walked = run("check", "--show-files", ".").output.split()
    assert walked == ["./a.story"]
    assert run("check", "--stdin-filename", "x.story", "-", input=NEWS.encode()).exit_code == 0
    (tmp_path / "newslint.toml").write_text('[extensions]\n".story" = "docx"\n', "utf-8")
    r = run("check", "a.story")
    assert r.exit_code == 2 and "docx" in r.stderr and "one of" in r.stderr


def test_walk_skips_project_files_and_dot_folders_by_default(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("README.md", "CHANGELOG.md", "LICENSE.txt", "CONTRIBUTING.md", "readme.txt",
                 "desk/story.md", ".drafts/old.txt", "desk/.cache/x.txt", "security/breach.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(NEWS, "utf-8")
    # A section folder named like a document ("security") is walked: the names are files'.
    assert run("check", "--show-files", ".").output.split() == ["./desk/story.md", "./security/breach.md"]
    # Named, a README is linted like any file; the defaults can be turned off.
    assert "README.md" in run("check", "--format", "concise", "README.md").output
    (tmp_path / "newslint.toml").write_text("default-exclude = []\n", "utf-8")
    shown = run("check", "--show-files", ".").output.split()
    assert "./README.md" in shown and "./.drafts/old.txt" in shown and len(shown) == 9


def test_show_files_lists_without_linting(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    r = run("check", "--show-files")
    assert r.exit_code == 0 and r.output.split() == ["./column.txt", "./news.txt"]
    r = run("check", "--show-files", "--exclude", "column.txt", ".")
    assert r.output.split() == ["./news.txt"]


def test_clean_run_with_a_baseline_is_one_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    assert run("check", "--write-baseline", "bl.json", "news.txt", "clean.txt").exit_code == 0
    r = run("check", "--baseline", "bl.json", "news.txt", "clean.txt")
    assert r.exit_code == 0
    assert r.output.strip().splitlines() == [r.output.strip()]
    assert r.output.startswith("No findings in 2 files.") and "hidden by the baseline" in r.output
    # Files with findings keep their profile.
    assert "Sourcing profile: news.txt" in run("check", "news.txt").output


# --- baselines that survive an edit -------------------------------------------------------------

STORY = ("Budget\n\nThe council's shameful handling of the budget left families waiting for "
         "months after the vote in March.\n\nOfficials said on Tuesday that the "
         "budget would be published soon.\n")


def test_baseline_survives_an_edit_elsewhere_in_the_sentence(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "story.txt"
    art.write_text(STORY, "utf-8")
    assert "'shameful'" in run("check", art).output
    assert run("check", "--write-baseline", "bl.json", art).exit_code == 0
    art.write_text(STORY.replace("after the vote in March", "after the vote in April"), "utf-8")
    r = run("check", "--baseline", "bl.json", art)
    assert r.output.startswith("No findings") and "stale" not in r.stderr
    # A word next to the flagged one changes: the neighbourhood still matches.
    art.write_text(STORY.replace("council's shameful handling", "council's shameful management"), "utf-8")
    r = run("check", "--baseline", "bl.json", art)
    assert r.output.startswith("No findings") and "stale" not in r.stderr
    # The flagged words themselves change: a new finding, and the entry is stale.
    art.write_text(STORY.replace("shameful", "appalling"), "utf-8")
    r = run("check", "--format", "concise", "--baseline", "bl.json", art)
    assert "'appalling'" in r.output and "stale baseline entry" in r.stderr and "'shameful'" in r.stderr


def test_baseline_keeps_two_reviewed_occurrences_apart(tmp_path: Path, monkeypatch) -> None:
    """One reviewed 'shameful' does not hide a second one added in another sentence."""
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "story.txt"
    art.write_text(STORY, "utf-8")
    run("check", "--write-baseline", "bl.json", art)
    art.write_text(STORY + "\nThe shameful delay cost the city its bond rating.\n", "utf-8")
    r = run("check", "--format", "json", "--baseline", "bl.json", art)
    found = json.loads(r.stdout)["files"][0]["findings"]
    assert [f["line"] for f in found if f["text"] == "shameful"] == [7] and "stale" not in r.stderr


def test_version_1_baselines_are_still_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "story.txt"
    art.write_text(STORY, "utf-8")
    found = json.loads(run("check", "--format", "json", "story.txt").stdout)["files"][0]["findings"]
    assert found
    old = {"version": 1, "tool": "newslint", "findings": [
        {"fingerprint": f["fingerprint"], "path": "story.txt", "code": f["code"], "text": f["text"],
         "line": f["line"]} for f in found]}
    (tmp_path / "old.json").write_text(json.dumps(old), "utf-8")
    r = run("check", "--baseline", "old.json", "story.txt")
    assert r.exit_code == 0 and r.output.startswith("No findings") and "stale" not in r.stderr
    art.write_text(STORY.replace("in March", "in April"), "utf-8")  # exact entries: the edit shows them
    r = run("check", "--baseline", "old.json", "story.txt")
    assert "'shameful'" in r.stdout and "version 1 baseline matches only unchanged sentences" in r.stderr
    (tmp_path / "future.json").write_text(json.dumps({**old, "version": 9}), "utf-8")
    r = run("check", "--baseline", "future.json", "story.txt")
    assert r.exit_code == 2 and "unsupported baseline version 9" in r.stderr and "--write-baseline" in r.stderr


# --- options users bring from ruff and Vale -----------------------------------------------------


def test_rules_as_json() -> None:
    r = run("rules", "--format", "json")
    rules = json.loads(r.stdout)
    load = next(x for x in rules if x["code"] == "LOAD001")
    assert load["name"] == "emotive-wording" and load["severity"] == "warning" and load["enabled"] is True
    assert set(load) >= {"code", "name", "family", "severity", "enabled", "summary", "fixable"}
    assert len(rules) == len(run("rules").output.strip().splitlines()) - 1


def test_quiet_prints_findings_and_summary_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    r = run("check", "--quiet", "news.txt", "clean.txt")
    assert r.exit_code == 0 and "Sourcing profile" not in r.output and "shameful" in r.output
    assert r.output.rstrip().splitlines()[-1].startswith("Found ")
    assert run("check", "-q", "clean.txt").output == "No findings in 1 file.\n"


def test_min_severity_hides_output_but_not_the_exit_status(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    r = run("check", "--format", "json", "--min-severity", "warning", "news.txt", "column.txt")
    found = [f for file in json.loads(r.stdout)["files"] for f in file["findings"]]
    assert found and {f["severity"] for f in found} == {"warning"}
    r = run("check", "--min-severity", "error", "--fail-on", "warning", "--no-profile", "news.txt")
    assert r.exit_code == 1 and "shameful" not in r.output
    r = run("check", "--min-severity", "info", "--format", "concise", "column.txt")
    assert "[info]" in r.output
    # A config sets it for the run (Vale's MinAlertLevel); the command line wins.
    (tmp_path / "newslint.toml").write_text('min-severity = "warning"\n[per-file-genre]\n"column.txt" = "opinion"\n',
                                            "utf-8")
    assert "[info]" not in run("check", "--format", "concise", "column.txt").output
    assert "[info]" in run("check", "--format", "concise", "--min-severity", "info", "column.txt").output


def test_exit_zero_and_output_format_alias(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_desk(tmp_path))
    assert run("check", "--fail-on", "warning", "news.txt").exit_code == 1
    assert run("check", "--fail-on", "warning", "--exit-zero", "news.txt").exit_code == 0
    a = run("check", "--output-format", "json", "news.txt").output
    assert json.loads(a) == json.loads(run("check", "--format", "json", "news.txt").stdout)


def test_completion_script() -> None:
    r = run("completion", "bash")
    assert r.exit_code == 0 and "_NEWSLINT_COMPLETE=bash_complete" in r.output
    assert "compdef" in run("completion", "zsh").output
    assert run("completion", "fish").exit_code == 0
    assert run("completion", "tcsh").exit_code == 2
    # The script's callback: what the shell gets for "newslint check --min-".
    r = CliRunner().invoke(main, [], prog_name="newslint", env={
        "_NEWSLINT_COMPLETE": "bash_complete", "COMP_WORDS": "newslint check --min-", "COMP_CWORD": "2"})
    assert r.output == "plain,--min-severity\n"


# --- fixes that read well -----------------------------------------------------------------------


def test_critics_slammed_fix_keeps_the_attribution(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Plan\n\nCritics slammed the plan as a waste of money. The senator slammed the "
                   "decision.\n\nSo-called experts never visited the site, officials said.\n", "utf-8")
    before = json.loads(run("check", "--format", "json", art).stdout)["files"][0]["findings"]
    run("check", "--fix", art)
    text = art.read_text("utf-8")
    assert "Critics criticised" not in text and "The senator criticised the decision." in text
    assert "\n\nExperts never visited the site" in text  # a deleted first word leaves a capital
    after = json.loads(run("check", "--format", "json", art).stdout)["files"][0]["findings"]
    assert {(f["code"], f["text"]) for f in after} <= {(f["code"], f["text"]) for f in before}


def test_seed_fix_adds_no_finding(tmp_path: Path, monkeypatch) -> None:
    """As a baseline sees it: after --fix, the findings recorded before hide every one left."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEEDS / "zelensky-toll.txt", "story.txt")
    run("check", "--write-baseline", "before.json", "story.txt")
    assert "fixed" in run("check", "--fix", "story.txt").stderr
    r = run("check", "--format", "json", "--baseline", "before.json", "story.txt")
    assert json.loads(r.stdout)["files"][0]["findings"] == []


def test_deleting_a_first_word_capitalises_in_markdown_and_html(tmp_path: Path) -> None:
    md, html = tmp_path / "a.md", tmp_path / "a.html"
    md.write_text("# Site visit\n\nSo-called experts never visited the site, officials said.\n", "utf-8")
    html.write_text("<h1>Site visit</h1><p>So-called experts never visited the site, officials said.</p>", "utf-8")
    run("check", "--fix", md, html)
    assert "\n\nExperts never visited" in md.read_text("utf-8")
    assert "<p>Experts never visited" in html.read_text("utf-8")
