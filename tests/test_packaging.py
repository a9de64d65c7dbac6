"""Packaging: the rule packs ship inside the package, never as a top-level ``rules``."""

from __future__ import annotations

import tomllib
from importlib.metadata import distribution

import pytest

from linter.lint.packs import builtin_dir

from conftest import ROOT


def test_pyproject_dependencies() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = " ".join(meta["dependencies"])
    for name in ("click", "nltk", "textstat==0.7.8", "markdown-it-py", "lemminflect==0.2.3"):
        assert name in deps
    assert meta["requires-python"] == ">=3.11"
    assert meta["scripts"]["newslint"] == "linter.app.entry:main"  # falls back to linter.app.cli:main


def test_installed_distribution_carries_packs_not_a_rules_package() -> None:
    files = [str(f) for f in distribution("newslint").files or []]
    if any(f.endswith(".pth") for f in files) and not any("linter/cli.py" in f for f in files):
        pytest.skip("editable install: the wheel layout is checked in CI's regular install")
    assert any(f.startswith("linter/packs/") and f.endswith(".toml") for f in files)
    assert not any(f.startswith("rules/") for f in files)


def test_builtin_packs_found() -> None:
    d = builtin_dir()
    names = {p.name for p in d.glob("*.toml")}
    assert {"load.toml", "struct.toml", "dup.toml", "rdb.toml"} <= names
