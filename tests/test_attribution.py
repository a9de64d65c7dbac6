"""Attribution frames, tiers, reach, genre and position, and the sourcing profile."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from linter.analyse.annotate import annotate
from linter.app.cli import main
from linter.lint.config import Settings
import linter
from linter import lint_text
from linter.lint.engine import Linter
from linter.readers import parse
from linter.model.source import Source
from linter.readers.files import read_source

from conftest import SEEDS

SEED = str(SEEDS / "zelensky-toll.txt")


def frames(text: str) -> list[tuple[str, str, str, str | None]]:
    doc = annotate(parse(Source("t.txt", text), "snippet")[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.tier, f.entity)
            for f in doc.frames]


def test_patterns_source_cue_inverted_according_to_participial() -> None:
    assert frames("Zelensky had reported that 46,000 soldiers had been killed.")[0][:3] == \
        ("Zelensky", "reported", "named-person")
    assert frames("“We will rebuild the bridge,” said Mayor Ana Ruiz.")[0][:2] == ("Mayor Ana Ruiz", "said")
    assert frames("The bridge will reopen in May, the council said.")[0][:2] == ("the council", "said")
    assert frames("According to the health ministry, 40 people were injured.")[0][:2] == \
        ("the health ministry", "According to")
    got = frames("Ukraine has refused to cede ground, warning that a withdrawal would embolden Moscow.")
    assert ("Ukraine", "warning", "institution") in [g[:3] for g in got]


def test_tiers() -> None:
    tiers = {src: tier for src, _, tier, _ in frames(
        "Critics argue that the plan will fail. A source said the deal was dead. "
        "A senior State Department official said talks would resume. "
        "A report by the Center for Strategic and International Studies estimated the losses. "
        "The Kremlin said the talks were useful. European nations have expressed concern.")}
    assert tiers["Critics"] == "vague"
    assert tiers["A source"] == "bare-anonymous"
    assert tiers["A senior State Department official"] in ("described", "named-organisation")
    assert tiers["A report by the Center for Strategic and International Studies"] == "named-organisation"
    assert tiers["The Kremlin"] == "institution"
    assert tiers["European nations"] == "collective"


def test_titles_and_pronouns_resolve_to_the_last_person() -> None:
    got = frames("Volodymyr Zelensky’s statement was brief. The Ukrainian president said 55,000 soldiers "
                 "had died. He added that talks would go on.")
    entities = [e for _, cue, _, e in got if cue in ("said", "added")]
    assert entities == ["Zelensky", "Zelensky"]


def test_reach_floating_quote_yes_writer_evaluation_no() -> None:
    doc = annotate(parse(Source("t", "“We will not surrender,” Umerov said. “Not an inch.” "
                                     "These numbers underscore the cost."), "snippet")[0])
    covered = [doc.text[s:e] for f in doc.frames for s, e in f.content]
    assert any("Not an inch" in c for c in covered)
    assert not any("underscore" in c for c in covered)


def test_named_reported_speech_shields_loaded_words_vague_does_not() -> None:
    linter = Linter(Settings(select=["LOAD001"]))
    assert lint_text("The mayor said the budget was a staggering mistake.", "snippet", linter=linter).findings == []
    found = lint_text("Critics argue that the budget was a staggering mistake.", "snippet", linter=linter).findings
    assert [f.text for f in found] == ["staggering"]


def test_genre_demotes_voice_findings_outside_news(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Headline\n\nThe council met.\n\nIronically, the staggering plan was approved.\n", "utf-8")
    news = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(art)]).output)
    opinion = json.loads(CliRunner().invoke(main, ["check", "--format", "json", "--genre", "opinion",
                                                   str(art)]).output)
    sev = lambda d: {f["code"]: f["severity"] for f in d["files"][0]["findings"]}  # noqa: E731
    assert sev(news)["OPIN002"] == "warning" and sev(news)["LOAD001"] == "warning"
    assert sev(opinion)["OPIN002"] == "info" and sev(opinion)["LOAD001"] == "info"
    (tmp_path / "newslint.toml").write_text('genre = "analysis"\n', "utf-8")
    analysis = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(art)]).output)
    assert sev(analysis)["OPIN002"] == "info"


def test_first_person_and_questions_are_news_only_hints() -> None:
    text = ("Headline\n\nWe must stop this reckless plan before our town pays for it.\n\n"
            "If they can fund the stadium, why not fund the library as well?\n")
    news = lint_text(text, "txt").findings
    found = {(f.code, f.severity) for f in news if f.code in ("OPIN004", "OPIN005")}
    assert found == {("OPIN004", "info"), ("OPIN005", "info")}  # in the lede too: no promotion
    assert [f.text for f in news if f.code == "OPIN004"] == ["We", "our"]
    column = lint_text(text, "txt", linter=Linter(Settings(genre="opinion"))).findings
    assert not [f for f in column if f.code in ("OPIN004", "OPIN005")]


def test_lede_promotes_info_to_warning() -> None:
    linter = Linter(Settings(select=["PRESUP003"]))
    lede = lint_text("Headline\n\nTroops massacred the villagers.\n\nLater, troops massacred a family.", "txt",
                     linter=linter).findings
    assert [f.severity for f in lede] == ["warning", "info"]
    # Words at info because neutral copy uses them stay info in the lede (promote = false).
    puff = lint_text("Headline\n\nThe legendary band played.", "txt", linter=Linter(Settings(select=["LOAD002"])))
    assert [f.severity for f in puff.findings] == ["info"]



def test_the_lede_is_the_first_two_sentences_of_a_long_first_paragraph() -> None:
    """A story exported without paragraph breaks is one long first paragraph: only its
    first two sentences are the lede."""
    linter = Linter(Settings(select=["PRESUP003"]))
    text = ("Headline\n\nThe port reopened on Monday. Troops massacred the villagers. Ships sailed at noon. "
            "Trade resumed. Later, troops massacred a family.")
    assert [f.severity for f in lint_text(text, "txt", linter=linter).findings] == ["warning", "info"]


def test_json_attributions_quotes_profile() -> None:
    out = CliRunner().invoke(main, ["check", "--format", "json", SEED]).output
    file = json.loads(out)["files"][0]
    text = Path(SEED).read_text("utf-8")
    umerov = next(a for a in file["attributions"] if a["entity"] == "Umerov")
    assert umerov["cue"]["text"] == "described" and umerov["source"]["tier"] == "named-person"
    assert text[umerov["source"]["start"]:umerov["source"]["end"]] == "Rustem Umerov"
    assert all(set(a) == {"source", "cue", "content", "entity", "inherited_from"} for a in file["attributions"])
    speakers = [file["attributions"][q["speaker"]]["entity"] if q["speaker"] is not None else None
                for q in file["quotes"]]
    assert speakers == ["Kyiv", "Umerov", "Umerov", "Mathernova", None]
    p = file["profile"]
    assert p["body_sentences"] == 24 and p["opinion_sentences"] == 11
    assert p["asymmetry"]["entity"] == "Zelensky"
    assert p["tiers"]["vague"] == 2
    assert "Umerov" in p["quoted"]


def test_profile_table_and_no_profile() -> None:
    shown = CliRunner().invoke(main, ["check", SEED], env={"NO_COLOR": "1"}).output
    assert "Sourcing profile:" in shown and "carry the writer's unattributed judgement" in shown
    hidden = CliRunner().invoke(main, ["check", "--no-profile", SEED], env={"NO_COLOR": "1"}).output
    assert "Sourcing profile:" not in hidden


def test_seed_severities_for_defamation_grade_items() -> None:
    found = Linter().lint_source(read_source(SEED), "txt").findings
    errors = {(f.code, f.text) for f in found if f.severity == "error"}
    assert ("PRESUP002", "admission") in {(c, t.split()[0]) for c, t in errors}
    assert any(c == "ATTR006" and t.startswith("alleged sabotage") for c, t in errors)
    assert any(c == "ATTR001" and t.startswith("Critics argue") for c, t in errors)


def test_floating_quotes_point_at_the_frame_they_continue() -> None:
    """``inherited_from`` indexes the attributions in the file: each floating quotation
    continues its own speaker's frame, not whichever frame sat at that index before the
    frames were put in text order."""
    text = ("Headline\n\nThe mayor said the bridge was safe. “We checked every bolt.”\n\n"
            "The engineer said the bolts were new. “They were fitted in May.”\n")
    result = linter.lint_text(text, "txt", select=["ATTR"])
    frames = result.attributions
    floating = [a for a in frames if a.inherited_from is not None]
    assert len(floating) == 2
    for a in floating:
        origin = frames[a.inherited_from]
        assert origin.inherited_from is None and origin.source == a.source and origin.cue == a.cue
