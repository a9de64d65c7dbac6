"""What every attribution pattern is given and may answer.

A pattern is a module with ``NAME``, a docstring and ``EXAMPLES``, and a function
``find(cue) -> Frame | None | NOT_MINE``. The answer tells two things apart:

- ``NOT_MINE``: the construction is not there; the next pattern is tried.
- a frame, or None: the construction is there and decides; None means it yields no
  frame (a first-person source, say) and no later pattern may claim the cue.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple, Union

from ....model.doc import Frame
from ...vocab import Vocab
from ..asides import answered, label_at
from ..clause import Sent, lazy, mark_before, subject_end
from ..people import PersonTracker
from ..sources import source_frame


class _NotMine(enum.Enum):
    NOT_MINE = "not mine"


#: A pattern's answer when its construction is not there (try the next pattern).
NOT_MINE = _NotMine.NOT_MINE
Outcome = Union[Frame, None, _NotMine]


class Example(NamedTuple):
    """A sentence and the frame a pattern finds in it (source and cue as written), read
    in ``format`` ("txt": the first line is a headline; "md" for block quotations)."""

    text: str
    source: str
    cue: str
    pattern: str
    format: str = "snippet"


@dataclass
class Cue:
    """A reporting cue in a sentence, tokens [a, b), with what a pattern needs to frame it."""

    st: Sent
    a: int
    b: int
    cls: str
    #: verb, noun or phrase (cues.toml).
    typ: str
    v: Vocab
    people: PersonTracker
    #: Frames already found in this sentence, and in the sentences before it.
    same: list[Frame]
    before: list[Frame]

    @property
    def previous(self) -> Frame | None:
        """The last frame found before this cue."""
        return self.same[-1] if self.same else (self.before[-1] if self.before else None)

    @property
    def main(self) -> Frame | None:
        """The frame whose speaker a cue after "and" or a participle shares: the sentence's
        last verb frame that is not inside another frame's content ("Lazar said he welcomed
        X and added Y": Lazar added it, not "he")."""
        frames = [f for f in self.same if f.cue_type != "noun"]
        for f in reversed(frames):
            if not any(o is not f and any(s <= f.cue[0] < e for s, e in o.content) for o in frames):
                return f
        return frames[-1] if frames else None

    @property
    def prev_token(self) -> str:
        return self.st.norm[self.a - 1] if self.a > self.st.first else ""

    @lazy
    def source_end(self) -> int:
        """Where a source before the cue ends: back over auxiliaries and adverbs."""
        return subject_end(self.st, self.a)

    @lazy
    def source_mark(self) -> int:
        """The punctuation before that source (first - 1 when none)."""
        return mark_before(self.st, self.source_end)

    def make(self, src: tuple[int, int], content: list[tuple[int, int]], pattern: str) -> Frame | None:
        """A frame with source tokens ``src``, or None when they name no source."""
        return source_frame(self.st, src, (self.a, self.b), self.cls, self.typ, content, self.v, self.people, pattern)

    def inherit(self, prev: Frame, content: list[tuple[int, int]], pattern: str) -> Frame:
        """A frame for this cue whose source is an earlier frame's ("... and insisted")."""
        return Frame(prev.source, prev.tier, self.st.span(self.a, self.b), self.cls, self.typ, content,
                     self.st.index, prev.entity, pattern=pattern)


def characterises(cue: Cue) -> bool:
    """Whether the cue pins a characterisation on its object ("branded the exercise a
    stunt", "accused the minister of steamrolling"): the words after the object are the
    speaker's charge."""
    return characterising_at(cue.st, cue.a, cue.v)


def characterising_at(st: Sent, a: int, v: Vocab) -> bool:
    """Whether a characterising phrase ("calling [obj] a", "accusing [obj] of") starts at token ``a``."""
    lex = v.phrases.get("characterising")
    return lex is not None and any(True for _ in lex.matches_at(st.norm, a, min(st.last, a + 12)))


def without_naming(cue: Cue, content: list[tuple[int, int]], sibling: bool = False) -> list[tuple[int, int]]:
    """The content of a cue less the writer's naming inside it: the object before a
    quoted label ("calling her disdainful remarks “highly inappropriate”": only the
    quotation was said) and what a noun of response answers ("relayed his response to the
    bombshell allegations": the response's words are not given). A cue inside an earlier
    frame's content keeps it all: its object is that speaker's words ("told CBS the
    host would call the senator's claims “lies”"); a ``sibling`` (a participial cue after
    a comma) ends that content instead, and is not inside it."""
    st, a, b = cue.st, cue.a, cue.b
    at = st.start[a]
    if not sibling and any(s <= at < e for f in cue.same for s, e in f.content):
        return content
    k = label_at(st.norm, a, b, st.last)
    if k is not None:
        cut = st.start[k]
        return [(max(s, cut), e) for s, e in content if e > cut]
    gap = answered(st.norm, b, st.last)
    if gap is None:
        return content
    gs = st.end[gap[0] - 1]
    ge = st.start[gap[1]] if gap[1] < st.last else st.end[st.last - 1]
    out = [(s, min(e, gs)) for s, e in content if s < gs] + [(max(s, ge), e) for s, e in content if e > ge]
    return [(s, e) for s, e in out if e > s]
