"""The command line: formats, selection, exit statuses and clear input errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter import __version__
from linter.app.cli import main

from conftest import SEEDS

SEED = str(SEEDS / "zelensky-toll.txt")


def run(*args: str, input: bytes | None = None, env: dict | None = None):
    runner = CliRunner()
    return runner.invoke(main, list(args), input=input, env=env or {"NO_COLOR": "1"}, catch_exceptions=False)


def test_seed_default_output_and_exit_1() -> None:
    r = run("check", SEED)
    assert r.exit_code == 1
    first = r.output.splitlines()[0]
    assert first.startswith(f"{SEED}:") and "[" in first
    assert " | " in r.output and "^" in r.output
    assert r.output.rstrip().splitlines()[-1].startswith("Found ")
    # Long source lines are cut around the span, carets never longer than the excerpt.
    excerpts = [l for l in r.output.splitlines() if " | " in l]
    assert excerpts and all(len(l) <= 112 for l in excerpts)


def test_concise_is_one_line_per_finding() -> None:
    with_profile = run("check", "--format", "concise", SEED).output.strip().splitlines()
    assert with_profile[-2].startswith(f"{SEED}: profile: sources ")
    r = run("check", "--format", "concise", "--no-profile", SEED)
    lines = r.output.strip().splitlines()
    data = json.loads(run("check", "--format", "json", SEED).output)
    # One line per finding shown: findings on the same words share the primary's line.
    assert len(lines) == sum(f["primary"] for f in data["files"][0]["findings"]) + 1
    f = data["files"][0]["findings"][0]
    assert lines[0] == f"{SEED}:{f['line']}:{f['column']}: {f['code']} [{f['severity']}] {f['message']}"


def test_json_contract() -> None:
    data = json.loads(run("check", "--format", "json", SEED).output)
    assert data["version"] == 1 and set(data) == {"version", "files", "summary"}
    file = data["files"][0]
    text = Path(SEED).read_text("utf-8")
    keys = {"code", "name", "severity", "message", "line", "column", "end_line", "end_column",
            "start", "end", "text", "suggestion", "fingerprint", "scope", "primary", "related"}
    order = [(f["start"], f["code"]) for f in file["findings"]]
    assert order == sorted(order)
    for f in file["findings"]:
        assert set(f) == keys
        assert text[f["start"]:f["end"]] == f["text"]
        lines = text.split("\n")
        assert lines[f["line"] - 1][f["column"] - 1:].startswith(f["text"].split("\n")[0])
        assert f["severity"] in ("error", "warning", "info")
        assert f["suggestion"] is None or set(f["suggestion"]) == {"replacement", "fixable"}
        assert f["scope"] in ("span", "article") and isinstance(f["primary"], bool)
        assert not f["related"] or f["scope"] == "span"
    # Findings on the same words: each keeps its entry; one primary per group.
    admission = [f for f in file["findings"] if f["text"] == "admission"]
    assert sorted(f["code"] for f in admission) == ["ATTR003", "BAL001", "PRESUP002"]
    assert [f["code"] for f in admission if f["primary"]] == ["PRESUP002"]
    assert {f["code"]: f["related"] for f in admission}["PRESUP002"] == ["ATTR003", "BAL001"]
    s = data["summary"]
    assert s["findings"] == len(file["findings"]) == s["error"] + s["warning"] + s["info"]


def test_statistics() -> None:
    r = run("check", "--statistics", SEED)
    assert "STRUCT001" in r.output and "cms-residue" in r.output


def test_select_ignore_extend_select_by_prefix_and_code() -> None:
    only = json.loads(run("check", "--format", "json", "--select", "STRUCT", SEED).output)
    assert {f["code"] for f in only["files"][0]["findings"]} == {"STRUCT001"}
    none = json.loads(run("check", "--format", "json", "--ignore", "STRUCT001,DUP", SEED).output)
    assert not {"STRUCT001", "DUP001"} & {f["code"] for f in none["files"][0]["findings"]}
    ext = json.loads(run("check", "--format", "json", "--select", "DUP001", "--extend-select", "RDB002", SEED).output)
    assert {f["code"] for f in ext["files"][0]["findings"]} >= {"DUP001"}


@pytest.mark.parametrize("level,expected", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_levels(level: str, expected: int) -> None:
    assert run("check", "--fail-on", level, SEED).exit_code == expected


def test_fail_on_warning_vs_error(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Headline\n\nIronically, the council met on Monday.\n", "utf-8")
    assert run("check", str(art)).exit_code == 0
    assert run("check", "--fail-on", "warning", str(art)).exit_code == 1
    clean = tmp_path / "b.txt"
    clean.write_text("Headline\n\nThe council met on Monday.\n", "utf-8")
    r = run("check", "--fail-on", "info", str(clean))
    assert r.exit_code == 0 and "No findings" in r.output


@pytest.mark.parametrize("make,needle", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: _write(d / "bin.txt", b"\x00\x01\x02binary"), "binary"),
    (lambda d: _write(d / "latin.txt", "Caf\xe9 au lait\n".encode("latin-1")), "not valid UTF-8"),
    (lambda d: _write(d / "bad.json", b'{"headline": "x", "body": '), "malformed JSON"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "no articles found"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make, needle: str) -> None:
    target = make(tmp_path)
    r = run("check", str(target))
    assert r.exit_code == 2
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and needle in err[0] and str(Path(target).name) in err[0]
    assert "Traceback" not in r.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unknown_rule_code_is_exit_2() -> None:
    r = run("check", "--select", "NOPE999", SEED)
    assert r.exit_code == 2 and "NOPE999" in r.stderr


def test_bom_is_accepted(tmp_path: Path) -> None:
    art = tmp_path / "bom.txt"
    art.write_bytes("\ufeffHeadline\n\nIronically, it rained.\n".encode("utf-8"))
    data = json.loads(run("check", "--format", "json", str(art)).output)
    f = [f for f in data["files"][0]["findings"] if f["code"] == "OPIN002"][0]
    assert (f["line"], f["column"], f["text"]) == (3, 1, "Ironically")


def test_stdin_with_filename_chooses_format() -> None:
    md = b"# Title\n\nIronically, the *pier* closed.\n\nAdvertisement\n"
    r = run("check", "--format", "json", "--stdin-filename", "story.md", "-", input=md)
    data = json.loads(r.output)
    assert data["files"][0]["path"] == "story.md"
    codes = [(f["code"], f["line"]) for f in data["files"][0]["findings"]]
    assert ("OPIN002", 3) in codes and ("STRUCT001", 5) in codes
    assert r.exit_code == 1


def test_directory_recursion_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("H\n\nSadly, it rained.\n", "utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "two.md").write_text("# H\n\nSadly, it rained.\n", "utf-8")
    (tmp_path / "notes.csv").write_text("x", "utf-8")
    data = json.loads(run("check", "--format", "json", str(tmp_path)).output)
    assert [Path(f["path"]).name for f in data["files"]] == ["one.txt", "two.md"]
    data = json.loads(run("check", "--format", "json", "--exclude", "drafts", str(tmp_path)).output)
    assert [Path(f["path"]).name for f in data["files"]] == ["one.txt"]
    (tmp_path / "newslint.toml").write_text('exclude = ["drafts"]\n', "utf-8")
    data = json.loads(run("check", "--format", "json", str(tmp_path)).output)
    assert [Path(f["path"]).name for f in data["files"]] == ["one.txt"]


def test_color_always_never_and_no_color() -> None:
    coloured = run("check", "--color", "always", SEED, env={})
    assert "\x1b[" in coloured.output
    assert "\x1b[" not in run("check", "--color", "never", SEED, env={}).output
    assert "\x1b[" not in run("check", SEED, env={"NO_COLOR": "1"}).output


def test_rules_and_rule_commands() -> None:
    r = run("rules")
    assert r.exit_code == 0
    for code in ("LOAD001", "LOAD002", "LOAD003", "LOAD005", "OPIN002", "STYLE001", "STYLE002",
                 "ATTR003", "DUP001", "DUP002", "STRUCT001", "RDB001"):
        assert code in r.output
    line = next(l for l in r.output.splitlines() if l.startswith("STYLE002"))
    assert " no " in line
    detail = run("rule", "attr003")
    assert detail.exit_code == 0
    for part in ("What it detects", "Why", "Flagged", "Not flagged", "How to fix"):
        assert part in detail.output
    assert run("rule", "XYZ123").exit_code == 2
    grade = run("rule", "RDB001").output
    assert "max_grade = 12.0  # Flesch-Kincaid grade above which the article is reported" in grade
    policy = run("rule", "LOAD001").output
    assert "info in: analysis, opinion" in policy and "becomes a warning" in policy
    assert "runs on: news" in run("rule", "OPIN004").output


def test_version() -> None:
    assert __version__ in run("--version").output


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("newslint")
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    p = subprocess.run([str(exe), "check", str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr and p.stderr.count("\n") == 1


def test_input_files_are_not_modified() -> None:
    before = Path(SEED).read_bytes()
    run("check", SEED)
    assert Path(SEED).read_bytes() == before
