"""Who was reported how: each speaker's statements and how many of them a cue frames.

One count for the whole tool: the verb asymmetry rule (ATTR004) and the sourcing profile
both read it, so the figures a finding gives are the figures the profile prints. A
statement is a frame's cue, counted once: a floating frame repeats its speaker's cue, a
headline restates the body, and a speaker label or a credit line ("Hale:", "— Ann
Hale") reports without a verb, so none of those counts. The speaker is the frame's
entity, or the source's own words when it names no one ("Critics"). A cue is framed
when its class is doubt, concession or persistence (the frame finder has already set
aside senses that report nothing, such as a territorial claim).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model.article import HEADLINE
from ...model.doc import FRAMING, QUESTION, Doc, Frame

#: Cue types that report without a verb of their own.
_VERBLESS = frozenset({"label"})


@dataclass(frozen=True)
class Statement:
    """One reported statement: its cue as written, the cue's class and where it starts."""

    cue: str
    cls: str
    start: int

    @property
    def framed(self) -> bool:
        return self.cls in FRAMING


@dataclass(frozen=True)
class Skew:
    """One speaker's framed statements against everyone else's."""

    speaker: str
    framed: int
    total: int
    others_framed: int
    others_total: int

    @property
    def share(self) -> float:
        return self.framed / self.total if self.total else 0.0

    @property
    def others(self) -> float:
        return self.others_framed / self.others_total if self.others_total else 0.0

    @property
    def difference(self) -> float:
        return self.share - self.others


def speaker(doc: Doc, f: Frame) -> str:
    """The name a frame's statements are counted under."""
    if f.entity:
        return f.entity
    return doc.text[f.source[0]:f.source[1]] if f.source else "(none)"


def statements(doc: Doc) -> dict[str, list[Statement]]:
    """Each speaker's statements, in text order (speakers in order of first statement)."""
    out: dict[str, list[Statement]] = {}
    seen: set[tuple[int, int]] = set()
    for f in doc.frames:
        if f.inherited_from is not None or f.cue in seen or f.cue_type in _VERBLESS or f.pattern == QUESTION:
            continue
        if doc.block_of(f.sentence).kind == HEADLINE:
            continue
        seen.add(f.cue)
        out.setdefault(speaker(doc, f), []).append(Statement(doc.text[f.cue[0]:f.cue[1]], f.cue_class, f.cue[0]))
    return out


def skews(by_speaker: dict[str, list[Statement]]) -> list[Skew]:
    """Every speaker's skew against the rest, most framed first (ties: larger difference,
    then name). Empty when no statement is framed: there is no asymmetry to speak of."""
    framed = {who: sum(s.framed for s in items) for who, items in by_speaker.items()}
    if not any(framed.values()):
        return []
    all_framed = sum(framed.values())
    all_total = sum(len(items) for items in by_speaker.values())
    out = [Skew(who, framed[who], len(items), all_framed - framed[who], all_total - len(items))
           for who, items in by_speaker.items()]
    return sorted(out, key=lambda s: (-s.framed, -s.difference, s.speaker))


def one_sided(by_speaker: dict[str, list[Statement]], min_framed: int, min_others: int, threshold: float,
              lead: frozenset[str] = frozenset()) -> list[Skew]:
    """The speakers the article frames one-sidedly: at least ``min_framed`` framed
    statements against ``min_others`` of everyone else, a framed share ``threshold``
    above theirs and, with ``lead``, one framed statement of those classes at least (a
    speaker the copy casts in doubt, "claims" beside the others' "says"; a sportsman who
    "admitted" and "insisted" is no such case)."""
    return [s for s in skews(by_speaker)
            if s.framed >= min_framed and s.others_total >= min_others and s.difference >= threshold
            and (not lead or any(st.cls in lead for st in by_speaker[s.speaker] if st.framed))]


#: The measure ATTR004 applies by default (its pack's options), for rules that read it
#: without options of their own (ATTR003's framing verbs of a one-sided speaker).
DEFAULT_MEASURE = (3, 2, 0.5, frozenset({"doubt"}))


#: The class of cue that presents what is said as established ("pointed out", "revealed").
_ENDORSING = "endorsement"


def one_sided_cues(doc: Doc) -> frozenset[int]:
    """Where the verbs that do the arguing in the article start: the framed statements of
    the speakers ``one_sided`` finds under the default measure, and the endorsing ones of
    everyone else (the council leader "claimed" and "insisted" while the traders "pointed
    out": both halves of the slant)."""
    by_speaker = statements(doc)
    framed = {s.speaker for s in one_sided(by_speaker, *DEFAULT_MEASURE)}
    if not framed:
        return frozenset()
    return frozenset(st.start for who, items in by_speaker.items() for st in items
                     if (st.framed if who in framed else st.cls == _ENDORSING))
