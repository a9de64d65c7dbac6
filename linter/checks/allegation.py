"""Kind ``allegation``: "alleged X", "allegedly", "accused of" with no accuser in the
sentence or paragraph; an error when the target is a named person or body."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..analyse.attribution.words import AUX, BE, POSSESSIVES
from ..analyse.lexicon import Lexicon, sentence_matches
from ..analyse.vocab import word_set
from ..model.article import HEADLINE
from ..model.doc import Doc, Sentence
from ..model.findings import Hit
from ..model.rules import Rule
from .allegation_acts import asserted, subject, takes_funds
from .allegation_trial import unproven_verdicts
from .base import Check, Option, render, severity_option

#: Where the allegation's phrase ends: a clause boundary or the main verb.
_PHRASE_END = word_set("boundaries", "allegation_ends")
_PREPOSITIONS = word_set("wordclass", "prepositions")
#: Words that stop the walk back to an indefinite article: the phrase is someone else's.
_DETERMINERS = word_set("grammar", "determiners")
_NOT_IN_PHRASE = _DETERMINERS | AUX | BE
#: Prepositions that tie an allegation to whom it is about ("a cover-up at the council").
_TIES = frozenset({"at", "by", "of", "in", "from", "inside", "within", "against", "involving"})


class AllegationCheck(Check):
    kind = "allegation"
    DATA = {
        "terms": Option(list, [], "allegation words (alleged, allegedly, accused of)"),
        "accusers": Option(list, [], "words naming who accuses (police, prosecutors)"),
        "accusing_verbs": Option(list, [], "verbs of attack before the allegation: their subject accuses"),
        "disputed": Option(list, [], "nouns of a disputed relationship, agreement or programme: 'alleged' hedges them"),
        "violent_crimes": Option(list, [], "crimes of violence whose suspect is charged ('accused of killing')"),
        "misconduct": Option(list, [], "acts of misconduct stated as fact ('embezzled', 'gouged', 'cosy relationship with')"),
        "taking": Option(list, [], "verbs of taking that are misconduct with other people's money as object ('pocketed')"),
        "funds": Option(list, [], "nouns of other people's money, the object that makes taking misconduct"),
        "established": Option(list, [], "words that make an act a finding, not an allegation (convicted, admitted)"),
        "verdicts": Option(list, [], "verbs that carry a court's verdict ('murdered'), an error about a person on trial"),
        "pending": Option(list, [], "words that put a named person's case before a court (denies, is charged with)"),
        "decided": Option(list, [], "words that settle it (convicted, pleaded guilty): the verdict verb is the finding"),
        "hearing": Option(list, [], "words that give a sentence as what a court heard (the jury heard): reported"),
    }
    REQUIRED = ("terms",)
    OPTIONS = {"unnamed_severity": severity_option(
        "info", "severity when the allegation names no one ('invested in an alleged scam', 'A former aide allegedly')")}

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.lex = {r.code: Lexicon.of(r.data["terms"]) for r in rules}
        self.accusers = {r.code: Lexicon.of(r.data["accusers"]) for r in rules}
        self.attacks = {r.code: Lexicon.of(r.data.get("accusing_verbs", [])) for r in rules}
        self.disputed = {r.code: frozenset(r.data.get("disputed", [])) for r in rules}
        self.crimes = {r.code: Lexicon.of(r.data.get("violent_crimes", [])) for r in rules}
        self.acts = {r.code: Lexicon.of(r.data.get("misconduct", [])) for r in rules}
        self.taking = {r.code: Lexicon.of(r.data.get("taking", [])) for r in rules}
        self.funds = {r.code: frozenset(r.data.get("funds", [])) for r in rules}
        self.established = {r.code: Lexicon.of(r.data.get("established", [])) for r in rules}
        self.trial = {r.code: (Lexicon.of(r.data.get("verdicts", [])), Lexicon.of(r.data.get("pending", [])),
                               Lexicon.of(r.data.get("decided", [])), Lexicon.of(r.data.get("hearing", [])))
                      for r in rules}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        norms = doc.tok_norm
        for rule in self.rules:
            by_sentence = sentence_matches(self.lex[rule.code], doc)
            for si, sent in enumerate(doc.sentences):
                if doc.block_of(si).kind == HEADLINE:
                    continue
                for m in by_sentence[si]:
                    s, _ = doc.span(m.first, m.last)
                    if doc.quote_at(s, s + 1) is not None or doc.shielded(s, s + 1):
                        continue
                    if self._accuser_near(doc, si, rule.code) or _accuser_speaks(doc, si, s) \
                            or self._attacked(doc, sent, m.first, rule.code) or _in_work(doc, sent, m.first) \
                            or _alleged_before(doc, si, m.first, m.last):
                        continue
                    end = m.last
                    while end < sent.last and norms[end] not in _PHRASE_END:
                        end += 1
                    e = doc.tok_end[end - 1]
                    # "was allegedly beaten": the subject is the victim; whoever is accused is unnamed
                    victim = (m.first > sent.first and norms[m.first - 1] in ("was", "were", "is", "are", "been")
                              and m.last < sent.last and norms[m.last].endswith(("ed", "en")))
                    if not victim and any(True for _ in self.crimes[rule.code].matches(norms, m.last, end)):
                        continue  # a suspect of violence: "accused of killing" is how the charge is reported
                    severity = rule.severity
                    if _head(doc, m.first, m.last, end) in self.disputed[rule.code]:
                        severity = "info"  # "the alleged rift", "its alleged weapons programme": the hedge itself
                    elif not victim and _unnamed(doc, sent, m.first, end):
                        severity = rule.options["unnamed_severity"]
                    elif not victim and _named_target(doc, sent, m.first):
                        severity = "error"
                    yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]), severity)
            yield from self._acts(doc, rule)
            for s, e in unproven_verdicts(doc, *self.trial[rule.code]):
                yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]), "error")

    def _acts(self, doc: Doc, rule: Rule) -> Iterator[Hit]:
        """Misconduct the writer states as fact ("he pocketed the expenses", "who gouged
        his eye"): an allegation with no hedge at all, the writer its only source, unless
        an accuser or an established finding (a conviction, an admission, a ban) is in
        the paragraph. About a named party it is an error like a named "alleged"."""
        code, norms = rule.code, doc.tok_norm
        acts, taking = sentence_matches(self.acts[code], doc), sentence_matches(self.taking[code], doc)
        for si, sent in enumerate(doc.sentences):
            found = list(acts[si]) + [m for m in taking[si]
                                      if takes_funds(norms, m.last, sent.last, self.funds[code])]
            if not found or doc.block_of(si).kind == HEADLINE:
                continue
            for m in sorted(found, key=lambda m: m.first)[:1]:
                s, e = doc.span(m.first, m.last)
                if doc.in_speech(s, e) or doc.shielded(s, e) or not asserted(doc, sent, m.first):
                    continue
                who = subject(doc, sent, m.first)
                if not who or self._accuser_near(doc, si, code) or self._settled(doc, si, code):
                    continue
                severity = "error" if who == "named" else rule.options["unnamed_severity"]
                yield Hit(code, s, e, render(rule.message, text=doc.text[s:e]), severity)

    def _settled(self, doc: Doc, si: int, code: str) -> bool:
        """A word in the sentence's paragraph that makes the act a finding: a conviction,
        an admission, a penalty ("was banned for gouging", "admitted pocketing")."""
        block = doc.sentences[si].block
        lex = self.established[code]
        return any(any(True for _ in lex.matches(doc.tok_norm, s.first, s.last))
                   for s in doc.sentences if s.block == block)

    def _accuser_near(self, doc: Doc, si: int, code: str) -> bool:
        """An accuser in the sentence's paragraph ("... accused of falsifying the accounts.
        ... It agreed to settle a lawsuit brought by the regulator") or in the first sentence
        of the next one when that sentence takes up the allegation again (a word of alleging
        or accusing), as news copy does to say who made it ("An audit team's investigation
        turned up the alleged scheme, the mayor's office said", "..., accused by the
        council of ..."); prosecutors in the next paragraph's other case ("In the next court,
        prosecutors ...") made no charge here."""
        block = doc.sentences[si].block
        lex = self.accusers[code]
        j = si
        while j + 1 < len(doc.sentences) and doc.sentences[j + 1].block == block:
            j += 1
        nxt = doc.sentences[j + 1] if j + 1 < len(doc.sentences) else None
        if nxt is not None and nxt.block == block + 1 and doc.block_of(j + 1).kind != HEADLINE \
                and any(w.startswith(("alleg", "accus")) for w in doc.tok_norm[nxt.first:nxt.last]):
            j += 1
        while j >= 0 and doc.sentences[j].block >= block:
            s = doc.sentences[j]
            if any(True for _ in lex.matches(doc.tok_norm, s.first, s.last)):
                return True
            j -= 1
        return False

    def _attacked(self, doc: Doc, sent: Sentence, at: int, code: str) -> bool:
        """A verb of attack earlier in the sentence, used as a verb (not "the attack"):
        its subject makes the allegation ("The mayor attacked her rival's alleged links to
        donors", "stood by her choice to target the campaign's alleged backers")."""
        norms = doc.tok_norm
        return any(m.first > sent.first and norms[m.first - 1] not in _DETERMINERS
                   for m in self.attacks[code].matches(norms, sent.first, at))


def _accuser_speaks(doc: Doc, si: int, start: int) -> bool:
    """"Hale accuses the mayor of ...", "the rivals who he accused of ...": the word is
    the cue of a frame with a speaker, who is the accuser."""
    return any(f.source is not None and f.cue[0] <= start < f.cue[1] for f in doc.frames_in(si))


def _head(doc: Doc, first: int, last: int, end: int) -> str:
    """The noun "alleged" qualifies: the last word of the phrase after it, before a
    preposition ("the alleged rift between them" -> "rift"); "" for "allegedly", "accused
    of" or "alleged to", where the allegation is a clause, not a thing."""
    norms = doc.tok_norm
    if norms[first] != "alleged" or last >= end or norms[last] in _PREPOSITIONS:
        return ""
    k = last
    while k + 1 < end and norms[k + 1] not in _PREPOSITIONS and norms[k + 1].replace("-", "").isalpha():
        k += 1
    return norms[k]


def _named_target(doc: Doc, sent: Sentence, at: int) -> bool:
    """A possessive pronoun or a name's ’s earlier in the sentence, or a capitalised
    name right after "accused"/"alleged" context: the allegation is about someone."""
    norms = doc.tok_norm
    for i in range(sent.first, at):
        if norms[i] in ("his", "her", "their", "its"):
            return True
        if norms[i] == "'s" and i > sent.first and doc.text[doc.tok_start[i - 1]:doc.tok_start[i - 1] + 1].isupper():
            return True
    j = at - 1
    while j >= sent.first and (norms[j] in (",", "the", "a") or norms[j] in AUX or norms[j] in BE):
        j -= 1  # "Senator Ann Ruiz is alleged to", "Ruiz, accused of"
    return j >= sent.first and doc.text[doc.tok_start[j]:doc.tok_start[j] + 1].isupper() and j > sent.first


def _unnamed(doc: Doc, sent: Sentence, at: int, end: int) -> bool:
    """The allegation is about no one the reader can identify (the brief's lower-risk
    case): an indefinite phrase that opens the sentence or follows a preposition ("An
    alleged scam cost ...", "invested in an alleged pyramid scheme", "A former aide
    allegedly leaked ..."), whose own words tie it to nobody ("an alleged cover-up at the
    council" is about the council). "He ran an alleged scam" is about him."""
    norms = doc.tok_norm
    k = at - 1
    while k >= sent.first and k >= at - 3 and norms[k] not in ("a", "an") and norms[k].isalpha() \
            and norms[k] not in _NOT_IN_PHRASE and doc.text[doc.tok_start[k]].islower():
        k -= 1
    if k < sent.first or norms[k] not in ("a", "an"):
        return False
    if k > sent.first and norms[k - 1] not in _PREPOSITIONS:
        return False
    return not any(norms[i] in _TIES and (norms[i + 1] in _NOT_IN_PHRASE or doc.text[doc.tok_start[i + 1]].isupper())
                   for i in range(at + 1, end - 1))


#: Works whose author says what is in them ("In Ann Hale's memoir the minister is alleged to").
_WORKS = word_set("attribution", "authored_works") | word_set("sources", "vague_documents")


def _in_work(doc: Doc, sent: Sentence, at: int) -> bool:
    """"In Mr Reed's book the minister is alleged to have ...": earlier in the sentence, a
    work its owner wrote ("in" and a possessive before a book, a memoir or a report): the
    author makes the allegation; "in the book" names no author."""
    norms = doc.tok_norm
    for k in range(sent.first, at):
        if norms[k] != "in":
            continue
        for j in range(k + 1, min(at, k + 6)):
            if norms[j] in _WORKS:
                owner = norms[k + 1:j]
                named = any(w == "'s" and doc.text[doc.tok_start[i - 1]].isupper()
                            for i, w in enumerate(owner, k + 1) if i > k + 1)
                if named or (owner[:1] and owner[0] in POSSESSIVES):
                    return True
                break
    return False


#: Verbs of a frame that makes an allegation ("The suit alleged the firm broke ...").
_ALLEGING = ("alleg", "accus", "charg", "claim")


def _alleged_before(doc: Doc, si: int, first: int, last: int) -> bool:
    """"The alleged breaches included ...": a definite allegation whose noun an earlier
    source's allegation in the story already names ("The lawsuit alleged the chain
    committed thousands of breaches"): the same charge, its accuser given before."""
    norms = doc.tok_norm
    if first == 0 or norms[first - 1] not in ("the", "these", "those", "such") or norms[first] != "alleged" \
            or last >= len(norms) or not norms[last].isalpha():
        return False
    noun = norms[last][:5]
    for f in doc.frames:
        if f.sentence >= si or f.source is None or not f.vouched \
                or not doc.text[f.cue[0]:f.cue[1]].lower().startswith(_ALLEGING):
            continue
        said = " ".join(doc.text[a:b] for a, b in f.content).lower()
        if any(w[:5] == noun for w in said.split()):
            return True
    return False
