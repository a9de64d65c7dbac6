"""Attribution patterns: one module per named construction, tried in a fixed order.

A cue's type (``vocab/cues.toml``) chooses the patterns it may open; they are tried in
the order below until one answers other than ``NOT_MINE`` (see ``base``):

- phrase: ``question`` ("when asked"), ``according_to``
- noun: ``statement_noun``
- verb: ``question``, ``participial``, ``inverted``, ``passive_agent``, ``source_cue`` (the last always decides)

``label`` runs before them on a block's first sentence ("Clinton: ...", "Q: ..."); after
them, over each sentence, ``held_view`` ("shared her belief that") and ``survey`` ("in a Gallup poll"); over the whole article, ``credit`` (a name after a quotation: "“...” ― Lena
Ortiz"), ``block_quote`` (a credited block quotation) and last ``floating``. Each module's ``NAME``,
docstring and ``EXAMPLES`` say what it recognises; ``Frame.pattern`` records which
construction found a frame (``Frame.speech`` reads it).
"""

from __future__ import annotations

from typing import Callable

from ....model.doc import Frame
from . import (according_to, block_quote, credit, floating, held_view, inverted, label, participial, passive_agent, question,
               source_cue, statement_noun, survey)
from .base import NOT_MINE, Cue, Example, Outcome

#: Every pattern module, in the order a reader meets them (for documentation and tests).
MODULES = (label, question, participial, inverted, passive_agent, source_cue, according_to, statement_noun, held_view, survey, credit, block_quote,
           floating)

_VERB: tuple[Callable[[Cue], Outcome], ...] = (question.find, participial.find, inverted.find, passive_agent.find,
                                               source_cue.find)
#: Cue type -> the patterns it may open, in order; any other type is a verb's.
BY_CUE_TYPE: dict[str, tuple[Callable[[Cue], Outcome], ...]] = {
    "phrase": (question.find, according_to.find),
    "noun": (statement_noun.find,),
    "verb": _VERB,
}


def frame_for(cue: Cue) -> Frame | None:
    """The frame of the first pattern that recognises the cue (None: no pattern, or the
    one that recognised it yields no frame)."""
    for find in BY_CUE_TYPE.get(cue.typ, _VERB):
        outcome = find(cue)
        if outcome is not NOT_MINE:
            return outcome
    return None


__all__ = ["MODULES", "BY_CUE_TYPE", "Cue", "Example", "block_quote", "credit", "frame_for", "floating", "held_view", "label", "survey"]
