"""Kind ``balance``: fairness across the whole article.

``test = "no-response"``: a serious allegation against a named person and no response
anywhere in the article. ``test = "one-sided"``: the entity most criticised is never
quoted. Both read the hits of the rules named in ``allegations``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator, Sequence

from ..analyse.attribution.words import AUX, BE, DETERMINERS, PRONOUNS
from ..analyse.lexicon import Lexicon
from ..analyse.vocab import word_set
from ..model.article import BODY_KINDS, HEADLINE
from ..model.doc import DESCRIBED, NAMED, ORGANISATION, Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render


_NOT_A_PARTY = word_set("grammar", "not_a_party_starts")
#: How many paragraphs after an allegation the accused's reply may come.
_REPLY_REACH = 2
#: Words between a possessor and what it is accused of ("his earlier admission").
_MODIFIERS = word_set("attribution", "statement_noun_modifiers")


def _target(doc: Doc, h: Hit, recent: bool = True) -> str | None:
    """Whom a hit is about: a named person whose source sits inside the hit ("His
    admission ...", "Zelensky’s insistence"), else (``recent``) the most recent named
    person before it."""
    last = None
    for f in doc.frames:
        if not f.entity or f.source is None or f.tier not in (NAMED, ORGANISATION, DESCRIBED):
            continue
        if h.start <= f.source[0] < h.end or h.start <= f.cue[0] < h.end:
            return f.entity  # "His admission ...": the frame's speaker, however the hit is cut
        if f.cue[0] <= h.end and recent:
            last = f.entity
    return last if recent else None


def _accused(doc: Doc, h: Hit, flat: bool = False) -> str | None:
    """Whom an unsourced allegation is about, on either side of its word: the possessor
    before it ("Ruiz's alleged fraud", "his alleged sabotage": the person last named),
    the subject of a passive or of an appositive before it ("Ana Ruiz is alleged to have
    ...", "Mayor Ana Ruiz, accused of taking bribes, ..."), or the name after it ("the
    alleged gunman, John Doe"). Only a name is a target: "officials are accused" is not."""
    i = doc.token_at(h.start)
    first = doc.sentences[doc.sentence_index(h.start)].first
    norm = doc.tok_norm
    k = i - 1
    while k >= first and norm[k] in _MODIFIERS:
        k -= 1  # "his earlier admission"
    if k >= first and norm[k] == "'s":
        return _name_before(doc, k, first)
    if k >= first and norm[k] in ("his", "her"):
        return _person_before(doc, h.start)
    who = _subject_before(doc, k, first) if flat else None
    if who:
        return who
    if k >= first and (norm[k] in BE or norm[k] == ","):
        j = k - 1
        while j >= first and (norm[j] in AUX or norm[j] in BE):
            j -= 1  # "Ana Ruiz has also been accused of"
        return _name_before(doc, j + 1, first)
    return _name_after(doc, h.end)


#: How a hedged allegation opens; any other allegation hit is stated flat.
_HEDGES = ("alleg", "accus", "purport")
#: Words between a subject and the act it is accused of ("he was caught siphoning",
#: "who also gouged"); adverbs in -ly are skipped too.
_SUBJECT_GAP = frozenset({"also", "then", "later", "once", "caught", "got", "apparently", "quietly", "secretly"})


def _subject_before(doc: Doc, k: int, first: int) -> str | None:
    """The person the subject before an act of misconduct is: a name ("Varga murdered"),
    or the one a pronoun stands for ("Ferris, after he was caught siphoning ...", "Muir,
    who also gouged ...", "... Graham Pell. He pocketed ..."): the name before "who", or
    the last name before "he"/"she" in the sentence or the one before it. None when the
    subject is no name or such pronoun."""
    norm, text, starts = doc.tok_norm, doc.text, doc.tok_start
    j = k
    while j >= first and (norm[j] in _SUBJECT_GAP or norm[j] in AUX or norm[j] in BE
                          or (norm[j].endswith("ly") and text[starts[j]].islower())):
        j -= 1
    if j >= first and norm[j].isalpha() and text[starts[j]].islower() and norm[j] not in PRONOUNS \
            and any(norm[i] == "the" for i in range(max(first, j - 2), j)):
        return text[starts[j]:doc.tok_end[j]]  # a definite party: "the same group quietly raided"
    if j >= first and text[starts[j]].isupper() and norm[j].isalpha() and norm[j] not in DETERMINERS \
            and norm[j] not in PRONOUNS:
        return text[starts[j]:doc.tok_end[j]]  # a name as the subject: "Varga murdered", "Mr Varga then stabbed"
    if j < first or norm[j] not in ("he", "she", "who"):
        return None
    if norm[j] == "who":
        return _name_before(doc, j - 1 if j - 1 >= first and norm[j - 1] == "," else j, first)
    si = doc.sentence_index(starts[j])
    lo = doc.sentences[si - 1].first if si > 0 else first
    for i in range(j - 1, lo, -1):  # never the sentence's first word ("The", "But")
        if text[starts[i]].isupper() and norm[i].isalpha() and norm[i] not in DETERMINERS \
                and norm[i] not in PRONOUNS and i not in (first, doc.sentences[si - 1].first if si else first):
            return text[starts[i]:doc.tok_end[i]]
    return None


def _name_before(doc: Doc, end: int, first: int) -> str | None:
    """The last word of a capitalised name ending just before token ``end``."""
    k = end - 1
    if k >= first and doc.text[doc.tok_start[k]].isupper() and doc.tok_norm[k][0].isalpha() \
            and doc.tok_norm[k] not in DETERMINERS and doc.tok_norm[k] not in PRONOUNS:
        return doc.text[doc.tok_start[k]:doc.tok_end[k]]
    return None


def _name_after(doc: Doc, offset: int) -> str | None:
    """A capitalised name right after an allegation (up to a comma): "the alleged gunman,
    John Doe"."""
    m = re.match(r"[\s,]*(?:(?!(?:and|or|but|nor)\b)[a-z]+\s+){0,2}(?:,\s*)?((?:[A-Z][\w’'-]+\s?){1,3})",
                 doc.text[offset:offset + 60])
    return m.group(1).split()[-1] if m else None


def _person_before(doc: Doc, offset: int) -> str | None:
    """The person a "his"/"her" before ``offset`` stands for: the last named person speaking
    before it."""
    named = [f.entity for f in doc.frames if f.tier == NAMED and f.entity and f.cue[0] < offset]
    return named[-1] if named else None


def _object(doc: Doc, offset: int) -> str | None:
    """The noun phrase right after an accusing verb, up to "of"/"over"/punctuation."""
    # A preposition first means a passive participle with no object ("Ruiz, accused of
    # taking bribes"): the accused is the subject, already named.
    m = re.match(r"\s+(?!(?:of|over|for|by|to|in|on|with)\b)((?:the |a |an )?[\w’'-]+(?: [\w’'-]+){0,3}?)"
                 r"(?= of| over| for|[,.;]| that)", doc.text[offset:offset + 80])
    return m.group(1) if m else None


def _replies(doc: Doc, target: str, offset: int) -> bool:
    """Whether the accused speaks in the allegation's paragraph or the next
    ``_REPLY_REACH`` ("Ruiz is alleged to have hidden donations. Ruiz insisted she had
    broken no rules"): a verb of speech, not a statement noun ("his admission")."""
    block = doc.sentences[doc.sentence_index(offset)].block
    t = target.lower()
    for f in doc.frames:
        b = doc.sentences[f.sentence].block
        if f.cue_type == "noun" or f.source is None or not block <= b <= block + _REPLY_REACH:
            continue
        who = {(f.entity or "").lower(), doc.text[f.source[0]:f.source[1]].lower()} - {""}
        if any(t in sp or sp in t for sp in who):
            return True
    return False


def _answers(doc: Doc, token: int, target: str, offset: int) -> bool:
    """Whether a response word at ``token`` can answer the allegation at ``offset`` about
    ``target``: it comes in the allegation's paragraph or later, or its sentence names the
    accused. Another person's denial paragraphs earlier ("Delgado-Price denied the
    charge") answers a different charge, not the writer's later one about her rival."""
    block = doc.sentences[doc.sentence_index(offset)].block
    si = doc.sentence_index(doc.tok_start[token])
    sent = doc.sentences[si]
    if sent.block >= block:
        return True
    return target.lower() in doc.text[doc.tok_start[sent.first]:doc.tok_end[sent.last - 1]].lower()


def _characterises(doc: Doc, offset: int) -> bool:
    """ "accuses the president of “leading from behind”", "accused the host of being a
    partisan": what the accused is charged with is a quoted characterisation or a label,
    political argument to be reported, not an act of wrongdoing awaiting a reply."""
    m = re.match(r"[^.;]{0,60}?\bof\s+(being\b|[“\"‘'])", doc.text[offset:offset + 80])
    return m is not None


def _named(target: str | None) -> bool:
    """Whether an accused noun phrase names someone: a name or one definite party ("the
    developer"), not a pronoun, a group, an indefinite description or a clause ("an
    Evening Standard journalist", "the firms", "each other", "that areas")."""
    if not target:
        return False
    words = target.split()
    if words[0].lower() in _NOT_A_PARTY:
        return False
    # a name, or one party named by what it is ("the developer"); not a group ("the firms")
    return words[-1][:1].isupper() or (words[0].lower() == "the" and not words[-1].endswith("s"))


class BalanceCheck(Check):
    kind = "balance"
    DATA = {
        "test": Option(str, "", "what is looked for", ("no-response", "one-sided")),
        "allegations": Option(list, [], "codes whose hits count as criticism or allegation"),
        "responses": Option(list, [], "words that report a response (deny+, declined to comment)"),
        "legal": Option(list, [], "words of a criminal process, whose reply is the court's (charged with, trial)"),
    }
    REQUIRED = ("test", "allegations")
    OPTIONS = {"min_sentences": Option(int, 8, "fewest body sentences of an article judged one-sided")}
    after_hits = True

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data["allegations"])

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.responses = {r.code: Lexicon.of(r.data["responses"]) for r in rules}
        self.legal = {r.code: Lexicon.of(r.data["legal"]) for r in rules}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        for rule in self.rules:
            if rule.data["test"] == "no-response":
                yield from self._no_response(rule, doc, hits)
            else:
                yield from self._one_sided(rule, doc, hits)

    def _no_response(self, rule: Rule, doc: Doc, hits: Sequence[Hit]) -> Iterator[Hit]:
        codes = set(rule.data["allegations"])
        # Defamation-grade hits only: an unsourced allegation or presupposed wrongdoing
        # about a named person (their rules report those as errors).
        # A flat one (no "alleged", "accused of": "he pocketed the expenses") is the
        # writer's own charge: whom it is about may be a pronoun subject, and only a
        # response that can follow it answers it (see _answers).
        allegations = [(h.start, h.end, _accused(doc, h, flat) or _target(doc, h, recent=False), flat)
                       for h in hits if h.code in codes and h.severity == "error"
                       for flat in (not doc.text[h.start:h.end].lower().startswith(_HEDGES),)]
        # Attributed accusations count too ("Residents accuse the developer of ..."), when
        # the accused never speaks anywhere in the article.
        speakers = {(f.entity or "").lower() for f in doc.frames} | {
            doc.text[f.source[0]:f.source[1]].lower() for f in doc.frames if f.source}
        for f in doc.frames:
            cue = doc.text[f.cue[0]:f.cue[1]].lower()
            if cue.startswith(("accus", "alleg")) and f.inherited_from is None:
                target = _object(doc, f.cue[1])
                if not _named(target) or _characterises(doc, f.cue[1]):
                    continue  # "accused him of lying", "accused a Daily Ledger journalist", "each other"
                if target and not any(target.lower() in sp or (sp and sp in target.lower()) for sp in speakers):
                    allegations.append((f.cue[0], f.cue[1], target, False))
        if not allegations:
            return
        responses = [m.first for m in self.responses[rule.code].matches(doc.tok_norm)]
        legal = self.legal[rule.code]
        by_target: dict[str, tuple[int, int]] = {}
        for start, end, target, flat in sorted(allegations):
            if not target or target in by_target or _replies(doc, target, start):
                continue  # the accused speaks just after: their reply is reported
            if any(not flat or _answers(doc, at, target, start) for at in responses):
                continue  # a denial or a note that comment was sought
            block = doc.block_of(doc.sentence_index(start))
            first, last = doc.token_at(block.start), doc.token_at(max(block.end - 1, block.start)) + 1
            if any(True for _ in legal.matches(doc.tok_norm, first, last)):
                continue  # a criminal charge ("accused of killing ...", "charged with"): the court hears the reply
            by_target[target] = (start, end)
        for target, (start, end) in by_target.items():
            yield Hit(rule.code, start, end, render(rule.message, entity=target), rule.severity)

    def _one_sided(self, rule: Rule, doc: Doc, hits: Sequence[Hit]) -> Iterator[Hit]:
        body = [i for i in range(len(doc.sentences)) if doc.block_of(i).kind in BODY_KINDS]
        if len(body) < int(rule.options["min_sentences"]):
            return
        codes = set(rule.data["allegations"])
        counts: dict[str, int] = defaultdict(int)
        for h in hits:
            if h.code in codes and h.severity in ("warning", "error"):
                t = _target(doc, h)
                if t:
                    counts[t] += 1
        if not counts:
            return
        target, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n < 3:
            return
        quoted = {doc.frames[i].entity for i in doc.speakers if i is not None}
        if target in quoted:
            return
        head = next((b for b in doc.article.blocks if b.kind == HEADLINE), None) or doc.article.blocks[0]
        yield Hit(rule.code, head.start, head.end, render(rule.message, entity=target, count=n), rule.severity,
                  key=f"unquoted:{target}")
