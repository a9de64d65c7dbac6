"""Rule packs: every value checked against its kind's declared schema when the pack
loads; policy (genre, lede, opinion share) and family colours as pack data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter import lint_text
from linter.app.cli import main
from linter.checks import KINDS
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.lint.packs import load_pack
from linter.model.errors import ConfigError

from conftest import ROOT

RULE = '''
[[rule]]
code = "HG301"
name = "house-words"
kind = "lexicon"
severity = "{severity}"
summary = "s"
message = "House word '{{text}}'"
{extra}

[[rule.groups]]
terms = ["ballyhooed"]
'''


def pack(tmp_path: Path, severity: str = "warning", extra: str = "") -> Path:
    path = tmp_path / "house.toml"
    path.write_text(RULE.format(severity=severity, extra=extra), "utf-8")
    return path


def test_docs_describe_every_kind_key_and_option() -> None:
    docs = (ROOT / "docs" / "rule-packs.md").read_text("utf-8")
    for kind, cls in KINDS.items():
        assert f"`{kind}`" in docs, kind
        for name in [*cls.DATA, *cls.OPTIONS]:
            assert f"`{name}`" in docs, f"{kind}: {name}"


@pytest.mark.parametrize("extra,needle", [
    ('quotes = "sometimes"', "quotes: must be one of attributed, any"),
    ('exceptions = "ballyhooed"', "exceptions: expected a list of strings"),
    ('demote = ["satire"]', "demote must be a list drawn from news, analysis, opinion"),
    ('promote = "yes"', "promote must be true or false"),
    ('options = { min_words = 3 }', "unknown option 'min_words'"),
    ('groups_extra = 1', "unknown key 'groups_extra'"),
])
def test_malformed_pack_values_are_config_errors(tmp_path: Path, extra: str, needle: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_pack(pack(tmp_path, extra=extra))
    assert needle in str(err.value) and "house.toml" in str(err.value)


def test_option_of_the_wrong_type_in_a_pack_and_in_config(tmp_path: Path) -> None:
    bad = tmp_path / "rdb.toml"
    bad.write_text((ROOT / "rules" / "rdb.toml").read_text("utf-8").replace("max_grade = 12.0", 'max_grade = "high"')
                   .replace('"RDB00', '"HGR00'), "utf-8")
    with pytest.raises(ConfigError, match=r"max_grade: expected a number, got 'high'"):
        load_pack(bad)
    with pytest.raises(ConfigError, match=r"rules\.RDB001\.max_grade: expected a number"):
        Linter(Settings(options={"RDB001": {"max_grade": "high"}}))
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nThe council met on Monday.\n", "utf-8")
    (tmp_path / "newslint.toml").write_text('[rules.RDB002]\nmax_words = [1, 2]\n', "utf-8")
    r = CliRunner().invoke(main, ["check", str(article)])
    assert r.exit_code == 2 and "max_words: expected a whole number" in r.stderr
    assert "Traceback" not in r.output + r.stderr and r.stderr.count("\n") == 1


def test_bad_family_is_a_config_error(tmp_path: Path) -> None:
    path = pack(tmp_path)
    path.write_text(path.read_text("utf-8") + '\n[[family]]\nprefix = "HG"\nname = "h"\ntint = "red"\nink = "#000000"\n')
    with pytest.raises(ConfigError, match="tint must be a colour"):
        load_pack(path)


def test_policy_is_pack_data_for_house_rules_too(tmp_path: Path) -> None:
    extra = 'demote = ["opinion"]\npromote = true\nopinion = true'
    linter = Linter(Settings(packs=[pack(tmp_path, "info", extra)], select=["HG301"]))
    text = "Headline\n\nThe plan was ballyhooed.\n\nLater the plan was ballyhooed again."
    news = lint_text(text, "txt", linter=linter)
    assert [f.severity for f in news.findings] == ["warning", "info"]  # promoted in the first paragraph only
    assert news.profiles[0].opinion_sentences == 1  # the warning marks its sentence
    column = lint_text(text, "txt", linter=Linter(Settings(packs=[pack(tmp_path, "warning", extra)],
                                                           select=["HG301"], genre="opinion")))
    assert {f.severity for f in column.findings} == {"info"}  # demoted in an opinion piece
    plain = Linter(Settings(packs=[pack(tmp_path, "info")], select=["HG301"]))
    assert [f.severity for f in lint_text(text, "txt", linter=plain).findings] == ["info", "info"]


def test_house_family_names_and_colours_the_report(tmp_path: Path) -> None:
    house = ROOT / "examples" / "house-style" / "house.toml"
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nShips from Kiev docked at the harbor.\n", "utf-8")
    (tmp_path / "newslint.toml").write_text(f'packs = ["{house}"]\n', "utf-8")
    r = CliRunner().invoke(main, ["check", "--format", "html", str(article)])
    assert r.exit_code == 0, r.stderr
    assert ".fam-HG{--tint:#e4eef4" in r.output and "house style" in r.output
    assert 'class="mk fam-HG sev-warning' in r.output
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(article)]).output)
    assert {f["code"] for f in data["files"][0]["findings"]} >= {"HG101"}


def test_config_option_keeps_the_packs_other_options(tmp_path: Path) -> None:
    """Setting one option in config leaves the pack's values for the others (not the
    kind's defaults)."""
    pack = tmp_path / "dup.toml"
    pack.write_text((ROOT / "rules" / "dup.toml").read_text("utf-8").replace('"DUP00', '"HGD00')
                    .replace("options = { min_words = 10, threshold = 0.8 }", "options = { min_words = 4, threshold = 0.8 }"),
                    "utf-8")
    linter = Linter(Settings(packs=[pack], options={"HGD002": {"threshold": 0.9}}))
    assert linter.by_code["HGD002"].options == {"min_words": 4, "threshold": 0.9}
