"""Every attribution pattern finds the frames of its own examples, with its name."""

from __future__ import annotations

import pytest

from linter.analyse.annotate import annotate
from linter.analyse.attribution import patterns
from linter.analyse.attribution.clause import Sent
from linter.analyse.attribution.patterns import inverted, participial, source_cue
from linter.analyse.attribution.patterns.base import NOT_MINE
from linter.analyse.attribution.people import PersonTracker
from linter.analyse.attribution.sources import DOCUMENT_EXAMPLES
from linter.analyse.vocab import vocab
from linter.model.source import Source
from linter.readers import parse

CASES = [(module.NAME, example) for module in patterns.MODULES for example in module.EXAMPLES]


def _frames(text: str, fmt: str = "snippet") -> list[tuple[str, str, str, str]]:
    doc = annotate(parse(Source("example.txt", text), fmt)[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.pattern, f.tier)
            for f in doc.frames]


def test_every_pattern_module_is_described_and_has_examples() -> None:
    names = [module.NAME for module in patterns.MODULES]
    assert len(set(names)) == len(names)
    for module in patterns.MODULES:
        assert module.__doc__ and len(module.EXAMPLES) >= 2, module.NAME


@pytest.mark.parametrize("name,example", CASES, ids=[f"{n}:{e.text[:30]}" for n, e in CASES])
def test_pattern_examples(name: str, example: patterns.Example) -> None:
    found = [f[:3] for f in _frames(example.text, example.format)]
    assert (example.source, example.cue, example.pattern) in found, found


@pytest.mark.parametrize("text,source,cue,pattern,tier", DOCUMENT_EXAMPLES)
def test_document_sources(text: str, source: str, cue: str, pattern: str, tier: str) -> None:
    assert (source, cue, pattern, tier) in _frames(text)


def _cue(text: str, word: str) -> patterns.Cue:
    """The cue ``word`` of a one-sentence text, as the patterns are given it."""
    doc = annotate(parse(Source("example.txt", text), "snippet")[0])
    v = vocab()
    st = Sent(doc, 0)
    m = next(m for m in v.cues.matches(st.norm, st.first, st.last) if st.norm[m.first] == word)
    return patterns.Cue(st, m.first, m.last, *m.payload, v, PersonTracker(doc, v), [], [])


def test_a_pattern_that_applies_decides_even_without_a_frame() -> None:
    # "warning" after a comma is participial; its subject is the writer ("We"), so it
    # yields no frame and the cue is not offered to source-cue, which would take the
    # noun phrase before the comma ("the nurses on the ward") for the speaker.
    text = "We spoke to the nurses on the ward, warning that funds were short."
    assert participial.find(_cue(text, "warning")) is None
    assert patterns.BY_CUE_TYPE["verb"].index(participial.find) < patterns.BY_CUE_TYPE["verb"].index(source_cue.find)
    assert patterns.frame_for(_cue(text, "warning")) is None
    assert _frames(text) == []


def test_a_pattern_that_does_not_apply_passes_the_cue_on() -> None:
    text = "The envoy has also repeatedly said that the talks had stalled."
    assert participial.find(_cue(text, "said")) is NOT_MINE
    assert inverted.find(_cue(text, "said")) is NOT_MINE
    assert _frames(text)[0][:3] == ("The envoy", "said", "that-clause")
