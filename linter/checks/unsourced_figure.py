"""Kind ``unsourced-figure``: a casualty, displacement or crowd figure that no
attribution covers (its own, or a refer-back to the previous sentence's)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import chain
from typing import Iterator, Sequence

from ..analyse import recache
from ..analyse.lexicon import expand_terms, positions
from ..analyse.prefilter import cached_needs, fold, folded, may_match, may_match_between
from ..analyse.vocab import word_set
from ..model.article import BODY_KINDS
from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render

_NUMBER_WORDS = word_set("grammar", "number_words")
_BE_FORMS = word_set("grammar", "be_forms")
#: Tokens between a number and a noun that put them in different phrases or clauses.
_BARRIERS = word_set("boundaries", "figure_barriers")
#: A number after a month is a date ("Jan. 6", "May 2024").
_MONTH_WORDS = word_set("dates", "months") | word_set("dates", "month_abbreviations")
#: A number before a unit of time is a duration ("every 72 minutes"), not a count.
_TIME_UNITS = word_set("dates", "durations")
#: The bounds of the clause around a background match: what lies within still describes
#: the toll ("which killed 14 people on Sunday, ...", "At least 40 were killed in ...").
_CLAUSE_END = recache.compile(r"[,;:.()—–]")
#: The opening of a lede whose subject is the event a background pattern matched.
_OPENING = recache.compile(r"^\W*(?:the\s+)?$", re.I)
#: A year from 1800 to 2099 as a word of its own. The boundary before it is asked after
#: its first digit (the character before that is no word character): a pattern that opens
#: with a digit lets ``re`` skip to the 1s and 2s of a text, one that opens with ``\b``
#: is tried at every character (the story's year reads the whole article).
_YEAR = recache.compile(r"(?:1(?<!\w1)[89]|2(?<!\w2)0)\d\d\b")


class UnsourcedFigureCheck(Check):
    """A number and a casualty, displacement or crowd noun within a few words, in a
    sentence no frame covers (own attribution, or a refer-back to the previous one)."""

    kind = "unsourced-figure"
    DATA = {
        "nouns": Option(list, [], "casualty and displacement nouns (killed, toll, displaced+)"),
        "crowd_nouns": Option(list, [], "crowd and arrest nouns, reported only from crowd_min"),
        "refer_back": Option(list, ["the figures?"], "sentence openings that refer to the previous sentence's figures"),
        "historical": Option(list, ["world war"], "patterns of sentences about history, not news"),
        "not_counts": Option(list, [], "patterns of a casualty noun in a phrase that counts no people (job losses)"),
        "counters": Option(list, [], "verbs whose subject made the count (record+, register+): it is the source"),
        "background": Option(list, [], "patterns of a settled toll given as background to a named past event "
                                       "(case-sensitive: 'the Dunmore shooting, in which 14 were killed')"),
        "background_parts": Option(dict, {}, "named pieces of the background and estimate patterns, put in as {name}"),
        "estimates": Option(list, [], "patterns of an estimate of money lost or damage done, or of a crowd's size "
                                      "('an estimated £2m of damage', 'losing about £5,000 a week', "
                                      "'300 residents packed the hall'): reported when no one vouches for it"),
        "background_fresh": Option(list, [], "patterns of a toll still being counted ('at least', 'so far', "
                                             "a weekday): a background match holding one keeps its finding"),
        "gatherings": Option(list, [], "crowd nouns of people gathered at an event (crowd, rally, protesters), "
                                       "whose size below crowd_seen a reporter on the spot counts"),
        "projections": Option(list, [], "patterns of a crowd still to come ('will', 'expected'): "
                                        "no reporter has seen it, so crowd_seen does not apply"),
    }
    REQUIRED = ("nouns",)
    OPTIONS = {
        "window": Option(int, 6, "most words between the number and the noun"),
        "crowd_min": Option(int, 100, "smallest numeral of a crowd worth a source"),
        "crowd_seen": Option(int, 0, "smallest numeral of a gathering at the story's event worth a source "
                                     "(0: every one from crowd_min)"),
    }

    @classmethod
    def validate(cls, rule: Rule) -> None:
        if not rule.data["nouns"]:
            raise ValueError("'nouns' must list casualty and crowd nouns")

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.crowd = {r.code: expand_terms(r.data["crowd_nouns"]) for r in rules}
        self.nouns = {r.code: expand_terms(r.data["nouns"]) | self.crowd[r.code] for r in rules}
        self.refer = {r.code: recache.compile(r"^\W*(?:" + "|".join(r.data["refer_back"]) + r")\b", re.I)
                      for r in rules}
        self.historical = {r.code: recache.compile("|".join(r.data["historical"]), re.I) for r in rules}
        self.not_counts = {r.code: recache.compile("|".join(r.data["not_counts"]) or r"(?!)", re.I) for r in rules}
        self.counters = {r.code: expand_terms(r.data["counters"]) for r in rules}
        self.background = {r.code: recache.compile("|".join(_fill(p, r.data["background_parts"])
                                                             for p in r.data["background"]) or r"(?!)")
                           for r in rules}
        #: What every background or historical match holds (``prefilter``, on the sentence
        #: folded): a sentence without it is not searched (most sentences with a figure
        #: give no settled toll and are not history).
        self.background_needs = {code: cached_needs([p.pattern], 0)[p.pattern] for code, p in self.background.items()}
        self.historical_needs = {code: cached_needs([p.pattern], re.I)[p.pattern]
                                 for code, p in self.historical.items()}
        self.gatherings = {r.code: expand_terms(r.data.get("gatherings", [])) for r in rules}
        self.projections = {r.code: recache.compile("|".join(r.data.get("projections", [])) or r"(?!)", re.I)
                            for r in rules}
        self.fresh = {r.code: recache.compile("|".join(r.data["background_fresh"]) or r"(?!)", re.I) for r in rules}
        self.estimates = {r.code: recache.compile("|".join(_fill(p, r.data["background_parts"])
                                                           for p in r.data.get("estimates", [])) or r"(?!)", re.I)
                          for r in rules}
        #: strings every estimate holds ("damage", "losing", "packed", ...): a sentence
        #: without one is not searched, an article without one skips the estimates
        self.estimate_needs = {code: cached_needs([p.pattern], re.I)[p.pattern] for code, p in self.estimates.items()}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        index = positions(doc.tok_norm)
        # a figure needs one of its rule's nouns in its sentence: where the article has them,
        # from the token index (most articles have none, and most sentences with a number
        # none: nothing else is looked at there)
        noun_at = {code: sorted(chain.from_iterable(index[w] for w in nouns & index.keys()))
                   for code, nouns in self.nouns.items()}
        low = folded(doc)
        estimating = {code: may_match(n, low) for code, n in self.estimate_needs.items()}
        if not any(noun_at.values()) and not any(estimating.values()):
            return  # no figure without a noun, and no estimate of money, damage or a crowd
        covered = [(s, e) for f in doc.frames for s, e in f.content]
        noun_cues = {f.cue[1] for f in doc.frames if f.cue_type == "noun"}
        numbers = sorted(i for w, at in index.items() if w[0].isdigit() or w in _NUMBER_WORDS for i in at)
        body = [si for si in range(len(doc.sentences)) if doc.block_of(si).kind in BODY_KINDS]
        story = _story_year(doc.text)
        for rule in self.rules:
            for si in body:
                found = self._figure(rule, doc, si, numbers, lede=si == body[0], story=story, nouns=noun_at[rule.code])
                if found is not None:
                    if not self._sourced(rule, doc, si, found, covered, noun_cues):
                        s, e = doc.span(found[0], found[1])
                        yield Hit(rule.code, s, e, render(rule.message, text=doc.text[s:e]), rule.severity)
                    continue
                if not estimating[rule.code]:
                    continue
                span = self._estimate(rule, doc, si, covered, story)
                if span is not None:
                    yield Hit(rule.code, *span, render(rule.message, text=doc.text[span[0]:span[1]]), rule.severity)

    def _estimate(self, rule: Rule, doc: Doc, si: int, covered: list[tuple[int, int]],
                  story: int | None) -> tuple[int, int] | None:
        """An estimate of money lost or damage done, or of a crowd's size, that no frame or
        quotation holds: somebody estimated it, and the reader is not told who ("caused an
        estimated £2m of damage", "is losing about £50,000 a week"). Not one of years past."""
        sent = doc.sentences[si]
        if not may_match_between(self.estimate_needs[rule.code], folded(doc), sent.start, sent.end):
            return None
        m = self.estimates[rule.code].search(doc.text, sent.start, sent.end)
        if m is None:
            return None
        s, e = m.start(), m.end()
        if any(cs <= s and e <= ce + 1 for cs, ce in covered) or doc.in_speech(s, e) \
                or _dated_before(doc, si, story, self.fresh[rule.code]):
            return None
        return s, e

    def _figure(self, rule: Rule, doc: Doc, si: int, figures: list[int],
                lede: bool = False, story: int | None = None, nouns: list[int] | None = None) -> tuple[int, int, int] | None:
        """The sentence's first figure, as its token range and the number's token: a
        number and a casualty or crowd noun within ``window`` tokens, in one clause, a
        crowd only from ``crowd_min``. ``figures``: the article's numbers and number
        words, in order; ``lede``: the sentence is the story's first; ``nouns``: where the
        article has the rule's nouns, in order (None: not known)."""
        sent = doc.sentences[si]
        if nouns is not None and bisect_left(nouns, sent.first) == bisect_left(nouns, sent.last):
            return None  # no noun in the sentence: no figure, whatever its numbers
        norms = doc.tok_norm
        numbers = [i for i in figures[bisect_left(figures, sent.first):bisect_left(figures, sent.last)]
                   if not _measure(doc, i, sent.last)]
        if not numbers:
            return None  # most sentences: the background patterns are not run
        body = doc.text[sent.start:sent.end]
        low = fold(body)
        settled = self._settled(rule, body, low, sent.start, lede)
        numbers = [i for i in numbers if not any(s <= doc.tok_start[i] < e for s, e in settled)]
        if not numbers or (may_match(self.historical_needs[rule.code], low)
                           and self.historical[rule.code].search(body)) \
                or _dated_before(doc, si, story, self.fresh[rule.code]):
            return None
        window = int(rule.options["window"])
        nouns, crowd, idle = self.nouns[rule.code], self.crowd[rule.code], self.not_counts[rule.code]
        for n in numbers:
            # the first noun in the window in the number's own clause: one across a barrier
            # belongs to another clause's number ("refugees, but 7 of her 11 counterparts",
            # "feared dead and millions homeless", "closed 450 sites and arrested 224
            # people"), and a noun further on may still be this one's ("..., which killed 23
            # people, 40,000 protesters marched")
            noun = next((k for k in range(max(sent.first, n - window), min(sent.last, n + window + 1))
                         if norms[k] in nouns and not _titled(doc, k, sent.first)
                         and not _no_count(doc, k, sent.first, sent.last, idle) and _one_clause(norms, n, k, sent.last)),
                        None)
            if noun is None:
                continue
            a, b = sorted((n, noun))
            if norms[noun] in crowd and not _counted(norms[n], int(rule.options["crowd_min"])):
                continue  # "hundreds of protesters", "about 30 demonstrators": what a reporter sees
            if self._seen(rule, doc, si, norms[noun], norms[n]):
                continue  # "spoke to a crowd of about 800": the reporter's own count of the event
            return a, b + 1, n
        return None

    def _seen(self, rule: Rule, doc: Doc, si: int, noun: str, number: str) -> bool:
        """A gathering at the event the story reports, of fewer than ``crowd_seen``: the
        audience a candidate spoke to, a picket outside a hall ("told a crowd of about 800",
        "some 200 protesters gathered outside"). A reporter on the spot counts it, and
        newsrooms give such counts without a source; a crowd of tens of thousands (where
        organisers' and police figures part) or one still to come ("as many as 3,000
        protesters are expected") is someone's estimate."""
        seen = int(rule.options["crowd_seen"])
        if not seen or noun not in self.gatherings[rule.code] or _counted(number, seen):
            return False
        sent = doc.sentences[si]
        # a quotation's "will" is the speaker's ("told them they would 'go as far as you will'")
        return all(doc.quote_at(m.start(), m.end()) is not None
                   for m in self.projections[rule.code].finditer(doc.text, sent.start, sent.end))

    def _settled(self, rule: Rule, body: str, low: str, offset: int, lede: bool) -> list[tuple[int, int]]:
        """Spans of the sentence that give a settled toll of a named past event. Not a
        toll still counted (``background_fresh`` in the match or the rest of its clause:
        "which killed at least 14", "at least 40 killed in the March bombing", "which killed
        14 people on Sunday"), nor one of an event the lede opens with and no year dates:
        that event is the story's own news ("The Dunmore shooting, which killed 14 people,
        ..."; not "After the Dunmore shooting, ...")."""
        spans: list[tuple[int, int]] = []
        need = self.background_needs[rule.code]
        if not may_match(need, low):
            return spans
        for m in self.background[rule.code].finditer(body):
            start = max((k.end() for k in _CLAUSE_END.finditer(body, 0, m.start())), default=0)
            end = next((k.start() for k in _CLAUSE_END.finditer(body, m.end())), len(body))
            clause = body[start:end]
            news = lede and _OPENING.match(body[:m.start()]) is not None and not _YEAR.search(m.group())
            if news or self.fresh[rule.code].search(clause):
                continue
            spans.append((m.start() + offset, m.end() + offset))
        return spans

    def _sourced(self, rule: Rule, doc: Doc, si: int, figure: tuple[int, int, int],
                 covered: list[tuple[int, int]], noun_cues: set[int]) -> bool:
        """Whether someone vouches for the figure: a frame's content or a quotation holds
        it, it is the object of a statement noun, or the sentence refers back to the
        figures of an attributed sentence just before ("These figures ...")."""
        sent = doc.sentences[si]
        first, last, n = figure
        s, e = doc.span(first, last)
        if any(cs <= s and e <= ce + 1 for cs, ce in covered) or doc.quote_at(s, e) is not None:
            return True
        if n - 2 >= sent.first and doc.tok_norm[n - 1] == "of" and doc.tok_end[n - 2] in noun_cues:
            return True  # "Zelensky’s claim of 55,000 deaths": the figure is the claim's
        if _counted_by(doc, sent.first, first, self.counters[rule.code]):
            return True
        body = doc.text[sent.start:sent.end]
        if bool(doc.frames_in(si - 1)) and bool(self.refer[rule.code].match(body)) and first - sent.first <= 12:
            return True
        return _attributed_elsewhere(doc, n, covered)


#: Years before the story's own by at least this many are history ("introduced in 2002
#: after a fire that killed 25" in a story of 2004).
_PAST_YEARS = 2


def _story_year(text: str) -> int | None:
    """The year the story is about: the year it names most often (the later one on a tie),
    read from the text itself, not the clock."""
    years = Counter(int(y) for y in _YEAR.findall(text))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _dated_before(doc: Doc, si: int, story: int | None, fresh: re.Pattern) -> bool:
    """The sentence, or the one before it in its paragraph when it names no year and no
    fresh count of its own ("The bomb went off on 1 May, 2002. Seventeen people were
    injured."), is dated years before the story's own, or by a month with its year ("in
    August 2004", "on 1 May, 2002": house styles give a date of the current year without
    it): a settled figure of the past."""
    sent = doc.sentences[si]
    text = doc.text[sent.start:sent.end]
    own = _YEAR.findall(text)
    if own and story is not None and min(map(int, own)) <= story - _PAST_YEARS:
        return True
    if _past_date(text):
        return True
    if own or si == 0 or doc.sentences[si - 1].block != sent.block or fresh.search(text):
        return False
    before = doc.text[doc.sentences[si - 1].start:doc.sentences[si - 1].end]
    return _past_date(before) or (story is not None and any(int(y) <= story - _PAST_YEARS
                                                            for y in _YEAR.findall(before)))


#: A date with its month and year: "in August 2004", "on 1 May, 2002", "on May 1, 2002".
_MONTH_YEAR = recache.compile(r"\b(?<!since )(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(sorted(_MONTH_WORDS))
                              + r")\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1[89]|20)\d\d\b", re.I)
#: A toll still counted up to now ("has killed", "have died"): no date of the past settles it.
_PERFECT = recache.compile(r"\bha(?:s|ve)\s+(?:now\s+|so\s+far\s+)?(?:been|killed|died|left|risen|climbed|reached)\b", re.I)


def _past_date(text: str) -> bool:
    """A month with its year dates the sentence's event in a past year, unless the toll is
    still counted to now ("since March 2011 the war has killed ...")."""
    return _MONTH_YEAR.search(text) is not None and _PERFECT.search(text) is None


def _fill(pattern: str, parts: dict[str, str]) -> str:
    """A background pattern with its named parts put in ("{event}" -> the event's pattern),
    parts inside parts too ("{event}" holds "{name}")."""
    for _ in range(len(parts)):
        for name, part in parts.items():
            pattern = pattern.replace("{" + name + "}", part)
    return pattern


def _attributed_elsewhere(doc: Doc, n: int, covered: list[tuple[int, int]]) -> bool:
    """The same count is credited elsewhere in the story: the lede gives the toll, a later
    paragraph says who counted it ("... killed 26 people. / The health ministry said 26
    people had died"). A numeral only: "hundreds" or "two" says too little to match."""
    number = doc.tok_norm[n]
    if not number[:1].isdigit() or len(number.replace(",", "")) < 2:
        return False
    pattern = re.compile(rf"(?<![\d,.]){re.escape(number)}(?![\d]|,\d)")
    start = doc.tok_start[n]
    return any(not cs <= start < ce and pattern.search(doc.text[cs:ce]) for cs, ce in covered)


def _counted_by(doc: Doc, start: int, first: int, counters: set[str]) -> bool:
    """"The county hospital recorded a further 40 deaths": the subject of a counting verb
    just before the figure made the count (a passive, "40 deaths were recorded", has none)."""
    norms = doc.tok_norm
    for k in range(first - 1, max(start, first - 4) - 1, -1):
        if norms[k] in counters:
            return k > start and norms[k - 1] not in _BE_FORMS
        if not norms[k].isalpha() or doc.text[doc.tok_start[k]].isupper():
            return False
    return False


def _titled(doc: Doc, k: int, first: int) -> bool:
    """A casualty word written as part of a title or a phrasal verb ("Shaun of the Dead",
    "just missing out on the award"), not a count of people."""
    nxt = doc.tok_norm[k + 1] if k + 1 < len(doc.tok_norm) else ""
    return (k > first and doc.text[doc.tok_start[k]].isupper()) or nxt == "out"


def _no_count(doc: Doc, k: int, first: int, last: int, idle: re.Pattern) -> bool:
    """The casualty word with its neighbours counts no people: "job losses", "a heavy
    toll on households", "three straight losses", "4,000 names of the missing"."""
    a, b = max(first, k - 5), min(last - 1, k + 2)  # "“missing” emails": a closing mark may come between
    return bool(idle.search(doc.text[doc.tok_start[a]:doc.tok_end[b]]))


def _counted(token: str, minimum: int) -> bool:
    """A numeral of at least ``minimum``: a crowd or arrest count somebody made, as
    opposed to an order of magnitude ("hundreds") or a handful a reporter can see."""
    digits = token.replace(",", "")
    return digits.isdigit() and int(digits) >= minimum


def _measure(doc: Doc, i: int, end: int) -> bool:
    """Numbers that are measurements, dates, ages or shares, not counts of people."""
    norms = doc.tok_norm
    nxt = norms[i + 1] if i + 1 < end else ""
    prev = norms[i - 1] if i > 0 else ""
    before = norms[i - 2] if i > 1 else ""
    if (before, prev) == ("age", "of") or prev in ("aged", "age"):
        return True  # "died in hospital at the age of 91": an age, not a count
    if nxt in ("th", "st", "nd", "rd"):
        return True  # "his 50th cap": an ordinal
    if prev == "." and before in _MONTH_WORDS:
        return True  # "the Dec. 2 attack": a date after an abbreviated month
    if nxt in _TIME_UNITS:
        return True  # "every 72 minutes", "within 48 hours": a length of time
    if prev.rstrip(".") in _MONTH_WORDS or nxt.rstrip(".") in _MONTH_WORDS:
        return True  # "the June 9 death of a prisoner", "found dead in her flat on 3 March": a date
    if prev[:1].isdigit() and before in ("$", "£", "€"):
        return True  # "$1.2 billion in losses": money, not people
    if prev == "missing":
        return True  # "Harlow are missing 11 players": what is missing is the number's noun, not people
    if prev == "," and i > 1 and doc.text[doc.tok_start[i - 2]].isupper():
        return True  # "John Holliday, 37": an age after a name
    return nxt in ("%", "percent", "per", "°", "km", "miles", "kg", "years", "year", "am", "pm", "bn", "m", "-",
                   "year-old", "years-old") \
        or prev in ("$", "£", "€", "-") or (len(norms[i]) == 4 and norms[i].startswith(("19", "20")))


def _one_clause(norms: list[str], n: int, noun: int, last: int) -> bool:
    """Whether number ``n`` and noun token ``noun`` stand in one clause: no barrier between
    them, and no "and"/"or" when the noun comes first or has a number of its own after it."""
    a, b = sorted((n, noun))
    own = noun + 1 < last and (norms[noun + 1][0].isdigit() or norms[noun + 1] in _NUMBER_WORDS)
    return not any(norms[k] in _BARRIERS or ((noun < n or own) and norms[k] in ("and", "or")) for k in range(a + 1, b))

