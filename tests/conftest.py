"""Shared fixtures. ``../shared`` (the eval data and the seed's gold list) exists on
developer machines and in CI, not on a user's: tests that need it skip without it."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present (it is not shipped to users)")
    return SHARED


@pytest.fixture(scope="session")
def default_linter():
    from linter.lint.engine import Linter

    return Linter()


@functools.lru_cache(maxsize=None)
def selected_linter(*select: str):
    """A linter running only the selected rules, built once per selection for the suite."""
    from linter.lint.config import Settings
    from linter.lint.engine import Linter

    return Linter(Settings(select=list(select)))


def gate_findings(text: str, *select: str, fmt: str = "txt") -> list:
    """The findings a pre-publish gate sees (warnings and errors) of the selected rules."""
    from linter import lint_text

    return [f for f in lint_text(text, fmt, linter=selected_linter(*select)).findings if f.severity != "info"]
