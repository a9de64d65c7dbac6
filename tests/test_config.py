"""Config discovery and validation, severity overrides, rule options and house packs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from linter.app.cli import main
from linter.lint.config import find_config

from conftest import ROOT

ARTICLE = "Headline\n\nIronically, the harbor reopened. The mayor's cronies cheered.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)


def codes(result) -> list[str]:
    return [f["code"] for f in json.loads(result.output)["files"][0]["findings"]]


def _article(tmp_path: Path, sub: str = "desk") -> Path:
    d = tmp_path / sub
    d.mkdir(parents=True, exist_ok=True)
    p = d / "story.txt"
    p.write_text(ARTICLE, "utf-8")
    return p


def test_discovery_order_and_pyproject(tmp_path: Path) -> None:
    art = _article(tmp_path, "a/b")
    assert find_config(art.parent) is None or not str(find_config(art.parent)).startswith(str(tmp_path))
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nignore = ["OPIN002"]\n', "utf-8")
    assert find_config(art.parent) == tmp_path / "pyproject.toml"
    assert "OPIN002" not in codes(run("check", "--format", "json", str(art)))
    # A cascade, not "nearest file wins": a's select and the root's ignore both apply...
    (tmp_path / "a" / ".newslint.toml").write_text('select = ["OPIN"]\n', "utf-8")
    assert codes(run("check", "--format", "json", str(art))) == []
    # ...until a replaces the root's ignore list.
    (tmp_path / "a" / ".newslint.toml").write_text('select = ["OPIN"]\nignore = []\n', "utf-8")
    assert set(codes(run("check", "--format", "json", str(art)))) == {"OPIN002"}
    # One config per directory: newslint.toml comes before .newslint.toml.
    (tmp_path / "a" / "newslint.toml").write_text('select = ["STRUCT"]\n', "utf-8")
    assert find_config(art.parent) == tmp_path / "a" / "newslint.toml"
    assert codes(run("check", "--format", "json", str(art))) == []


def test_unknown_key_and_malformed_config_are_exit_2(tmp_path: Path) -> None:
    art = _article(tmp_path)
    cfg = tmp_path / "newslint.toml"
    cfg.write_text('selct = ["LOAD"]\n', "utf-8")
    r = run("check", str(art))
    assert r.exit_code == 2 and "selct" in r.stderr and "newslint.toml" in r.stderr
    cfg.write_text('select = ["LOAD"\n', "utf-8")
    r = run("check", str(art))
    assert r.exit_code == 2 and "malformed" in r.stderr
    cfg.write_text('[severity]\nNOPE001 = "info"\n', "utf-8")
    r = run("check", str(art))
    assert r.exit_code == 2 and "NOPE001" in r.stderr
    cfg.write_text('[rules.RDB001]\nmax_grade = 3\nbogus = 1\n', "utf-8")
    r = run("check", str(art))
    assert r.exit_code == 2 and "bogus" in r.stderr


def test_severity_override_and_fail_on_from_config(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # fail-on is run-level: the current directory's config's
    art = _article(tmp_path)
    cfg = tmp_path / "newslint.toml"
    cfg.write_text('fail-on = "warning"\n', "utf-8")
    assert run("check", str(art)).exit_code == 1
    cfg.write_text('fail-on = "warning"\n[severity]\nOPIN002 = "info"\n', "utf-8")
    out = json.loads(run("check", "--format", "json", str(art)).output)
    sev = {f["code"]: f["severity"] for f in out["files"][0]["findings"]}
    assert sev.get("OPIN002") == "info"


def test_rule_options_threshold(tmp_path: Path) -> None:
    art = tmp_path / "s.txt"
    art.write_text("H\n\nThe council voted to approve the budget for the coming year on Monday night.\n", "utf-8")
    cfg = tmp_path / "newslint.toml"
    cfg.write_text('select = ["RDB002"]\n[rules.RDB002]\nmax_words = 5\n', "utf-8")
    assert codes(run("check", "--format", "json", str(art))) == ["RDB002"]
    cfg.write_text('select = ["RDB002"]\n[rules.RDB002]\nmax_words = 50\n', "utf-8")
    assert codes(run("check", "--format", "json", str(art))) == []


def test_explicit_config_flag(tmp_path: Path) -> None:
    art = _article(tmp_path)
    cfg = tmp_path / "elsewhere.toml"
    cfg.write_text('select = ["OPIN002"]\n', "utf-8")
    assert set(codes(run("check", "--format", "json", "--config", str(cfg), str(art)))) == {"OPIN002"}
    r = run("check", "--config", str(tmp_path / "missing.toml"), str(art))
    assert r.exit_code == 2 and "missing.toml" in r.stderr


def test_house_pack_through_config(tmp_path: Path) -> None:
    art = _article(tmp_path)
    shutil.copy(ROOT / "examples" / "house-style" / "house.toml", tmp_path / "house.toml")
    (tmp_path / "newslint.toml").write_text('packs = ["house.toml"]\n', "utf-8")
    out = json.loads(run("check", "--format", "json", str(art)).output)
    found = {f["code"]: f for f in out["files"][0]["findings"]}
    assert found["HG101"]["suggestion"] == {"replacement": "harbour", "fixable": True}
    assert found["HG201"]["severity"] == "error" and found["HG201"]["text"] == "cronies"
    listing = run("rules", "--config", str(tmp_path / "newslint.toml")).output
    assert "HG101" in listing and "LOAD001" in listing


def test_bad_house_pack_is_a_clear_error(tmp_path: Path) -> None:
    art = _article(tmp_path)
    (tmp_path / "house.toml").write_text('[[rule]]\ncode = "HG1"\nname = "x"\n', "utf-8")
    (tmp_path / "newslint.toml").write_text('packs = ["house.toml"]\n', "utf-8")
    r = run("check", str(art))
    assert r.exit_code == 2 and "house.toml" in r.stderr
