"""The public Python API: ``linter.lint_text`` and ``linter.lint_path`` return typed
results, the same ones the command line reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import linter
from linter.app.cli import main
from linter.report.jsonout import file_json

from conftest import SEEDS

STORY = """# Council backs the staggering plan

Critics argue that the plan will fail.

“We will rebuild the bridge,” said Mayor Ana Ruiz.
"""


def test_lint_text_returns_typed_findings_attributions_and_profile() -> None:
    result = linter.lint_text(STORY, format="md", genre="news", select=["LOAD", "ATTR001"])
    assert isinstance(result, linter.FileResult)
    assert {(f.code, f.text) for f in result.findings} == {("LOAD001", "staggering"), ("ATTR001", "Critics argue")}
    f = next(f for f in result.findings if f.code == "LOAD001")
    assert isinstance(f, linter.Finding) and (f.line, f.column) == (1, 21) and f.severity == "warning"
    ruiz = next(a for a in result.attributions if a.entity == "Ruiz")
    assert isinstance(ruiz, linter.Attribution) and ruiz.source.tier == "named-person"
    assert STORY[ruiz.source.start:ruiz.source.end] == "Mayor Ana Ruiz" and ruiz.cue.text == "said"
    profile = result.profiles[0]
    assert isinstance(profile, linter.Profile) and profile.tiers["vague"] == 1 and "Ruiz" in profile.quoted
    assert result.articles[0].headline == "Council backs the staggering plan"
    assert result.articles[0].readability is not None  # an annotation, with or without an RDB rule


def test_genre_and_selection_keywords() -> None:
    opinion = linter.lint_text(STORY, format="md", genre="opinion", select=["LOAD"])
    assert [f.severity for f in opinion.findings] == ["info"]
    assert not linter.lint_text(STORY, format="md", ignore=["LOAD", "ATTR"]).findings


def test_lint_path_finds_the_config_and_matches_the_command_line(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(STORY, "utf-8")
    (tmp_path / "newslint.toml").write_text('ignore = ["ATTR"]\n', "utf-8")
    result = linter.lint_path(story)
    assert result.findings and not [f for f in result.findings if f.code.startswith("ATTR")]
    cli = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(story)]).output)
    assert file_json(result) == cli["files"][0]


def test_seed_through_the_api_equals_the_cli() -> None:
    seed = SEEDS / "zelensky-toll.txt"
    cli = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(seed)]).output)
    assert file_json(linter.lint_path(seed)) == cli["files"][0]


def test_errors_are_the_documented_exceptions(tmp_path: Path) -> None:
    try:
        linter.lint_path(tmp_path / "missing.txt")
    except linter.InputError as exc:
        assert "missing.txt: no such file" in str(exc)
    else:
        raise AssertionError("no InputError")
    try:
        linter.lint_text("x", select=["NOPE"])
    except linter.ConfigError as exc:
        assert "NOPE" in str(exc)
    else:
        raise AssertionError("no ConfigError")


def test_import_linter_is_light() -> None:
    """``import linter`` loads only the version; the engine loads on first use."""
    code = "import sys, linter; print(sorted(m for m in sys.modules if m.startswith('linter')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['linter', 'linter._version']"
    assert "lint_text" in dir(linter) and linter.__version__
