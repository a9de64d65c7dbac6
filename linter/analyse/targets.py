"""What a matched word describes: the noun phrase it modifies, its subject or its
object, read without a parser and classed by the context classes of
``vocab/targets.toml``.

"brutal" judges the minister in "the minister's brutal cuts" and describes the
weather in "a brutal winter"; "devastated" is literal in "the storm devastated the
harbour". For a match the finder reads, inside its sentence:

- the phrase after it: an optional determiner, then the run of words that can be
  adjectives or nouns (or a name) up to the first function word, verb or punctuation
  mark; its last word is the head ("brutal winter", "so-called Fair Fares reform",
  "devastated the harbour"). When the head belongs to no class, the complement after
  one preposition is read too ("the devastating impact of the storm", "the regime at
  City Hall");
- the phrase before it, over linking verbs and adverbs ("the winter was brutal", "the
  storm devastated"), including a possessor ("the minister's brutal cuts").

Every word of those phrases is looked up in the classes (the longest entry at each
position), and two classes need no list: "name" (a capitalised word inside a sentence,
outside a title-case block) and "number" (a numeral or number word). The caller
decides what the classes mean: a group's ``literal`` classes release a match, its
``targets`` classes make it a judgement. Each read is bounded (a few words each way),
so the cost per match is constant.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import recache
from ..model.doc import Doc, Sentence
from .inflect import tagged
from .lexicon import Lexicon, written_lower
from .nounphrase import SPAN, phrase_after, phrase_before
from .wordclass import ADJ, NOUN, VERB, closed, parts
from .wordlists import read_toml

#: The classes recognised without a list; COUNT is a number right after the matched word,
#: which a word of magnitude measures ("a staggering 12 million") and a verdict does not.
NAME, NUMBER, COUNT = "name", "number", "count"
#: Works of fiction; a sentence with a "plot" cue is read as describing fiction.
FICTION, PLOT = "fiction", "plot"
_YEAR = recache.compile(r"(?:1[89]|20)\d\d$")
#: Tokens that join the items of a list: a noun in a list is read with its neighbours.
_LIST = frozenset({",", "and", "or"})
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "half",
})


def class_terms(extra: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Every class's terms: ``vocab/targets.toml`` (with its includes) plus ``extra``."""
    out: dict[str, list[str]] = {}
    for name, table in read_toml("targets.toml")["class"].items():
        terms = list(table.get("terms", []))
        for ref in table.get("include", []):
            file, _, key = ref.partition(":")
            terms.extend(read_toml(f"{file}.toml")[key])
        out[name] = terms
    for name, terms in (extra or {}).items():
        out.setdefault(name, []).extend(terms)
    return out


def build_index(extra: dict[str, list[str]] | None = None) -> dict:
    """The class lexicon as a plain trie (cacheable): term -> class name. In a class a
    ``word+`` is a noun and its plural (``storm+``: storm, storms), never verb forms."""
    lex = Lexicon()
    for name, terms in class_terms(extra).items():
        for term in terms:
            words = term.split()
            if words[-1].endswith("+") and len(words[-1]) > 1:
                lemma = words[-1][:-1]
                head = " ".join(words[:-1] + [""])
                for form in {lemma, *tagged(lemma).get("NNS", [])}:
                    lex.add(head + form, name)
            else:
                lex.add(term, name)
    return lex.root


@lru_cache(maxsize=1)
def _quantifier_classes() -> frozenset[str]:
    return frozenset(read_toml("targets.toml").get("quantifier_classes", ()))


@lru_cache(maxsize=1)
def literal_only_classes() -> frozenset[str]:
    """Classes that only release a match where a group names them literal, and elsewhere
    count as unknown (``vocab/targets.toml``): an attack is violence to "murderous" and a
    verbal attack to "craven"; knowing it is an attack says nothing of whom it judges."""
    return frozenset(read_toml("targets.toml").get("literal_only_classes", ()))


@lru_cache(maxsize=1)
def default_index() -> Lexicon:
    """The built-in classes, built once per process (tests and callers without extras)."""
    return Lexicon(build_index())


@dataclass(frozen=True)
class Target:
    """What a match describes: the classes found, and the words that carried them."""

    classes: frozenset[str]
    words: tuple[str, ...] = ()


#: Words after a head noun the classes do not know that lead to what it is of or toward:
#: that phrase says what the head describes ("the impact of the storm", "a push toward
#: consolidation").
_HEAD_OF = frozenset({"of", "toward", "towards"})


def describe(doc: Doc, si: int, first: int, last: int, index: Lexicon, titled: bool = False,
             fiction: bool | None = None) -> Target:
    """The classes of what tokens [first, last) of sentence ``si`` describe. ``fiction``
    is ``about_fiction`` for the sentence when the caller has it already (it reads the
    whole sentence, so a caller judging many words of one sentence computes it once)."""
    sent = doc.sentences[si]
    norms = doc.tok_norm
    right = phrase_after(doc, last, sent.last, titled)
    spans = [right]
    if right[1] == right[0] and last < sent.last and parts(norms[last - 1]) & NOUN:
        # a noun with nothing after it is the head: "the regime at City Hall", or a list item
        if norms[last] in closed()["prepositions"] or norms[last] in _LIST:
            after = phrase_after(doc, last + 1, sent.last, titled)
            spans.append(after)
            spans.extend(_of_phrase(doc, after, sent, index, titled))  # "fear about the arrival of newcomers"
    else:
        spans.extend(_of_phrase(doc, right, sent, index, titled))  # "the devastating impact of the storm"
    if right[1] - right[0] <= 1 and right[1] + 1 < sent.last and norms[right[1]] == "by" \
            and parts(norms[last - 1]) & NOUN:
        spans.append(phrase_after(doc, right[1] + 1, sent.last, titled))  # its agent: "the devastation left by the floods"
    left = phrase_before(doc, first, sent.first)
    if left[1] == first and right[1] > right[0] and all(_count_word(norms[k]) for k in range(*left)):
        left = (first, first)  # a count of the noun after the word: "two testy briefings", "the 12 brutal raids"
    spans.append(left)
    if left[1] == left[0] and first - 1 > sent.first and norms[first - 1] in _LIST \
            and not (norms[first - 1] == "," and parts(norms[first]) == VERB):
        # a verb after a comma opens a clause of its own ("..., stoking fear"): the phrase
        # before the comma is no list item beside it, nor its subject
        sibling = phrase_before(doc, first - 1, sent.first)
        if sibling[1] > sibling[0] and all(parts(n) == ADJ for n in norms[sibling[0]:sibling[1]]):
            sibling = phrase_before(doc, sibling[0], sent.first)  # "the hall was dirty and disturbing"
        spans.append(sibling)
    found, words = _classes(doc, spans, index, titled, sent)
    named = _appositive(doc, left[0], sent.first)
    if named:  # "Francisco Franco, the Spanish dictator": what the lists know of the name
        listed, said = _classes(doc, [named], index, titled, sent)
        found |= listed - {NAME}
        words += said if listed - {NAME} else []
    if last < sent.last and norms[last][:1].isdigit() and not _YEAR.match(norms[last]):
        found.add(COUNT)  # the count right after the word: "a staggering 9 million messages", "a disastrous 18% rise"
    if about_fiction(doc, si, index) if fiction is None else fiction:
        found.add(FICTION)
    return Target(frozenset(found), tuple(words))


def _count_word(norm: str) -> bool:
    """A numeral or number word: before an adjective it counts the noun the adjective
    describes ("two testy briefings"), it is not what the adjective describes. "one" is
    left out: before an adjective it is as often a pronoun's head or an emphatic article
    ("one nasty package", "the only one brave enough") as a count."""
    return (norm[:1].isdigit() and not _YEAR.match(norm)) or (norm in _NUMBER_WORDS and norm != "one")


def _of_phrase(doc: Doc, span: tuple[int, int], sent: Sentence, index: Lexicon,
               titled: bool) -> list[tuple[int, int]]:
    """The phrase after "of" or "toward" when the noun phrase ``span`` ends in a head no
    class knows: what that head is of says what it describes ("the devastating impact of
    the storm", "the relentless push toward consolidation", "fear about the arrival of
    newcomers")."""
    norms = doc.tok_norm
    if (span[1] > span[0] and span[1] < sent.last and norms[span[1]] in _HEAD_OF and parts(norms[span[1] - 1]) & NOUN
            and not _classes(doc, [span], index, titled, sent)[0]):
        return [phrase_after(doc, span[1] + 1, sent.last, titled)]
    return []


def _appositive(doc: Doc, start: int, begin: int) -> tuple[int, int] | None:
    """The name a phrase opened by an article stands in apposition to ("Nicolae Ceausescu,
    the ruler of Romania", "Franco, the Spanish dictator"): the capitalised words
    just before the comma, or None. Both name one person, so a list that knows the name
    says what the phrase describes; that it is a name adds nothing (the caller keeps only
    the listed classes), so a comma after an unrelated name changes no severity."""
    norms, text = doc.tok_norm, doc.text
    p = start - 1
    if p - 1 <= begin or norms[p] not in ("the", "a", "an") or norms[p - 1] != ",":
        return None
    j = p - 2
    while j >= begin and p - 1 - j <= SPAN and norms[j][:1].isalpha() and text[doc.tok_start[j]].isupper():
        j -= 1
    return (j + 1, p - 1) if j + 1 < p - 1 else None


def about_fiction(doc: Doc, si: int, index: Lexicon) -> bool:
    """A sentence with a "plot" cue (it names a film or novel, or who stars as whom) is a
    plot summary: what its words describe happens in the story ("Nightfall stars Brandt as a priest who
    must drive the demons out of a mountain village")."""
    sent = doc.sentences[si]
    return any(m.payload == PLOT for m in index.matches(doc.tok_norm, sent.first, sent.last))


def _classes(doc: Doc, spans: list[tuple[int, int]], index: Lexicon, titled: bool,
             sent: Sentence) -> tuple[set[str], list[str]]:
    """Classes of what the spans name: for each span the classes of its head (its last
    word, or the longest class entry ending there; a modifier does not decide: "so-called
    related party transactions" is about transactions); when the head is a name, the words
    of the name too ("Hurricane Maria"); when the head has no class (or only a literal-only
    one), see ``_before_a_verb``.
    Names and numbers are recognised without a list."""
    found: set[str] = set()
    words: list[str] = []
    for lo, hi in spans:
        if hi <= lo:
            continue
        entries = _entries(doc, lo, hi, index, titled, sent)
        head = hi - 1 if doc.tok_norm[hi - 1] != "'s" else hi - 2
        at_head = [(w, c) for last, w, c in entries if last == head + 1]
        if at_head and all(c == {NAME} for _, c in at_head):
            at_head = [(w, c) for _, w, c in entries]  # the whole name: "Hurricane Maria"
        elif not at_head or all(c <= literal_only_classes() for _, c in at_head):
            # a head known only as an attack lets its modifiers speak: "a gang rape attack"
            at_head = at_head + _before_a_verb(doc.tok_norm, entries, hi)
        for w, c in at_head:
            found |= c
            words.append(w)
    return found, words


def _before_a_verb(norms: list[str], entries: list[tuple[int, str, set[str]]],
                   hi: int) -> list[tuple[str, set[str]]]:
    """When the last word of a phrase has no class: a count opening it ("a staggering 12
    awards"), or a class entry followed by a word that can be a verb, where the phrase may
    really have ended ("the minister's brutal cuts hit schools"). An entry followed by a
    word that can only be a noun is a modifier and does not decide ("related party
    transactions")."""
    numbers = [(w, c) for _, w, c in entries if c == {NUMBER}]
    ends = [(w, c) for last, w, c in entries if last < hi and parts(norms[last]) & VERB]
    return numbers + ends


def _entries(doc: Doc, lo: int, hi: int, index: Lexicon, titled: bool,
             sent: Sentence) -> list[tuple[int, str, set[str]]]:
    """(end, words, classes) of the class entries in a span: the longest entry at each
    start, a numeral or number word opening the span (a quantity, not "paragraph 303"),
    and capitalised words inside a sentence (names). An entry of a quantifier class
    (``vocab/targets.toml``) followed by "of" measures something else, not the thing ("a
    storm of protest", "a flood of complaints") and is left out. An entry that begins at the
    head and runs on past the phrase with its preposition is the head's own phrase and wins
    there ("an attack on the mayor" is conduct, "an attack" violence; "a war on drugs" a
    policy, "a war" warfare)."""
    norms, text = doc.tok_norm, doc.text
    best: dict[int, tuple[int, set[str]]] = {}
    for m in index.matches(norms, lo, hi):
        length, names = best.get(m.first, (0, set()))
        if m.last - m.first > length:
            best[m.first] = (m.last - m.first, {m.payload})
        elif m.last - m.first == length:
            names.add(m.payload)
    head = hi - 1 if norms[hi - 1] != "'s" else hi - 2
    for m in index.matches_at(norms, head, sent.last) if head >= lo else ():
        if m.last > hi and m.last - head > best.get(head, (0,))[0]:
            best[head] = (m.last - head, {m.payload})  # "attack on", "war on": the head's own phrase
        elif m.last > hi and m.last - head == best[head][0]:
            best[head][1].add(m.payload)  # in two classes: "attack on" is conduct and an attack on someone
    quantifiers = _quantifier_classes()
    out = [(min(k + n, hi), " ".join(norms[k:k + n]), names) for k, (n, names) in best.items()
           if not (k + n < sent.last and norms[k + n] == "of" and names & quantifiers)]
    # a capitalised word inside an entry of several words is part of what the entry names
    # ("a chaotic New Year's Eve" is a period, not a name), as a lower-case one would be
    within = {j for k, (n, _) in best.items() if n > 1 for j in range(k, k + n)}
    for k in range(lo, hi):
        n = norms[k]
        if (n[:1].isdigit() or n in _NUMBER_WORDS) and k == lo:
            out.append((k + 1, n, {NUMBER}))
        elif not titled and k not in within and n[:1].isalpha() and text[doc.tok_start[k]].isupper() and (k > sent.first or (
                k not in best and parts(n) and not written_lower(doc, n))):  # first word: never in lower case
            out.append((k + 1, text[doc.tok_start[k]:doc.tok_end[k]], {NAME}))
    return out
