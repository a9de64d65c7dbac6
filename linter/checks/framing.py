"""Kinds about how the writer frames what sources say.

- ``juxtaposition`` (OPIN003): "Despite this, X said ...", "even as X insists",
  and ", despite <loaded phrase>" tacked onto a reported position.
- ``headline`` (HEAD001): a headline that characterises events ("as War Escalates")
  where no source in the body says so; question headlines (info).
- ``question`` (OPIN005): a question the writer puts to the reader in body copy
  ("So why not fund music?"), outside any quotation or reported speech.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..annotate import Doc
from ..article import HEADLINE, PARAGRAPH
from ..findings import Hit
from ..lexicon import inflections
from ..packs import Rule
from .base import Check, render


class JuxtapositionCheck(Check):
    kind = "juxtaposition"
    data_keys = frozenset({"openers", "inline", "loaded_codes"})
    after_hits = True

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data.get("loaded_codes", []))

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.openers = {r.code: re.compile(r"^\W*(?:" + "|".join(r.data.get("openers", ["despite this"])) + r")\b,?",
                                           re.I) for r in rules}
        self.inline = {r.code: re.compile(r"\b(?:" + "|".join(r.data.get("inline", ["even as"])) + r")\b", re.I)
                       for r in rules}

    def check(self, doc: Doc) -> Iterator[Hit]:
        text = doc.text
        by_sentence: dict[int, list] = {}
        for f in doc.frames:
            if f.inherited_from is None:
                by_sentence.setdefault(f.sentence, []).append(f)
        for rule in self.rules:
            loaded = set(rule.data.get("loaded_codes", ["LOAD001", "LOAD002"]))
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
                        if any(h.code in loaded and s < h.start < clause_end for h in doc.hits):
                            yield Hit(rule.code, s, clause_end, render(rule.message, text=text[s:clause_end]),
                                      rule.severity)
                        break


class HeadlineCheck(Check):
    kind = "headline"
    data_keys = frozenset({"characterisations"})
    after_hits = True

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.verbs = {}
        for r in rules:
            forms = sorted({f for v in r.data.get("characterisations", []) for f in
                            (inflections(v[:-1]) if v.endswith("+") else {v})}, key=len, reverse=True)
            self.verbs[r.code] = re.compile(
                r"\b(?:as|amid|while)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(map(re.escape, forms)) + r")\b",
                re.I)

    def check(self, doc: Doc) -> Iterator[Hit]:
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
            supported = any(stem in text[s:e].lower() for f in doc.frames if f.vouched
                            and doc.sentences[f.sentence].block != doc.article.blocks.index(head)
                            for s, e in f.content)
            if supported:
                continue
            s, e = head.start + m.start(), head.start + m.end()
            yield Hit(rule.code, s, e, render(rule.message, text=text[s:e],
                      reason="no source in the body says so"), rule.severity)


class QuestionCheck(Check):
    """A body sentence ending in a question mark that nobody in the story asks.

    Song, film and book titles end in question marks too ("hit songs like What's My
    Name?"): a question whose last word is capitalised is taken for a title, and short
    questions (subheads such as "What happens next?") are left alone.
    """

    kind = "question"
    default_options = {"min_words": 6}

    def check(self, doc: Doc) -> Iterator[Hit]:
        text = doc.text
        blocks = doc.article.blocks
        content = [(s, e) for f in doc.frames for s, e in f.content]
        for rule in self.rules:
            min_words = int(rule.options["min_words"])
            for sent in doc.sentences:
                body = text[sent.start:sent.end].rstrip()
                if blocks[sent.block].kind != PARAGRAPH or not body.endswith("?"):
                    continue
                end = sent.start + len(body)
                words = re.findall(r"[\w’'-]+", body)
                if len(words) < min_words or words[-1][:1].isupper():
                    continue
                if doc.quote_at(end - 1, end) is not None or doc.quote_at(sent.start, sent.start + 1) is not None:
                    continue
                if any(s <= end - 1 < e for s, e in content):
                    continue  # reported speech: the source's question
                yield Hit(rule.code, sent.start, end, render(rule.message, text=body), rule.severity, promote=False)
