"""The editorial workflow: suppression comments, baselines, fixes, many files, exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.app import run as runmod
from linter.app.cli import _show_progress, main
from linter import lint_text

from conftest import ROOT, SEEDS

SEED = SEEDS / "zelensky-toll.txt"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env={"NO_COLOR": "1"},
                              catch_exceptions=False)


def findings(*args: str) -> list[dict]:
    return json.loads(run("check", "--format", "json", *args).stdout)["files"][0]["findings"]


# --- suppression ------------------------------------------------------------------------------

PARA = ("The mayor claimed that the plan works. The staggering cost worried the deputy, "
        "who claimed that it saves money.")


def test_suppression_inside_a_paragraph_silences_exactly_the_enclosed_span() -> None:
    plain = lint_text(f"# Budget\n\n{PARA}\n", "md").findings
    claims = [f for f in plain if f.code == "ATTR003"]
    assert len(claims) == 2
    # Wrap only the first "claimed that ..." sentence for ATTR003.
    first_end = PARA.index(". ") + 1
    marked = ("<!-- newslint-disable ATTR003 -->" + PARA[:first_end] + "<!-- newslint-enable ATTR003 -->"
              + PARA[first_end:])
    res = lint_text(f"# Budget\n\n{marked}\n", "md")
    texts = {(f.code, f.context) for f in res.findings}
    assert ("ATTR003", "The mayor claimed that the plan works.") not in texts
    assert sum(f.code == "ATTR003" for f in res.findings) == 1  # the deputy's stays
    assert {f.code for f in res.findings} >= {"LOAD001"}  # other rules inside the range stay
    assert res.suppressed == 1
    # Positions still point into the original file, comments and all.
    src = f"# Budget\n\n{marked}\n"
    for f in res.findings:
        assert src[f.start:f.end] == f.text


def test_disable_all_and_disable_next_block_and_summary(tmp_path: Path) -> None:
    art = tmp_path / "a.md"
    art.write_text("# Budget\n\n<!-- newslint-disable-next LOAD -->\nThe staggering cost rose.\n\n"
                   "The staggering cost rose again.\n\n<!-- newslint-disable -->\nIronically, the "
                   "staggering cost fell.\n", "utf-8")
    out = json.loads(run("check", "--format", "json", art).stdout)
    found = out["files"][0]["findings"]
    assert [f["line"] for f in found if f["code"] == "LOAD001"] == [6]
    assert not [f for f in found if f["line"] >= 9]
    assert out["summary"]["suppressed"] == 3
    assert "3 suppressed by comments" in run("check", art).output


def test_unknown_code_in_a_directive_is_a_warning(tmp_path: Path) -> None:
    art = tmp_path / "a.html"
    art.write_text("<h1>Budget</h1><p>The mayor <!-- newslint-disable ATR003 -->claimed that it "
                   "works.<!-- newslint-enable --></p>", "utf-8")
    found = findings(art)
    lint = [f for f in found if f["code"] == "LINT001"]
    assert len(lint) == 1 and lint[0]["severity"] == "warning" and "ATR003" in lint[0]["message"]
    assert lint[0]["text"].startswith("<!-- newslint-disable ATR003")


def test_plain_text_has_no_directives() -> None:
    res = lint_text("The mayor <!-- newslint-disable --> claimed that it works.", "txt")
    assert any(f.code == "ATTR003" for f in res.findings) and res.suppressed == 0


# --- baseline ---------------------------------------------------------------------------------


def test_baseline_survives_a_paragraph_added_at_the_top(tmp_path: Path) -> None:
    art = tmp_path / "story.txt"
    shutil.copy(SEED, art)
    bl = tmp_path / "baseline.json"
    before = findings(art)
    r = run("check", "--write-baseline", bl, art)
    assert r.exit_code == 0 and f"wrote {len(before)} findings" in r.stderr
    headline, rest = art.read_text("utf-8").split("\n", 1)
    art.write_text(headline + "\n\nThe council met on Monday to discuss the bridge, officials said.\n" + rest, "utf-8")
    r = run("check", "--baseline", bl, art)
    assert r.exit_code == 0 and "No findings" in r.output and f"{len(before)} hidden by the baseline" in r.output
    # A new problem still shows; an entry whose finding was edited away is reported stale.
    text = art.read_text("utf-8").replace("already staggering toll", "toll")
    art.write_text(text + "\nCritics argue that the talks are a sham.\n", "utf-8")
    r = run("check", "--format", "json", "--baseline", bl, art)
    new = json.loads(r.stdout)["files"][0]["findings"]
    assert {f["text"] for f in new} >= {"Critics argue"}
    assert "staggering" not in {f["text"] for f in new}
    assert "stale baseline entr" in r.stderr and "'staggering'" in r.stderr


def test_baseline_from_config_and_bad_baseline(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the baseline is run-level: the current directory's config's
    art = tmp_path / "story.txt"
    shutil.copy(SEED, art)
    run("check", "--write-baseline", tmp_path / "reviewed.json", art)
    (tmp_path / "newslint.toml").write_text('baseline = "reviewed.json"\n', "utf-8")
    assert run("check", art).exit_code == 0
    (tmp_path / "reviewed.json").write_text("{not json", "utf-8")
    r = run("check", art)
    assert r.exit_code == 2 and "malformed baseline" in r.stderr and "Traceback" not in r.output


# --- fixes ------------------------------------------------------------------------------------


def test_diff_touches_nothing_and_fix_changes_only_what_the_diff_showed(tmp_path: Path) -> None:
    art = tmp_path / "story.txt"
    shutil.copy(SEED, art)
    original = art.read_bytes()
    d = run("check", "--diff", art)
    assert d.exit_code == 1 and d.stdout.startswith(f"--- a/{art}")
    assert art.read_bytes() == original
    removed = [l[1:] for l in d.stdout.splitlines() if l.startswith("-") and not l.startswith("---")]
    added = [l[1:] for l in d.stdout.splitlines() if l.startswith("+") and not l.startswith("+++")]
    assert removed and len(removed) == len(added)
    r = run("check", "--fix", art)
    assert "fixed" in r.stderr
    after = art.read_text("utf-8").split("\n")
    before = original.decode("utf-8").split("\n")
    changed = [(b, a) for b, a in zip(before, after) if b != a]
    assert [b for b, _ in changed] == removed and [a for _, a in changed] == added
    assert len(before) == len(after)
    # What remains is reported from the fixed file; a second --diff has nothing to do.
    assert "claiming that" not in art.read_text("utf-8")
    assert run("check", "--diff", art).exit_code == 0


def test_fix_keeps_crlf_bom_and_quotes(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    body = ("Budget row\r\n\r\nThe mayor claimed that it works. The so-called reform began in May.\r\n\r\n"
            "“They claimed that we lied,” the deputy said.\r\n")
    art.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    run("check", "--fix", art)
    data = art.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert text == body.replace("mayor claimed", "mayor said").replace("The so-called reform", "The reform")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")


def test_unfixable_findings_stay_reported(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Budget\n\nCritics argue that the mayor claimed that it works.\n", "utf-8")
    r = run("check", "--format", "json", "--fix", art)
    codes = {f["code"] for f in json.loads(r.stdout)["files"][0]["findings"]}
    assert "ATTR001" in codes and "ATTR003" not in codes
    assert "the mayor said that" in art.read_text("utf-8")


# --- many files -------------------------------------------------------------------------------


def test_jobs_give_the_serial_order(tmp_path: Path) -> None:
    for i in range(6):
        for seed in ("zelensky-toll.txt", "storm-recovery.md", "harbour-fire.html"):
            shutil.copy(SEEDS / seed, tmp_path / f"{i:02d}-{seed}")
    serial = run("check", "--format", "json", "--jobs", "1", tmp_path)
    parallel = run("check", "--format", "json", "--jobs", "2", tmp_path)
    assert serial.output == parallel.output and serial.exit_code == parallel.exit_code == 1
    paths = [f["path"] for f in json.loads(serial.output)["files"]]
    assert paths == sorted(paths) and len(paths) == 18


def test_progress_only_on_a_terminal(monkeypatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.stderr", Tty())
    monkeypatch.setattr("sys.stdout", Tty())
    assert _show_progress(None)
    monkeypatch.setenv("CI", "true")
    assert not _show_progress(None)
    monkeypatch.delenv("CI")
    monkeypatch.setattr("sys.stdout", object.__new__(type("Pipe", (), {"isatty": lambda self: False})))
    assert not _show_progress(None) and _show_progress(Path("report.json"))


def test_few_files_stay_in_one_process() -> None:
    assert runmod.MIN_FILES_PER_PROCESS > 1


# --- exit statuses ----------------------------------------------------------------------------

ONE_OF_EACH = ("Budget\n\nIronically, the council met. The minister boasted that turnout was high.\n\n"
               "Mayor John Smith, accused of taking bribes, resigned on Friday.\n")


@pytest.mark.parametrize("fail_on,expected", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_exit_status_by_fail_on(tmp_path: Path, fail_on: str, expected: int) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ONE_OF_EACH, "utf-8")
    assert {f["severity"] for f in findings(art)} == {"info", "warning", "error"}
    assert run("check", "--fail-on", fail_on, art).exit_code == expected


@pytest.mark.parametrize("fail_on,expected", [("error", 0), ("warning", 0), ("info", 1), ("never", 0)])
def test_exit_status_with_info_only(tmp_path: Path, fail_on: str, expected: int) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Budget\n\nThe minister boasted that turnout was high.\n", "utf-8")
    assert {f["severity"] for f in findings(art)} == {"info"}
    assert run("check", "--fail-on", fail_on, art).exit_code == expected


def test_three_hundred_findings_do_not_wrap(tmp_path: Path) -> None:
    art = tmp_path / "long.txt"
    art.write_text("Budget\n\n" + "\n\n".join(f"Ironically, item {i} was late." for i in range(300)) + "\n", "utf-8")
    out = json.loads(run("check", "--format", "json", "--select", "OPIN002", "--fail-on", "warning", art).output)
    assert out["summary"]["findings"] == 300
    assert run("check", "--select", "OPIN002", "--fail-on", "warning", art).exit_code == 1
    assert run("check", "--select", "OPIN002", "--fail-on", "error", art).exit_code == 0


def test_missing_file_and_empty_directory_are_2(tmp_path: Path) -> None:
    assert run("check", tmp_path / "nope.txt").exit_code == 2
    (tmp_path / "empty").mkdir()
    assert run("check", tmp_path / "empty").exit_code == 2
    # A missing file among good ones still lints the others, and still exits 2.
    r = run("check", "--format", "json", SEED, tmp_path / "nope.txt")
    assert r.exit_code == 2 and json.loads(r.stdout)["summary"]["files"] == 1


@pytest.mark.parametrize("fmt", ["text", "json", "concise"])
def test_output_file_keeps_the_exit_status(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    r = run("check", "--format", fmt, "--output-file", out, SEED)
    assert r.exit_code == 1 and r.output == ""
    assert out.read_text("utf-8") == run("check", "--format", fmt, "--color", "never", SEED).output
    clean = tmp_path / "clean.txt"
    clean.write_text("Budget\n\nThe council met on Monday.\n", "utf-8")
    assert run("check", "--output-file", out, clean).exit_code == 0
    assert run("check", "--output-file", tmp_path / "no" / "dir" / "r.txt", SEED).exit_code == 2


def test_house_rules_listed_beside_builtins(tmp_path: Path) -> None:
    shutil.copy(ROOT / "examples" / "house-style" / "house.toml", tmp_path / "house.toml")
    cfg = tmp_path / "newslint.toml"
    cfg.write_text('packs = ["house.toml"]\n[severity]\nHG101 = "error"\n', "utf-8")
    rows = {line.split()[0]: line.split() for line in run("rules", "--config", cfg).output.splitlines()[1:]}
    assert rows["HG101"][3] == "error" and rows["HG201"][3] == "error" and "ATTR003" in rows


def test_walking_skips_json_that_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text('{"name": "site", "version": "1.0.0"}', "utf-8")
    shutil.copy(SEEDS / "wire-neutral.txt", tmp_path / "story.txt")
    out = json.loads(run("check", "--format", "json", tmp_path).stdout)
    assert [Path(f["path"]).name for f in out["files"]] == ["story.txt"]
    named = run("check", tmp_path / "package.json")
    assert named.exit_code == 2 and "no body field" in named.stderr
    (tmp_path / "story.txt").unlink()
    assert run("check", tmp_path).exit_code == 2


def test_passive_accused_has_the_subject_as_target() -> None:
    res = lint_text("Budget\n\nMayor Ana Ruiz, accused of taking bribes, resigned on Friday. The council met.", "txt")
    assert [f.message for f in res.findings if f.code == "BAL001"] == [
        "Allegations against Ruiz with no response: report their reply or that one was sought"]


def test_fix_follows_a_symlink_to_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("Headline\n\nThe minister claimed that the plan works.\n", "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    r = run("check", "--fix", link)
    assert link.is_symlink() and "said that" in target.read_text("utf-8")
    assert "through the link" in r.stderr
    assert not list(tmp_path.glob(".*.newslint"))


def test_fix_refuses_a_read_only_file(tmp_path: Path) -> None:
    art = tmp_path / "ro.txt"
    art.write_text("Headline\n\nThe minister claimed that the plan works.\n", "utf-8")
    art.chmod(0o444)
    r = run("check", "--fix", art)
    assert r.exit_code == 2 and "cannot write fixes (the file is read-only)" in r.stderr
    assert "claimed" in art.read_text("utf-8") and not list(tmp_path.glob(".*.newslint"))


def test_fix_refuses_a_read_only_file_even_for_root(tmp_path: Path, monkeypatch) -> None:
    """The write-permission check does not depend on who runs it (root can write a 0444 file)."""
    art = tmp_path / "ro.txt"
    art.write_text("Headline\n\nThe minister claimed that the plan works.\n", "utf-8")
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    r = run("check", "--fix", art)
    assert r.exit_code == 2 and "read-only" in r.stderr and "claimed" in art.read_text("utf-8")


def test_fix_on_standard_input_writes_the_fixed_text_to_standard_output() -> None:
    r = CliRunner().invoke(main, ["check", "--fix", "--stdin-filename", "story.txt", "-"],
                           input="Headline\n\nThe minister claimed that the plan works.\n")
    assert r.stdout == "Headline\n\nThe minister said that the plan works.\n"
    assert "ATTR003" not in r.stderr.split("Sourcing profile")[0]  # the report is of the fixed text


def test_interrupted_fix_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    from linter.lint import fixes

    art = tmp_path / "a.txt"
    art.write_text("Headline\n\nThe minister claimed that the plan works.\n", "utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(fixes.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fixes.write_atomic(art, "changed")
    assert not list(tmp_path.glob(".*.newslint")) and "claimed" in art.read_text("utf-8")


def test_sigterm_during_a_fix_leaves_no_temporary_file(tmp_path: Path) -> None:
    """A real process, SIGTERM while the temporary file is open: it is removed."""
    art = tmp_path / "a.txt"
    art.write_text("x", "utf-8")
    code = f"""
import os, signal, time
from pathlib import Path
from linter.lint import fixes
real_fsync = os.fsync
def slow(fd):
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
fixes.os.fsync = slow
fixes.write_atomic(Path({str(art)!r}), "changed")
"""
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.returncode == 128 + 15, p.stderr
    assert not list(tmp_path.glob(".*.newslint")) and art.read_text("utf-8") == "x"


def test_a_bad_file_in_a_task_of_several_stops_only_itself(tmp_path: Path) -> None:
    for i in range(40):
        shutil.copy(SEEDS / "zelensky-toll.txt", tmp_path / f"{i:02d}.txt")
    (tmp_path / "17.txt").write_bytes(b"\xff\xfe\x00bad")
    serial = run("check", "--format", "json", "--jobs", "1", tmp_path)
    parallel = run("check", "--format", "json", "--jobs", "2", tmp_path)
    assert serial.output == parallel.output and serial.exit_code == parallel.exit_code == 2
    assert parallel.output.count("17.txt") == 1 and parallel.output.count('"path":') == 39


def test_tasks_keep_order_and_standard_input_alone() -> None:
    from linter.app.run import plan

    jobs = [(name, Path("."), "txt", True) for name in ("a", "b", "-", "c", "d", "e")]
    tasks = plan(jobs, [runmod.TASK_BYTES // 2] * 6, 2)
    assert [j[0] for t in tasks for j in t] == ["a", "b", "-", "c", "d", "e"]
    assert ["-"] in [[j[0] for j in t] for t in tasks] and all(len(t) == 1 for t in tasks if ("-" in t[0]))


def test_tasks_shrink_to_single_files_at_the_end() -> None:
    from linter.app.run import plan

    jobs = [(f"{k:04d}.txt", Path("."), "txt", False) for k in range(2000)]
    tasks = plan(jobs, [2000] * 2000, 2)
    assert [j for t in tasks for j in t] == jobs
    assert max(len(t) for t in tasks) == runmod.TASK_BYTES // 2000
    assert all(len(t) == 1 for t in tasks[-5:])
    assert [len(t) for t in tasks] == sorted((len(t) for t in tasks), reverse=True)
    assert len(plan(jobs, [0] * 2000, 2)[0]) == runmod.TASK_FILES  # sizes unknown: at most TASK_FILES
