"""Kind ``juxtaposition``: "Despite this, X said ...", "even as X insists", and
", despite <loaded phrase>" tacked onto a reported position."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render


class JuxtapositionCheck(Check):
    kind = "juxtaposition"
    DATA = {
        "openers": Option(list, ["despite this"], "sentence openers that undercut what follows (regular expressions)"),
        "inline": Option(list, ["even as"], "connectives that undercut a reported position (regular expressions)"),
        "loaded_codes": Option(list, [], "codes whose hit after an inline connective makes it the writer's charge"),
    }
    after_hits = True

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data["loaded_codes"])

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.openers = {r.code: re.compile(r"^\W*(?:" + "|".join(r.data["openers"]) + r")\b,?", re.I)
                        for r in rules}
        self.inline = {r.code: re.compile(r"\b(?:" + "|".join(r.data["inline"]) + r")\b", re.I) for r in rules}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        by_sentence: dict[int, list] = {}
        for f in doc.frames:
            if f.inherited_from is None:
                by_sentence.setdefault(f.sentence, []).append(f)
        for rule in self.rules:
            loaded = set(rule.data["loaded_codes"])
            for si, frames in by_sentence.items():
                sent = doc.sentences[si]
                body = text[sent.start:sent.end]
                m = self.openers[rule.code].match(body)
                if m and any(f.cue[0] >= sent.start + m.end() for f in frames) \
                        and not doc.shielded(sent.start + m.start(), sent.start + m.end()):
                    # (not when the connective opens what a named source said: "Even so, the
                    # results offer fresh evidence ..., said Julia Steinberg")
                    s = sent.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
                    yield Hit(rule.code, s, sent.start + m.end(), render(rule.message, text=text[s:sent.start + m.end()]),
                              rule.severity)
                    continue
                for im in self.inline[rule.code].finditer(body):
                    s = sent.start + im.start()
                    if any(f.cue[0] < s for f in frames) and not any(cs <= s < ce for f in frames for cs, ce in f.content):
                        # a connective after a reported position and outside what was reported:
                        # flag it when the phrase it introduces is loaded (the writer's own charge)
                        clause_end = sent.start + len(body.rstrip(" .!?;:”’\"'"))
                        if any(h.code in loaded and s < h.start < clause_end for h in hits):
                            yield Hit(rule.code, s, clause_end, render(rule.message, text=text[s:clause_end]),
                                      rule.severity)
                        break
