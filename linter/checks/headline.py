"""Kind ``headline``: a headline that characterises events ("as War Escalates") where
no source in the body says so; question headlines (info)."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..analyse import recache
from ..analyse.lexicon import expand_terms
from ..model.article import HEADLINE
from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render


class HeadlineCheck(Check):
    kind = "headline"
    DATA = {"characterisations": Option(list, [], "verbs that characterise events (escalate+, intensify+)"),
            "feelings": Option(list, [], "nouns of a feeling that grows ('as concern grows'): a source in the "
                                         "body voicing it supports the headline")}
    REQUIRED = ("characterisations",)
    after_hits = True

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.verbs = {}
        self.feelings = {r.code: frozenset(w[:5] for w in expand_terms(r.data.get("feelings", []))) for r in rules}
        for r in rules:
            forms = sorted(expand_terms(r.data["characterisations"]), key=lambda f: (-len(f), f))  # a fixed order
            self.verbs[r.code] = recache.compile(
                # "as" before "a"/"an" is the preposition of a role ("a worm posing as a greeting
                # card spreads"), not the conjunction of a tail ("as the crisis deepens")
                r"\b(?:as(?!\s+an?\s)|amid|while)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(map(re.escape, forms))
                + r")\b",
                re.I)

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        head = next((b for b in doc.article.blocks if b.kind == HEADLINE), None)
        if head is None:
            return
        text = doc.text
        headline = text[head.start:head.end]
        for rule in self.rules:
            if headline.rstrip().endswith("?"):
                yield Hit(rule.code, head.start, head.end, render(rule.message, text=headline,
                          reason="a question headline"), "info")
                continue
            m = self.verbs[rule.code].search(headline)
            if not m:
                continue
            stem = m.group().split()[-1].lower()[:6]
            body = [f for f in doc.frames if f.vouched and doc.sentences[f.sentence].block != doc.article.blocks.index(head)]
            if any(stem in text[s:e].lower() for f in body for s, e in f.content):
                continue
            # "as concern grows": a feeling's growth is supported by sources who voice it
            # ("Ann Hale voiced concerns about the deficit", "..., she said, worried that")
            felt = {w[:5] for w in m.group().lower().split()[1:-1]} & self.feelings[rule.code]
            if felt and any(w[:5] in felt for f in body for w in re.findall(
                    r"[a-z]+", " ".join([text[f.cue[0]:f.cue[1]]] + [text[s:e] for s, e in f.content]).lower())):
                continue
            s, e = head.start + m.start(), head.start + m.end()
            yield Hit(rule.code, s, e, render(rule.message, text=text[s:e],
                      reason="no source in the body says so"), rule.severity)
