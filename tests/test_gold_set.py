"""The hand-written check set (tests/data/gold/) is well formed: every gold span is in its
article on the line it names, every rule it names exists. The figures themselves are a
measurement (tests/bench/gold.py), not a test: the set is never tuned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.lint.packs import load_packs

from conftest import ROOT

yaml = pytest.importorskip("yaml")
GOLD = ROOT / "tests" / "data" / "gold"
FILES = sorted(GOLD.glob("*.gold.yaml"))
CODES = {r.code for r in load_packs().rules} | {"ANY"}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_gold_list_is_well_formed(path: Path) -> None:
    gold = yaml.safe_load(path.read_text("utf-8"))
    lines = (GOLD / Path(gold["article"]).name).read_text("utf-8").split("\n")
    for key in ("must_flag", "may_flag", "must_not_flag"):
        for item in gold.get(key) or []:
            assert set(item.get("rules", [])) <= CODES, (path.name, item)
            if "line" in item:
                assert item["span"] in lines[item["line"] - 1], (path.name, item)


def test_the_set_is_there() -> None:
    assert len(FILES) >= 10
