"""Sentences, tokens and quotation spans: the shared annotation every rule reads."""

from __future__ import annotations

from linter.analyse.annotate import annotate
from linter.readers import parse
from linter.model.source import Source
from linter.readers.files import read_source
from linter.analyse.tokens import tokenize

from conftest import SEEDS


def _doc(text: str):
    return annotate(parse(Source("t.txt", text), "snippet")[0])


def _sentences(text: str) -> list[str]:
    doc = _doc(text)
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_news_abbreviations_do_not_end_sentences() -> None:
    text = ("Gen. Smith met Sen. Jones and Adm. Kostyukov in the U.S. on Jan. 5. "
            "Lt. Col. Adams of No. 10 Downing St. arrived at 5 p.m. Monday. "
            "Acme Inc. and Widget Corp. said the U.K. deal was signed on Feb. 2. It was.")
    assert _sentences(text) == [
        "Gen. Smith met Sen. Jones and Adm. Kostyukov in the U.S. on Jan. 5.",
        "Lt. Col. Adams of No. 10 Downing St. arrived at 5 p.m. Monday.",
        "Acme Inc. and Widget Corp. said the U.K. deal was signed on Feb. 2.",
        "It was.",
    ]


def test_decimals_and_stop_inside_closing_quote() -> None:
    text = ("Russia had suffered 1.2 million casualties. He focused on ‘concrete steps and practical "
            "solutions.’ However, the sticking point remains. It was the worst since World War II. Next.")
    assert _sentences(text) == [
        "Russia had suffered 1.2 million casualties.",
        "He focused on ‘concrete steps and practical solutions.’",
        "However, the sticking point remains.",
        "It was the worst since World War II.",
        "Next.",
    ]


def test_seed_body_has_24_sentences() -> None:
    art = parse(read_source(SEEDS / "zelensky-toll.txt"), "txt")[0]
    from linter.checks.residue import ResidueCheck
    from linter.lint.packs import load_packs

    ResidueCheck.segmenter([r for r in load_packs().rules if r.kind == "residue"]).segment(art)
    doc = annotate(art)
    body = [s for s in doc.sentences if art.blocks[s.block].kind == "paragraph"]
    assert len(body) == 24


def test_tokens_split_possessives_and_keep_hyphens() -> None:
    toks = [n for _, _, n in tokenize("Zelensky’s so-called plan, soldiers’ pay, 55,000 and 1.2")]
    assert toks[:3] == ["zelensky", "'s", "so-called"]
    assert "55,000" in toks and "1.2" in toks and "soldiers" in toks


def test_quotes_tell_apostrophes_from_closing_marks() -> None:
    doc = _doc("Kyiv hails ‘productive’ talks despite the war’s toll, and the soldiers’ families "
               "wait. Zelensky’s aide said ‘we are ready,’ and left.")
    quotes = [doc.text[q.start:q.end] for q in doc.quotes]
    assert quotes == ["‘productive’", "‘we are ready,’"]


def test_seed_quotes_and_attribution() -> None:
    doc = annotate(parse(read_source(SEEDS / "zelensky-toll.txt"), "txt")[0])
    spans = [(doc.text[q.start:q.end], q.attributed) for q in doc.quotes]
    assert [s for s, _ in spans] == [
        "‘productive’", "‘substantive and productive,’", "‘concrete steps and practical solutions.’",
        "‘strategically important’", "‘productive’",
    ]
    assert all(a for _, a in spans[:4])


def test_double_quotes_straight_and_curly_and_floating() -> None:
    doc = _doc('“We will not surrender,” Umerov said. “Not an inch.” Then "it was brutal" appeared.')
    got = [(doc.text[q.start:q.end], q.attributed) for q in doc.quotes]
    assert got == [("“We will not surrender,”", True), ("“Not an inch.”", True), ('"it was brutal"', False)]


def test_ap_multi_paragraph_quotation() -> None:
    text = "“We will rebuild,” the mayor said. “The bridge comes first.\n\n“Then the school.”"
    doc = _doc(text)
    assert all(q.attributed for q in doc.quotes)
    assert doc.quotes[-1].continued


def test_ap_quotation_attributed_in_its_second_paragraph() -> None:
    doc = _doc("“The bridge comes first.\n\n“Then the school,” the mayor said.")
    assert [q.attributed for q in doc.quotes] == [True, True]


def test_run_on_straight_quote_reopened_inline() -> None:
    doc = _doc('But she added: "We must act fast. "A million families will go hungry. '
               'This is shameful." Talks continue.')
    got = [(doc.text[q.start:q.end], q.attributed) for q in doc.quotes]
    assert got == [('"We must act fast. ', True),
                   ('"A million families will go hungry. This is shameful."', True)]
