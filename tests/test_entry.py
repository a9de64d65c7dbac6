"""The program's own reading of a plain ``check`` command line (``linter.app.entry``)
gives ``run_check`` exactly what click's ``check`` command gives it, and leaves
everything else to click."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from conftest import ROOT

from linter.app import entry
from linter.app.cli import main

CHECK = main.commands["check"]


def _clicks(argv: list[str]) -> dict:
    """The parameters click's ``check`` passes for these arguments."""
    with CHECK.make_context("check", list(argv[1:])) as ctx:
        return dict(ctx.params)


def test_the_option_table_is_clicks() -> None:
    """Every option of click's ``check`` is in ``options()`` with its parameter, and the
    defaults are click's."""
    spelled = {}
    for param in CHECK.params:
        if isinstance(param, click.Option):
            for name in (*param.opts, *param.secondary_opts):
                spelled[name] = param.name
    assert spelled == {name: spec[0] for name, spec in entry.options().items()}
    assert {p.name for p in CHECK.params} == set(entry.DEFAULTS)
    assert _clicks(["check"]) == entry.DEFAULTS
    for name, (param, kind, allowed) in entry.options().items():
        option = next(p for p in CHECK.params if p.name == param)
        assert (kind == "flag") == option.is_flag, name
        assert (kind == "many") == option.multiple, name
        if kind == "choice":
            assert tuple(option.type.choices) == allowed, name


PLAIN = [
    ["check", "seeds/zelensky-toll.txt"],
    ["check", "--no-profile", "--fail-on", "never", "a.txt", "b.md"],
    ["check", "--format=json", "-q", "--select", "LOAD,ATTR", "--select", "DUP", "--ignore=LOAD002", "x.txt"],
    ["check", "--output-format", "sarif", "--color", "never", "--genre", "opinion", "-j", "2", "dir"],
    ["check", "--jobs=1", "--max-file-size", "2MB", "--min-severity", "warning", "--exclude", "drafts/*", "d"],
    ["check", "-", "--stdin-filename", "story.md", "--statistics", "--exit-zero", "--show-files"],
    ["check", "--config", "no-such-newslint.toml", "-o", "no-such-report.txt", "--fix", "--diff", "--debug", "f"],
    ["check", "--baseline", "no-such-baseline.json", "--write-baseline", "no-such-new.json", "f", "--", "-odd"],
    ["check", "--show-settings", "no-such-file.txt", "--extend-select=STYLE", "--fail-on=warning"],
    ["check", "--select", "", "f"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=lambda a: " ".join(a[1:3]))
def test_a_plain_command_line_reads_as_click_reads_it(argv) -> None:
    ours = entry.parse(argv)
    assert ours is not None
    assert ours == _clicks(argv)


LEFT_TO_CLICK = [
    [], ["--version"], ["check", "--help"], ["check", "-h"], ["rules"], ["rule", "LOAD001"],
    ["check", "--frobnicate", "f"], ["check", "--form", "json", "f"], ["check", "--format", "yaml", "f"],
    ["check", "-j", "0", "f"], ["check", "-j", "two", "f"], ["check", "-j2", "f"], ["check", "-qj", "2", "f"],
    ["check", "--jobs", "+2", "f"], ["check", "--max-file-size", "3X", "f"], ["check", "--fix=yes", "f"],
    ["check", "--select"], ["check", "--select", "--fix", "f"], ["check", "--config", "seeds", "f"],
    ["check", "-o", "seeds/zelensky-toll.txt", "f"], ["check", "-odd", "f"], ["check", "--color", "Never", "f"],
]


@pytest.mark.parametrize("argv", LEFT_TO_CLICK, ids=lambda a: " ".join(a) or "(none)")
def test_anything_else_is_left_to_click(argv) -> None:
    assert entry.parse(argv) is None


def test_the_program_runs_both_ways_alike(tmp_path) -> None:
    """The fast reading and click's give the same output and status on a seed."""
    seed = str(ROOT / "seeds" / "zelensky-toll.txt")
    fast = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", seed],
                          capture_output=True, text=True, cwd=tmp_path)
    slow = subprocess.run([sys.executable, "-m", "linter.app.cli", "check", "--format", "json", seed],
                          capture_output=True, text=True, cwd=tmp_path)
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr)
    assert fast.returncode == 1 and fast.stdout.startswith("{")
