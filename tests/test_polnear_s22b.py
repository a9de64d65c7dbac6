"""Classes of false alarm a standards editor marked in the final judged draw of stop 22
on US political copy (issue 12): speech in confidence ("confided to her that ...") as a
reporting verb, a source who argues after "Yet" ("Yet Adler argued that ..."), labels
listed as words ("Crook. Bully. Bigot.", "the insults — liar, crook — flew"), and
"devastating" of an armed conflict. Every text here is our own; each class has texts that
must not be flagged and ones that still must."""

from __future__ import annotations

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Valley news\n\n" + body, select)]


# --- "confided to her that ...": speech in confidence names the speaker -------------------------

_SPEAKERS = (
    "\"We never locked the doors back then,\" said Rosa Linde, a neighbour.\n\n"
    "\"The valley was a quiet place until the mine opened,\" said Paul Emery, the mayor.\n\n"
    "The farm changed hands twice in the 1970s.\n\n"
)
_QUOTE = "\"the only farming family to settle on the hill.\""


def _confided(frame: str) -> str:
    return _SPEAKERS + f"When the Dorns arrived, {frame} his uncle had worried because the Dorns were {_QUOTE} Nobody minded."


def test_speech_in_confidence_names_the_speaker() -> None:
    for frame in ("Walter confided to her that", "Walter confided in a cousin that",
                  "Walter later divulged that", "Walter blurted out that",
                  "Walter mumbled that", "Walter let slip that", "Walter intimated that"):
        assert gate(_confided(frame), "QUOTE002") == [], frame


def test_a_quotation_with_no_cue_still_has_no_speaker() -> None:
    body = _SPEAKERS + f"When the Dorns arrived, his uncle had worried because the Dorns were {_QUOTE} Nobody minded."
    assert gate(body, "QUOTE002") == [("QUOTE002", _QUOTE)]
    # "confidence" is no cue: the quotation after it still has no speaker
    body = _SPEAKERS + f"Walter had the confidence of his uncle, and the Dorns were {_QUOTE} Nobody minded."
    assert gate(body, "QUOTE002") == [("QUOTE002", _QUOTE)]


# --- "Yet Adler argued that ...": a source arguing the other side makes the contrast hers -------

_FACTS = "Exports doubled in five years and the port was rebuilt."


def test_a_source_who_argues_after_yet_owns_the_contrast() -> None:
    assert gate(_FACTS + " Yet in her lectures, Ruth Adler argued that the boom was hollow.", "OPIN003") == []
    assert gate(_FACTS + " Nevertheless, Tom Reyes contends that the port is too small.", "OPIN003") == []
    assert gate(_FACTS + " Yet Ruth Adler countered that the gains went to three firms.", "OPIN003") == []


def test_a_plain_statement_after_yet_stays_the_writers_contrast() -> None:
    assert gate(_FACTS + " Yet Ruth Adler said the boom was hollow.", "OPIN003") == [("OPIN003", "Yet")]
    assert gate(_FACTS + " Despite this, the minister insists the port is failing.", "OPIN003") == \
        [("OPIN003", "Despite this,")]


# --- "Crook. Bully. Bigot.": labels listed as words, not used -----------------------------------

def test_a_run_of_bare_label_fragments_is_mentioned() -> None:
    body = ("Crook. Bully. Bigot. These are among the words the two candidates for mayor have "
            "thrown at each other this autumn.")
    assert gate(body, "LOAD003") == []


def test_labels_in_a_list_of_insults_are_mentioned() -> None:
    assert gate("At the debate, the insults — liar, crook, bigot — flew in both directions.", "LOAD003") == []
    assert gate("The candidates traded epithets such as thug and bigot all evening.", "LOAD003") == []
    assert gate("Both men have been called names like crook and fascist on the trail.", "LOAD003") == []


def test_a_label_used_of_someone_stays_the_writers() -> None:
    assert gate("The racist mayor refused to resign on Monday.", "LOAD003") == [("LOAD003", "racist")]
    # one fragment on its own is the writer's verdict, not a list
    assert gate("Bigot. That is what the mayor has become.", "LOAD003") == [("LOAD003", "Bigot")]
    # a list with no insult noun before it: the writer's own labels
    assert gate("The council is run by thugs, crooks and bigots.", "LOAD003") == \
        [("LOAD003", "thugs"), ("LOAD003", "crooks"), ("LOAD003", "bigots")]
    # "such as" after a noun that introduces no words: people, labelled by the writer
    assert gate("Donors such as thugs and bigots were welcome at the gala.", "LOAD003") == \
        [("LOAD003", "thugs"), ("LOAD003", "bigots")]


# --- "the devastating civil war": an armed conflict devastates in the physical sense ------------

def test_devastating_of_an_armed_conflict_is_literal() -> None:
    assert gate("The devastating civil war in the north has emptied the villages.", "LOAD001") == []
    assert gate("Refugees fled the devastating wars that swept the region.", "LOAD001") == []
    assert gate("Families still mourn the dead of the devastating bombing campaign.", "LOAD001") == []


def test_devastating_of_a_defeat_or_a_policy_stays_a_verdict() -> None:
    assert gate("The vote was a devastating defeat for the party.", "LOAD001") == [("LOAD001", "devastating")]
    assert gate("The minister's devastating cuts closed four libraries.", "LOAD001") == [("LOAD001", "devastating")]
    # only words of destruction read a war literally: a disastrous war is still judged
    assert gate("The disastrous war in the north was the cabinet's mistake.", "LOAD001") == [("LOAD001", "disastrous")]
