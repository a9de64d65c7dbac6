"""The compiled programs a process used are kept together in one bundle file per cache
directory, and a pattern comes back from it equal to ``re.compile``'s."""

from __future__ import annotations

import re

from linter.analyse import recache


def test_programs_come_back_from_the_bundle_of_their_directory(tmp_path, monkeypatch) -> None:
    patterns = [(r"(?P<who>aides?)\s+(?:said|told)\b", re.IGNORECASE), (r"^\d{4}[-/]\d{2}$", re.MULTILINE)]
    for name in ("one", "two"):
        monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / name))
        monkeypatch.setattr(recache, "_MEMO", {})
        for pattern, flags in patterns:
            assert recache.compile(pattern, flags) == re.compile(pattern, flags)
        recache._save()
        bundle = tmp_path / name / "newslint" / recache._BUNDLE
        assert bundle.exists()
        monkeypatch.setattr(recache, "_MEMO", {})
        monkeypatch.setattr(recache, "_bundle", None)
        for f in (tmp_path / name / "newslint").glob("re-*.marshal"):
            if f.name != recache._BUNDLE:
                f.unlink()  # only the bundle is left to read them from
        for pattern, flags in patterns:
            compiled = recache.compile(pattern, flags)
            assert compiled == re.compile(pattern, flags) and compiled.groupindex == re.compile(pattern, flags).groupindex
        assert not [f for f in (tmp_path / name / "newslint").glob("re-*.marshal") if f.name != recache._BUNDLE]


def test_a_warm_single_file_run_writes_nothing_to_the_cache(tmp_path) -> None:
    """Every pattern a run compiles through the cache has the same text in every process
    (a pattern joined from a set in its iteration order would miss the cache and grow
    the bundle on every run), so once the cache is warm a run only reads it."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    seed = str(ROOT / "seeds" / "zelensky-toll.txt")
    run = [sys.executable, "-m", "linter", "check", "--no-profile", "--fail-on", "never", seed]
    for _ in range(2):
        subprocess.run(run, env=env, cwd=ROOT, capture_output=True, check=True)
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").rglob("*")}
    subprocess.run(run, env=env, cwd=ROOT, capture_output=True, check=True)
    after = {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").rglob("*")}
    assert after == before
