"""Shared fixtures. ``../shared`` (the eval data and the seed's gold list) exists on
developer machines and in CI, not on a user's: tests that need it skip without it."""

from __future__ import annotations

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
