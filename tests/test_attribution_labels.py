"""Speech with no reporting verb still has a speaker: headline and transcript labels
("Hale: ...", "Q: ... A: ..."), credits after a quotation ("― Lena Ortiz", "[AP.]"),
block quotations credited by a footer, a cite, a dash line or a lead-in paragraph
(issue 12, part 5). Every text here is written for the tests."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse


def frames(text: str, fmt: str = "txt") -> list[tuple[str, str, str | None, str]]:
    """(source, cue, entity, pattern) of every frame."""
    doc = annotate(parse(Source("t", text), fmt)[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.entity, f.pattern)
            for f in doc.frames]


def findings(text: str, select: list[str], fmt: str = "txt") -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in lint_text(text, fmt, linter=Linter(Settings(select=select))).findings]


# --- labels -----------------------------------------------------------------------------------

def test_a_headline_label_makes_the_words_after_it_the_speakers() -> None:
    text = "Hale: Rival ‘Wrong’ to Brand Me a Cheat\n\nSenator Ann Hale said her rival had insulted her on Monday.\n"
    assert ("Hale", ":", "Hale", "speaker-label") in frames(text)
    assert findings(text, ["LOAD", "QUOTE", "OPIN004"]) == []


@pytest.mark.parametrize("text", [
    "Fare Hike Fiasco: Mayor Forces Through Rise\n\nThe mayor raised fares on Monday.\n",
    "Big Win For Hale: Union Backs Her\n\nSenator Ann Hale won the union's support.\n",
    "Budget passed\n\nUpdate: the council has published the full budget.\n",
    "Budget passed\n\nThe bottom line: residents will pay more.\n",
    "Budget passed\n\nNevada: Ann Hale, Jo Park, Li Wei, Sam Ortiz, Dee Ray.\n",
    "Budget passed\n\nThe meeting ended at 4:49 p.m. on Monday.\n",
])
def test_section_labels_headline_phrases_rosters_and_times_are_no_speakers(text: str) -> None:
    assert not [f for f in frames(text) if f[3] == "speaker-label"]


def test_a_transcript_credits_each_turn() -> None:
    text = ("Interview\n\nThe interview was edited for length.\n\nQ: Why did you run for mayor?\n\n"
            "A: Nobody else would, and the town was a disgrace.\n\nRAMOS: Why not debate?\n\n"
            "BENSON: Because he is a liar.\n")
    got = {(src, ent) for src, cue, ent, pat in frames(text) if pat == "speaker-label"}
    assert {("Q", "interviewer"), ("A", "interviewee"), ("RAMOS", "RAMOS"), ("BENSON", "BENSON")} <= got
    assert findings(text, ["LOAD"]) == []


def test_a_credit_label_before_a_quotation() -> None:
    text = "Reactions\n\nReactions came quickly.\n\nDana Gold, Politico:\n\n“It was a big night for the network.”\n"
    assert ("Dana Gold, Politico", ":", "Gold", "speaker-label") in frames(text)
    assert findings(text, ["QUOTE002"]) == []


# --- credits after a quotation -----------------------------------------------------------------

def test_dash_and_bracket_credits() -> None:
    text = ("Readers respond\n\nReaders wrote in. “He never answers a question straight.” ― Lena Ortiz / "
            "“The debate was a shambles from start to finish.” ― Omar Reyes\n\n"
            "“The address was his shortest in years by some way.” [AP.]\n")
    got = [(src, cue) for src, cue, _, pat in frames(text) if pat == "credit"]
    assert got == [("Lena Ortiz", "―"), ("Omar Reyes", "―"), ("AP", "[")]
    assert findings(text, ["QUOTE002", "LOAD"]) == []


def test_a_dash_that_goes_on_as_a_sentence_is_no_credit() -> None:
    text = "Promise\n\n“We will win” — Hale’s promise to the crowd — was repeated on Monday.\n"
    assert not [f for f in frames(text) if f[3] == "credit"]


# --- block quotations -------------------------------------------------------------------------

@pytest.mark.parametrize("text,fmt,speaker", [
    ("# Row\n\nThe mayor spoke.\n\n> It is a disgrace and a scandal.\n> — Mayor Ana Ruiz\n", "md", "Ruiz"),
    ("# Row\n\nThe mayor spoke.\n\n> It is a disgrace and a scandal.\n\n— Jo Park, councillor\n", "md", "Park"),
    ("# Row\n\nThe mayor spoke on Monday. She said:\n\n> It is a disgrace and a scandal.\n", "md", None),
    ("<h1>Row</h1><p>The mayor spoke.</p><blockquote><p>It is a disgrace and a scandal.</p>"
     "<footer>— Mayor Ana Ruiz</footer></blockquote>", "html", "Ruiz"),
    ("<h1>Row</h1><p>The mayor spoke.</p><blockquote><p>It is a disgrace and a scandal.</p>"
     "<cite>Jo Park, councillor</cite></blockquote>", "html", "Park"),
])
def test_block_quotations_take_their_speaker_from_credit_or_lead_in(text: str, fmt: str, speaker: str | None) -> None:
    doc = annotate(parse(Source("t", text), fmt)[0])
    at = doc.text.index("disgrace")
    holders = [f for f in doc.frames if any(s <= at < e for s, e in f.content)]
    assert holders and holders[0].entity == speaker and holders[0].vouched
    assert findings(text, ["LOAD"], fmt) == []


def test_an_uncredited_block_quotation_is_not_shielded() -> None:
    text = "# Row\n\nThe mayor spoke on Monday.\n\n> It is a disgrace and a scandal.\n"
    assert ("LOAD001", "disgrace") in findings(text, ["LOAD"], "md")


def test_a_cite_inside_a_paragraph_stays_in_it() -> None:
    doc = annotate(parse(Source("t", "<h1>Row</h1><p>As <cite>The Ledger</cite> reported, fares rose.</p>"),
                         "html")[0])
    assert [doc.text[b.start:b.end] for b in doc.article.blocks][1] == "As The Ledger reported, fares rose."


@pytest.mark.parametrize("text", ["The bridge will reopen, the mayor said", "Hale:", "“We will win” ―", "> — Jo Park"])
def test_text_that_ends_at_a_cue_or_a_mark(text: str) -> None:
    for fmt in ("snippet", "txt", "md"):
        annotate(parse(Source("t", text), fmt)[0])
