"""The hand-written gold sets are well formed: the check set (tests/data/gold/, never tuned
on) and the tune set (tests/data/handtune/, studied freely). Every gold span is in its article
once on the line it names, every rule it names exists, every must-flag item says what an editor
expects. The figures themselves are a measurement (tests/bench/gold.py --set check|tune),
not a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.lint.packs import load_packs

from conftest import ROOT

yaml = pytest.importorskip("yaml")
SETS = {"check": ROOT / "tests" / "data" / "gold", "tune": ROOT / "tests" / "data" / "handtune"}
FILES = [(name, path) for name, where in SETS.items() for path in sorted(where.glob("*.gold.yaml"))]
CODES = {r.code for r in load_packs().rules} | {"ANY"}
SEVERITIES = {"error", "warning", "info"}


@pytest.mark.parametrize("path", [p for _, p in FILES], ids=[f"{n}/{p.name}" for n, p in FILES])
def test_gold_list_is_well_formed(path: Path) -> None:
    gold = yaml.safe_load(path.read_text("utf-8"))
    article = path.parent / Path(gold["article"]).name
    assert article.exists(), (path.name, gold["article"])
    assert Path(gold["article"]).parent == path.parent.relative_to(ROOT), (path.name, gold["article"])
    lines = article.read_text("utf-8").split("\n")
    for key in ("must_flag", "may_flag", "must_not_flag"):
        for item in gold.get(key) or []:
            assert set(item.get("rules", [])) <= CODES, (path.name, item)
            if "line" in item:
                # once on its line, so the scorer's plain search finds the words meant
                assert lines[item["line"] - 1].count(item["span"]) == 1, (path.name, item)
            else:
                assert item.get("scope") == "article", (path.name, item)
    for item in gold.get("must_flag") or []:
        assert item.get("severity") in SEVERITIES, (path.name, item)


@pytest.mark.parametrize("name, least", [("check", 10), ("tune", 12)])
def test_the_set_is_there(name: str, least: int) -> None:
    assert len([p for n, p in FILES if n == name]) >= least
