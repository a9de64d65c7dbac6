"""The config cascade: every config file from the project root down, key by key; extend;
per-file-ignores; --show-settings; run-level fail-on and baseline; the same results on
several processes. Real files in tmp_path, real command-line runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import linter
from linter.app import run as runmod
from linter.app.cli import main
from linter.lint import config as configmod
from linter.lint.per_file import glob_regex
from linter.lint.settings import DEFAULT_EXCLUDE

from conftest import ROOT

ARTICLE = "Headline\n\nIronically, the harbor reopened. The mayor's cronies cheered.\n"
LONG = "Headline\n\nIronically, the council voted to approve the budget for the coming year on Monday night.\n"
HOUSE = (ROOT / "examples" / "house-style" / "house.toml").read_text("utf-8")


def write(root: Path, files: dict[str, str]) -> Path:
    """Write files below root (a path ending in '/' is a directory); return root resolved."""
    for name, text in files.items():
        assert not name.startswith("/"), name  # root / "/x" would be outside the test's directory
        path = root / name
        if name.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root.resolve()


def project(tmp_path: Path, files: dict[str, str]) -> Path:
    """A project: files below a directory holding .git (so the cascade stops there)."""
    return write(tmp_path / "proj", {".git/": "", **files})


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args], env={"NO_COLOR": "1"}, catch_exceptions=False)


def found(*args: object) -> dict[str, set[tuple[str, str]]]:
    """(code, severity) per file name relative to its project, from a JSON run."""
    r = run("check", "--format", "json", "--fail-on", "never", *args)
    assert r.exit_code == 0, r.stderr
    return {f["path"].split("proj/")[-1]: {(x["code"], x["severity"]) for x in f["findings"]}
            for f in json.loads(r.stdout)["files"]}


def shown(result) -> dict[str, tuple[str, str]]:
    """--show-settings output as key -> (value, origin)."""
    out = {}
    for line in result.stdout.splitlines():
        if not line.startswith("#"):
            left, origin = line.split("  # ", 1)
            key, value = left.rstrip().split(" = ", 1)
            out[key] = (value, origin)
    return out


# --- the cascade ----------------------------------------------------------------------------


def test_every_file_from_the_root_down_applies_key_by_key(tmp_path: Path) -> None:
    root = project(tmp_path, {"house.toml": HOUSE, "newslint.toml": 'packs = ["house.toml"]\nselect = ["OPIN", "HG"]\n',
                              "desk/newslint.toml": 'genre = "analysis"\n', "desk/story.txt": ARTICLE,
                              "top.txt": ARTICLE})
    got = found(root)
    # The root's packs and select apply in desk/, and so does desk's genre (OPIN is info there).
    assert ("OPIN002", "info") in got["desk/story.txt"] and {"HG101", "HG201"} <= {c for c, _ in got["desk/story.txt"]}
    assert ("OPIN002", "warning") in got["top.txt"]
    assert "LOAD003" not in {c for files in got.values() for c, _ in files}


def test_nearer_file_wins_for_scalars_and_lists(tmp_path: Path) -> None:
    root = project(tmp_path, {"newslint.toml": 'genre = "opinion"\nignore = ["LOAD"]\n',
                              "desk/newslint.toml": 'genre = "news"\nignore = ["OPIN002"]\n',
                              "desk/story.txt": ARTICLE, "top.txt": ARTICLE})
    got = found(root)
    assert got["desk/story.txt"] == {("LOAD003", "warning")}
    assert got["top.txt"] == {("OPIN002", "info")}


def test_tables_merge_entry_by_entry(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "newslint.toml": 'select = ["RDB002", "OPIN"]\n[severity]\nRDB002 = "warning"\n[rules.RDB002]\nmax_words = 5\n',
        "desk/newslint.toml": '[severity]\nOPIN002 = "info"\n[rules.RDB002]\nmax_grade = 20.0\n',
        "desk/story.txt": LONG})
    assert found(root)["desk/story.txt"] == {("RDB002", "warning"), ("OPIN002", "info")}
    r = run("check", "--show-settings", root / "desk" / "story.txt")
    rows = shown(r)
    assert rows["rules.RDB002.max_words"] == ("5", str(root / "newslint.toml"))
    assert rows["rules.RDB002.max_grade"] == ("20.0", str(root / "desk" / "newslint.toml"))
    assert rows["severity.RDB002"][1] == str(root / "newslint.toml")
    assert rows["severity.OPIN002"][1] == str(root / "desk" / "newslint.toml")


@pytest.mark.parametrize("marker", [".git/", ".hg/", ".git"])
def test_the_project_root_stops_the_cascade(tmp_path: Path, marker: str) -> None:
    write(tmp_path, {"newslint.toml": 'select = ["STRUCT"]\n', f"repo/{marker}": "gitdir: elsewhere\n",
                     "repo/desk/story.txt": ARTICLE})
    got = found(tmp_path / "repo")
    assert {c for c, _ in got[str(tmp_path / "repo" / "desk" / "story.txt")]} == {"OPIN002", "LOAD003"}


def test_one_config_per_directory_and_pyproject(tmp_path: Path) -> None:
    root = project(tmp_path, {"pyproject.toml": '[project]\nname = "x"\n', "a/pyproject.toml": '[tool.newslint]\n'
                              'ignore = ["LOAD"]\n', "a/.newslint.toml": 'ignore = ["OPIN"]\n', "a/s.txt": ARTICLE})
    # a/.newslint.toml comes before a/pyproject.toml; the root pyproject has no [tool.newslint].
    assert {c for c, _ in found(root)["a/s.txt"]} == {"LOAD003"}
    (root / "a" / ".newslint.toml").unlink()
    assert {c for c, _ in found(root)["a/s.txt"]} == {"OPIN002"}


# --- extend ---------------------------------------------------------------------------------


def test_extend_chain_with_paths_relative_to_each_file(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "shared/house.toml": HOUSE,
        "shared/common.toml": 'packs = ["house.toml"]\nselect = ["HG", "OPIN"]\n[severity]\nOPIN002 = "info"\n',
        "team/mid.toml": 'extend = "../shared/common.toml"\n[severity]\nHG201 = "warning"\n',
        "desk/newslint.toml": 'extend = "../team/mid.toml"\nignore = ["HG101"]\n',
        "desk/story.txt": ARTICLE})
    assert found(root)["desk/story.txt"] == {("HG201", "warning"), ("OPIN002", "info")}
    rows = shown(run("check", "--show-settings", root / "desk" / "story.txt"))
    assert rows["packs"] == (json.dumps([str(root / "shared" / "house.toml")]),
                             f"extend: {root / 'shared' / 'common.toml'}")
    assert rows["severity.HG201"][1] == f"extend: {root / 'team' / 'mid.toml'}"
    assert rows["ignore"][1] == str(root / "desk" / "newslint.toml")


def test_extend_cycle_and_missing_file_are_config_errors(tmp_path: Path) -> None:
    root = project(tmp_path, {"a.toml": 'extend = "b.toml"\n', "b.toml": 'extend = "a.toml"\n',
                              "desk/newslint.toml": 'extend = "../a.toml"\n', "desk/story.txt": ARTICLE,
                              "other/newslint.toml": 'extend = "nope.toml"\n', "other/story.txt": ARTICLE})
    r = run("check", root / "desk" / "story.txt")
    assert r.exit_code == 2 and "cycle" in r.stderr and "a.toml" in r.stderr and "b.toml" in r.stderr
    assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.output
    r = run("check", root / "other" / "story.txt")
    assert r.exit_code == 2 and "nope.toml" in r.stderr and str(root / "other" / "newslint.toml") in r.stderr


def test_config_flag_uses_its_extend_chain_and_no_discovery(tmp_path: Path) -> None:
    root = project(tmp_path, {"newslint.toml": 'select = ["STRUCT"]\n', "conf/ci.toml": 'extend = "base.toml"\n',
                              "conf/base.toml": 'select = ["OPIN"]\n', "story.txt": ARTICLE})
    assert {c for c, _ in found("--config", root / "conf" / "ci.toml", root)["story.txt"]} == {"OPIN002"}


# --- errors name the file that wrote the value ------------------------------------------------


@pytest.mark.parametrize("bad,words", [
    ('[rules.RDB001]\nmax_grade = "high"\n', ["rules.RDB001.max_grade", "'high'"]),
    ('[rules.RDB001]\nbogus = 1\n', ["rules.RDB001", "bogus"]),
    ('[severity]\nNOPE001 = "info"\n', ["severity", "NOPE001"]),
    ('select = ["NOPE"]\n', ["select", "NOPE"]),
    ('[per-file-ignores]\n"*.txt" = ["NOPE9"]\n', ["per-file-ignores", "NOPE9"]),
])
def test_bad_values_are_exit_2_naming_the_file_that_wrote_them(tmp_path: Path, bad: str, words: list[str]) -> None:
    root = project(tmp_path, {"newslint.toml": bad, "desk/newslint.toml": 'genre = "news"\n',
                              "desk/story.txt": ARTICLE})
    r = run("check", root / "desk" / "story.txt")
    assert r.exit_code == 2 and "Traceback" not in r.output and len(r.stderr.splitlines()) == 1
    assert r.stderr.startswith(f"newslint: error: {root / 'newslint.toml'}: ")
    assert all(w in r.stderr for w in words), r.stderr


def test_bad_option_in_an_extended_file_names_that_file(tmp_path: Path) -> None:
    root = project(tmp_path, {"base.toml": '[rules.RDB001]\nmax_grade = "high"\n',
                              "newslint.toml": 'extend = "base.toml"\n', "story.txt": ARTICLE})
    r = run("check", root / "story.txt")
    assert r.exit_code == 2 and f"{root / 'base.toml'}: rules.RDB001.max_grade" in r.stderr


# --- per-file-ignores -------------------------------------------------------------------------


@pytest.mark.parametrize("pattern,path,hit", [
    ("drafts/*.txt", "drafts/a.txt", True), ("drafts/*.txt", "drafts/deep/a.txt", False),
    ("drafts/**/*.txt", "drafts/deep/a.txt", True), ("drafts/**/*.txt", "drafts/a.txt", True),
    ("**/wire-*.md", "x/y/wire-1.md", True), ("wire-?.md", "wire-1.md", True), ("wire-?.md", "wire-12.md", False),
    ("[ab].txt", "a.txt", True), ("[!ab].txt", "a.txt", False), ("a+b.txt", "a+b.txt", True),
])
def test_glob_semantics(pattern: str, path: str, hit: bool) -> None:
    assert bool(glob_regex(pattern).match(path)) is hit


def test_per_file_ignores_match_relative_to_the_declaring_file(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "newslint.toml": '[per-file-ignores]\n"drafts/*.txt" = ["OPIN"]\n"wire-*.txt" = ["LOAD003"]\n'
                         '"archive/" = ["ALL"]\n',
        "sub/newslint.toml": '[per-file-ignores]\n"*.txt" = ["OPIN002"]\n',
        "drafts/a.txt": ARTICLE, "drafts/deep/b.txt": ARTICLE, "desk/wire-1.txt": ARTICLE,
        "archive/2019/c.txt": ARTICLE, "top.txt": ARTICLE, "sub/x.txt": ARTICLE, "sub/drafts/y.txt": ARTICLE})
    codes = {k: {c for c, _ in v} for k, v in found(root).items()}
    both = {"OPIN002", "LOAD003"}
    assert codes == {"drafts/a.txt": {"LOAD003"}, "drafts/deep/b.txt": both, "desk/wire-1.txt": {"OPIN002"},
                     "archive/2019/c.txt": set(), "top.txt": both, "sub/x.txt": {"LOAD003"},
                     "sub/drafts/y.txt": {"LOAD003"}}
    # The API applies them too.
    assert {f.code for f in linter.lint_path(root / "drafts" / "a.txt").findings} == {"LOAD003"}


# --- --show-settings ----------------------------------------------------------------------------


def test_show_settings_lists_every_key_with_its_origin(tmp_path: Path, monkeypatch) -> None:
    root = project(tmp_path, {
        "house.toml": HOUSE,
        "newslint.toml": 'select = ["OPIN", "RDB"]\npacks = ["house.toml"]\nfail-on = "warning"\n'
                         '[severity]\nOPIN002 = "info"\n[rules.RDB001]\nmax_grade = 14\nmax_words = 35\n',
        "sub/newslint.toml": 'genre = "analysis"\n[json]\nheadline = ["title"]\n'
                             '[per-file-ignores]\n"drafts/*.txt" = ["RDB"]\n"other/*" = ["OPIN"]\n',
        "sub/drafts/s.txt": ARTICLE})
    monkeypatch.chdir(root)
    r = run("check", "--ignore", "LOAD003", "--show-settings", "sub/drafts/s.txt")
    assert r.exit_code == 0
    top, sub = str(root / "newslint.toml"), str(root / "sub" / "newslint.toml")
    assert r.stdout.splitlines()[:3] == ["# settings for sub/drafts/s.txt", f"# project root: {root}",
                                         f"# config files, farthest first: {top}, {sub}"]
    assert shown(r) == {
        "select": ('["OPIN", "RDB"]', top), "ignore": ('["LOAD003"]', "command line"),
        "extend-select": ("[]", "default"), "genre": ('"analysis"', sub),
        "packs": (json.dumps([str(root / "house.toml")]), top), "exclude": ("[]", "default"),
        "default-exclude": (json.dumps(DEFAULT_EXCLUDE), "default"), "extensions": ("{}", "default"),
        "severity.OPIN002": ('"info"', top),
        "rules.RDB001.max_grade": ("14", top),  # max_words = 35 is the default: not shown
        "json.headline": ('["title"]', sub),
        'per-file-ignores."drafts/*.txt"': ('["RDB"]', sub),  # "other/*" does not match
        "per-file-genre": ("{}", "default"),
        "fail-on": ('"warning"', f"{top} [run-level]"), "baseline": ("(none)", "default [run-level]"),
        "min-severity": ('"info"', "default [run-level]"),
    }
    # Stable: the same output twice; and from elsewhere, fail-on is that directory's.
    assert run("check", "--ignore", "LOAD003", "--show-settings", "sub/drafts/s.txt").stdout == r.stdout
    monkeypatch.chdir(tmp_path)
    rows = shown(run("check", "--show-settings", root / "sub" / "drafts" / "s.txt"))
    assert rows["fail-on"] == ('"error"', "default [run-level]") and rows["ignore"] == ("[]", "default")


def test_show_settings_with_a_bad_config_is_exit_2(tmp_path: Path) -> None:
    root = project(tmp_path, {"newslint.toml": 'genre = "satire"\n'})
    r = run("check", "--show-settings", root / "x.txt")
    assert r.exit_code == 2 and "genre" in r.stderr and "Traceback" not in r.output


# --- run-level settings -------------------------------------------------------------------------


def test_fail_on_and_baseline_are_decided_once_for_the_run(tmp_path: Path, monkeypatch) -> None:
    parent = project(tmp_path, {"a/newslint.toml": 'fail-on = "warning"\n', "a/s.txt": ARTICLE,
                                "b/newslint.toml": 'fail-on = "never"\n', "b/s.txt": ARTICLE})
    monkeypatch.chdir(parent)
    # From the parent: its (default) fail-on, whatever order the directories come in.
    assert run("check", "a", "b").exit_code == 0
    assert run("check", "b", "a").exit_code == 0
    assert run("check", "--fail-on", "warning", "a", "b").exit_code == 1
    monkeypatch.chdir(parent / "a")
    assert run("check", ".", "../b").exit_code == 1
    monkeypatch.chdir(parent / "b")
    assert run("check", "../a", ".").exit_code == 0
    # The baseline: b's is not the run's when run from the parent; the parent's or --baseline is.
    monkeypatch.chdir(parent)
    assert run("check", "--write-baseline", "reviewed.json", "a", "b").exit_code == 0
    (parent / "b" / "newslint.toml").write_text('fail-on = "never"\nbaseline = "../reviewed.json"\n', "utf-8")
    assert run("check", "--fail-on", "warning", "a", "b").exit_code == 1
    assert run("check", "--fail-on", "warning", "--baseline", "reviewed.json", "a", "b").exit_code == 0
    (parent / "newslint.toml").write_text('baseline = "reviewed.json"\n', "utf-8")
    r = run("check", "--fail-on", "warning", "--format", "json", "a", "b")
    assert r.exit_code == 0 and all(not f["findings"] for f in json.loads(r.stdout)["files"])


def test_exclude_is_each_walked_directory_s(tmp_path: Path) -> None:
    root = project(tmp_path, {"newslint.toml": 'exclude = ["old"]\n', "sub/newslint.toml": 'exclude = ["drafts"]\n',
                              "old/x.txt": ARTICLE, "drafts/w.txt": ARTICLE, "sub/z.txt": ARTICLE,
                              "sub/drafts/y.txt": ARTICLE, "sub/old/v.txt": ARTICLE})
    assert sorted(found(root)) == ["drafts/w.txt", "sub/old/v.txt", "sub/z.txt"]
    assert sorted(found("--exclude", "old", root)) == ["drafts/w.txt", "sub/z.txt"]
    assert sorted(found(root / "old" / "x.txt")) == ["old/x.txt"]  # named files are linted


# --- the command line as the last layer -----------------------------------------------------------


def test_flags_are_the_last_layer(tmp_path: Path) -> None:
    root = project(tmp_path, {"newslint.toml": 'select = ["OPIN", "LOAD"]\nignore = ["LOAD003"]\n',
                              "s.txt": ARTICLE})
    assert {c for c, _ in found(root)["s.txt"]} == {"OPIN002"}
    assert {c for c, _ in found("--ignore", "OPIN002", root)["s.txt"]} == set()
    assert {c for c, _ in found("--select", "LOAD", "--extend-select", "LOAD003", root)["s.txt"]} == set()
    assert {c for c, _ in found("--genre", "opinion", root)["s.txt"]} == {"OPIN002"}
    rows = shown(run("check", "--ignore", "OPIN002", "--select", "LOAD", "--show-settings", root / "s.txt"))
    assert rows["ignore"] == ('["LOAD003", "OPIN002"]', f"{root / 'newslint.toml'} + command line")
    assert rows["select"] == ('["LOAD"]', "command line")
    r = run("check", "--select", "NOPE999", root / "s.txt")
    assert r.exit_code == 2 and "command line: select" in r.stderr


# --- the API --------------------------------------------------------------------------------------


def test_api_lint_path_cascades_and_lint_text_reads_only_its_config(tmp_path: Path) -> None:
    root = project(tmp_path, {"newslint.toml": 'select = ["OPIN"]\n', "sub/newslint.toml": 'genre = "analysis"\n',
                              "sub/s.txt": ARTICLE})
    got = linter.lint_path(root / "sub" / "s.txt")
    assert {(f.code, f.severity) for f in got.findings} == {("OPIN002", "info")}
    text = linter.lint_text(ARTICLE, config=root / "sub" / "newslint.toml")
    assert {(f.code, f.severity) for f in text.findings} == {("OPIN002", "info"), ("LOAD003", "info")}
    assert {f.code for f in linter.lint_text(ARTICLE).findings} == {"OPIN002", "LOAD003"}


# --- cost and processes -----------------------------------------------------------------------


def test_configs_are_read_once_and_linters_shared(tmp_path: Path, monkeypatch) -> None:
    files = {f"desk/{i:02d}.txt": ARTICLE for i in range(30)}
    root = project(tmp_path, {"newslint.toml": 'genre = "analysis"\n', "desk/newslint.toml": 'exclude = ["x"]\n',
                              "other/newslint.toml": 'genre = "news"\n', "other/s.txt": ARTICLE, **files})
    parsed: list[Path] = []
    real_parse = configmod.parse_file
    monkeypatch.setattr(configmod, "parse_file", lambda p: parsed.append(p) or real_parse(p))
    built: list[object] = []
    real_linter = runmod.Linter
    monkeypatch.setattr(runmod, "Linter", lambda s: built.append(s) or real_linter(s))
    assert len(found("--jobs", "1", root)) == 31
    assert sorted(parsed) == sorted(root.glob("**/newslint.toml"))
    # desk differs from the root only in exclude: one linter for both; other needs its own.
    assert len(built) == 2


def test_jobs_2_gives_the_same_results_as_jobs_1(tmp_path: Path) -> None:
    files = {f"{d}{i:02d}-{name}": text for d in ("", "desk/") for i in range(5)
             for name, text in (("a.txt", ARTICLE), ("b.txt", LONG))}
    root = project(tmp_path, {
        "newslint.toml": 'extend-select = ["RDB002"]\n[rules.RDB002]\nmax_words = 8\n'
                         '[per-file-ignores]\n"*-a.txt" = ["LOAD"]\n',
        "desk/newslint.toml": 'genre = "analysis"\n[severity]\nRDB002 = "error"\n', **files})
    serial = run("check", "--format", "json", "--jobs", "1", root)
    parallel = run("check", "--format", "json", "--jobs", "2", root)
    assert serial.stdout == parallel.stdout and serial.exit_code == parallel.exit_code == 1
    got = found("--jobs", "2", root)
    assert got["desk/00-b.txt"] == {("RDB002", "error"), ("OPIN002", "info")}
    assert got["00-a.txt"] == {("OPIN002", "warning")} and len(got) == 20


def test_stdin_takes_the_settings_of_its_stdin_filename(tmp_path: Path, monkeypatch) -> None:
    root = project(tmp_path, {"newslint.toml": '[per-file-ignores]\n"drafts/*.txt" = ["OPIN"]\n',
                              "drafts/newslint.toml": 'genre = "analysis"\n', "drafts/": ""})
    monkeypatch.chdir(root)
    r = CliRunner().invoke(main, ["check", "--format", "json", "--stdin-filename", "drafts/a.txt", "-"],
                           input=ARTICLE.encode(), catch_exceptions=False)
    assert {(f["code"], f["severity"]) for f in json.loads(r.stdout)["files"][0]["findings"]} == {("LOAD003", "info")}


def test_rules_listing_and_show_settings_with_config(tmp_path: Path, monkeypatch) -> None:
    root = project(tmp_path, {"house.toml": HOUSE, "newslint.toml": 'packs = ["house.toml"]\n', "desk/": "",
                              "ci.toml": 'genre = "opinion"\n'})
    monkeypatch.chdir(root / "desk")  # 'rules' reads the cascade down to the current directory
    assert "HG101" in run("rules").stdout and "HG101" in run("rule", "HG101").stdout
    r = run("check", "--config", root / "ci.toml", "--show-settings", "story.txt")
    assert r.exit_code == 0 and f"# --config {root / 'ci.toml'} (no discovery)" in r.stdout
    assert shown(r)["genre"] == ('"opinion"', str(root / "ci.toml")) and shown(r)["packs"] == ("[]", "default")
