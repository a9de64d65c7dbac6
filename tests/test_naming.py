"""Kind ``naming``: a table of preferred and discouraged forms, extendable by a house pack."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.errors import ConfigError

HOUSE = '''
[[rule]]
code = "HN101"
name = "house-names"
kind = "naming"
severity = "warning"
summary = "House names"
message = "'{text}': prefer '{replacement}' ({label})"
{extra}
[[rule.names]]
prefer = "Derry"
avoid = ["Londonderry"]
label = "house style"
except = ["county londonderry"]

[[rule.names]]
prefer = "Mumbai"
avoid = ["Bombay"]
context = "mixed"
system = "indian-renamed"
severity = "info"

[[rule.names]]
prefer = "Chennai"
avoid = ["Madras"]
context = "mixed"
system = "indian-renamed"
'''


def _linter(tmp_path, extra: str = "", rows: str = "") -> Linter:
    pack = tmp_path / "names.toml"
    pack.write_text(HOUSE.replace("{extra}", extra) + rows, "utf-8")
    return Linter(Settings(packs=[pack], select=["HN101"]))


def _found(linter: Linter, text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.severity, f.suggestion.replacement if f.suggestion else None)
            for f in lint_text(text, "snippet", linter=linter).findings]


def test_a_house_pack_adds_rows(tmp_path) -> None:
    linter = _linter(tmp_path)
    assert _found(linter, "The bridge in Londonderry reopened.") == [("Londonderry", "warning", "Derry")]
    assert _found(linter, "Farms in County Londonderry flooded.") == []
    assert _found(linter, "“Londonderry is my home,” she said.") == []


def test_mixed_rows_need_the_system_elsewhere_in_the_article(tmp_path) -> None:
    linter = _linter(tmp_path)
    assert _found(linter, "Flights from Bombay were delayed.") == []
    assert _found(linter, "Flights from Bombay to Chennai were delayed.") == [("Bombay", "info", "Mumbai")]


@pytest.mark.parametrize("rows,needle", [
    ('[[rule.names]]\navoid = ["x"]\n', "needs 'prefer'"),
    ('[[rule.names]]\nprefer = "y"\n', "needs 'avoid'"),
    ('[[rule.names]]\nprefer = "y"\navoid = ["x"]\ncontext = "mixed"\n', "needs 'system'"),
    ('[[rule.names]]\nprefer = "y"\navoid = ["x"]\ncontext = "sometimes"\n', "context must be one of"),
    ('[[rule.names]]\nprefer = "y"\navoid = ["x"]\nwhen = "always"\n', "unknown names key 'when'"),
])
def test_malformed_rows_are_config_errors(tmp_path, rows: str, needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        _linter(tmp_path, rows=rows)


def test_builtin_table_spells_ukrainian_places_consistently(default_linter) -> None:
    text = "Shelling was reported near Kyiv and in Lugansk."
    found = [(f.code, f.text, f.severity) for f in lint_text(text, "snippet", linter=default_linter).findings
             if f.code == "LOAD004"]
    assert found == [("LOAD004", "Lugansk", "info")]
