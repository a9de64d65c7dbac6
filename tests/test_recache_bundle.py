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
