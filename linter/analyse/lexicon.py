"""Phrase lexicons matched on whole tokens in one pass.

Terms are compiled once per process into a token trie; matching walks the trie
from each token, so the cost is linear in the article's tokens whatever the
number of terms (no regular expression per term).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import chain, product
from typing import Any, Callable, Iterable

from .cache import blake2b, key_of
from .._version import __version__
from .cache import cached
from .inflect import inflections, table_key
from .tokens import tokenize
from .wordclass import closed, is_modifier, is_object_word


def expand_terms(terms: Iterable[str]) -> set[str]:
    """Single words of a term list with ``word+`` expanded to its inflections. Lists with
    ``word+`` terms are kept in the cache by content: the checks expand theirs when they
    are built, and loading the whole inflection table cost a single-file run more."""
    terms = list(terms)
    if not any(t.endswith("+") for t in terms):
        return set(terms)
    key = key_of("\0".join([__version__, table_key(), *terms]).encode("utf-8"))
    return set(cached(f"terms-{key}.marshal",
                      lambda: sorted({f for t in terms for f in (inflections(t[:-1]) if t.endswith("+") else {t})})))


#: Slot markers a term may hold between two words: an optional adjective or adverb
#: (``send+ [mod] shockwaves``: "sent fresh shockwaves") and an optional short object
#: (``shout+ [obj] down``: "shouting them down", "shouted the minister down"), or a
#: longer object noun phrase (``accuse+ [np] of``: "accused the Regional Transit Planning
#: Board of", "called the fare rise and the new parking levy a").
SLOTS = {"[mod]": "mod", "[obj]": "obj", "[np]": "np"}
#: Words a longer object noun phrase holds between its content words ("the mayor and her
#: deputy", "the levy for the depot", "the party's leader").
NP_LINKS = frozenset({"and", "of", "for", "'s", "'"})
#: The most tokens a ``[np]`` slot takes.
NP_MAX = 8
#: Key under which a trie node keeps its slot children ({slot name: child node}).
SLOT_KEY = "\x01"


def term_variants(term: str) -> list[tuple[str, ...]]:
    """Every token sequence a term matches (``+`` marks a lemma matched in every form;
    a slot is either absent or the token ``SLOT_KEY + name``)."""
    words = term.split()
    if words and (words[0] in SLOTS or words[-1] in SLOTS):
        raise ValueError(f"a slot must stand between two words: {term!r}")
    slots: list[list[str]] = []
    for word in words:
        if word in SLOTS:
            slots.append(["", SLOT_KEY + SLOTS[word]])
        elif word.endswith("+") and len(word) > 1:
            slots.append(sorted(inflections(word[:-1])))
        else:
            norms = [n for _, _, n in tokenize(word)]
            slots.append(norms and ["\x00".join(norms)])
    # A written word may be several tokens ("it's" -> it, 's): split them back out.
    variants = []
    for combo in product(*slots):
        seq: list[str] = []
        for part in combo:
            if part:
                seq.extend(part.split("\x00"))
        variants.append(tuple(seq))
    return variants


def slot_lengths(slot: str, norms: list[str], j: int, hi: int) -> list[int]:
    """How many tokens from ``norms[j]`` a slot can take (none: it cannot be filled)."""
    if slot == "mod":
        return [1] if is_modifier(norms[j]) else []
    if slot == "np":
        return _phrase_lengths(norms, j, hi)
    pronoun = norms[j] in closed()["object_pronouns"]
    if pronoun and norms[j] not in closed()["determiners"]:
        return [1]
    start = j + 1 if norms[j] in closed()["determiners"] else j
    out = [1] if pronoun else []  # "her" alone, or "her rival"
    for k in (1, 2):
        end = start + k
        if end > hi or not all(is_object_word(n) for n in norms[start:end]):
            break
        out.append(end - j)
    return out


def _phrase_lengths(norms: list[str], j: int, hi: int) -> list[int]:
    """Every length of a noun phrase from ``norms[j]``: content words, determiners, object
    pronouns and the links of ``NP_LINKS`` (not first), up to ``NP_MAX`` tokens and never
    across punctuation, so that the word after it can be any of them."""
    c = closed()
    out: list[int] = []
    for end in range(j, min(hi, j + NP_MAX)):
        n = norms[end]
        link = n in NP_LINKS and end > j
        if not (link or is_object_word(n) or n in c["determiners"] or n in c["object_pronouns"]):
            break
        out.append(end - j + 1)
    return out


#: Ranges of at most this many tokens are walked token by token.
SHORT_RANGE = 12

#: The last token lists indexed, the latest first: (the list, its length, {token: its
#: positions}); an article's tokens and a passage made from them (the genre's body).
_INDEX: list[tuple] = []
_KEEP = 2


def positions(norms: list[str]) -> dict[str, list[int]]:
    """Where each token occurs in a token list, kept for the last lists asked about (token
    lists are made once per article or passage and never changed in place)."""
    kept = _INDEX[:]
    for last in kept:
        if last[0] is norms and last[1] == len(norms):
            return last[2]
    index: dict[str, list[int]] = {}
    get = index.get
    for i, w in enumerate(norms):
        at = get(w)
        if at is None:
            index[w] = [i]
        else:
            at.append(i)
    _INDEX[:] = [(norms, len(norms), index)] + kept[:_KEEP - 1]
    return index


def written_lower(doc: Any, word: str) -> bool:
    """Whether the article writes the token ``word`` in lower case somewhere (a
    sentence-initial "Reporters" is a common noun, "Zelensky" a name): the same answer as
    ``f" {word} " in doc.lower_text``, from the index of the article's tokens (built once,
    shared with the cue lexicon's walk) instead of a search of the whole article."""
    text, start = doc.text, doc.tok_start
    return any(text[start[k]].islower() for k in positions(doc.tok_norm).get(word, ()))


@dataclass(slots=True)
class Match:
    """A lexicon hit: token range [first, last) and the payload of the term."""

    first: int
    last: int
    payload: Any


@dataclass
class Lexicon:
    """A token trie from phrases to payloads (plain dicts, so it can be cached)."""

    root: dict = field(default_factory=dict)
    #: The last token list matched, and the positions in it where a term of this
    #: lexicon begins (from the list's ``positions``).
    _starts: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, terms: Iterable[str], payload: Any = None) -> "Lexicon":
        """A lexicon of terms whose payload is the term itself (or ``payload`` for all);
        a list of terms with a plain payload is compiled once and kept in the cache."""
        def build() -> dict:
            lex = cls()
            for term in terms:
                lex.add(term, term if payload is None else payload)
            return lex.root

        if isinstance(terms, (list, tuple)) and (payload is None or isinstance(payload, (str, int))):
            return cls(cached_root("trie", (list(terms), payload), build))
        return cls(build())

    def add(self, term: str, payload: Any) -> None:
        for seq in term_variants(term):
            node = self.root
            for tok in seq:
                if tok.startswith(SLOT_KEY):
                    node = node.setdefault(SLOT_KEY, {}).setdefault(tok[1:], {})
                else:
                    node = node.setdefault(tok, {})
            node.setdefault("", []).append(payload)

    def matches(self, norms: list[str], lo: int = 0, hi: int | None = None) -> Iterable[Match]:
        """All matches in ``norms[lo:hi]``, every length, in order of start."""
        hi = len(norms) if hi is None else hi
        root = self.root
        for i in range(lo, hi) if hi - lo <= SHORT_RANGE else self._candidates(norms, lo, hi):
            node = root.get(norms[i])
            j = i + 1
            while node is not None:
                payloads = node.get("")
                if payloads:
                    for p in payloads:
                        yield Match(i, j, p)
                if j >= hi:
                    break
                slots = node.get(SLOT_KEY)
                if slots:  # rare: a slot after this word; the other branch continues below
                    yield from self._through_slots(slots, norms, i, j, hi)
                node = node.get(norms[j])
                j += 1

    def _candidates(self, norms: list[str], lo: int, hi: int) -> list[int]:
        """The positions in ``norms[lo:hi]`` whose token begins a term, from the list's
        index (one pass over a list serves every lexicon and every range matched in it)."""
        last = self._starts
        if last is None or last[0] is not norms or last[1] != len(norms):
            index = positions(norms)
            root = self.root
            found = [index[w] for w in (root.keys() & index.keys() if len(root) < len(index) else index.keys() & root.keys())]
            if len(found) == 1:
                starts = found[0]
            else:
                starts = list(chain.from_iterable(found))
                starts.sort()  # a merge of sorted runs
            last = self._starts = (norms, len(norms), starts)
        starts = last[2]
        return starts[bisect_left(starts, lo):bisect_left(starts, hi)]

    def matches_at(self, norms: list[str], i: int, hi: int | None = None) -> Iterable[Match]:
        """The matches ``matches(norms, i, hi)`` finds starting at token ``i``, in its
        order, without walking from any other token."""
        hi = len(norms) if hi is None else hi
        node = self.root.get(norms[i]) if 0 <= i < hi else None
        return () if node is None else self._from(node, norms, i, i + 1, hi)

    def walk(self, node: dict, norms: list[str], i: int, hi: int) -> Iterable[Match]:
        """The matches ``matches`` finds starting at ``i``, where ``node`` is the root's
        child for ``norms[i]``."""
        return self._from(node, norms, i, i + 1, hi)

    def _through_slots(self, slots: dict, norms: list[str], i: int, j: int, hi: int) -> Iterable[Match]:
        """Matches that fill one of a node's slots at ``norms[j]`` and go on from there."""
        for name, child in slots.items():
            for k in slot_lengths(name, norms, j, hi):
                yield from self._from(child, norms, i, j + k, hi)

    def _from(self, node: dict, norms: list[str], i: int, j: int, hi: int) -> Iterable[Match]:
        """Matches starting at ``i`` that continue from ``node`` at token ``j``."""
        while node is not None:
            for p in node.get("", ()):
                yield Match(i, j, p)
            if j >= hi:
                return
            slots = node.get(SLOT_KEY)
            if slots:
                yield from self._through_slots(slots, norms, i, j, hi)
            node = node.get(norms[j])
            j += 1


def sentence_matches(lexicon: Lexicon, doc: Any) -> list[list[Match]]:
    """A lexicon's matches in each of a document's sentences, as ``lexicon.matches(
    doc.tok_norm, s.first, s.last)`` finds them, from one walk over the whole token list,
    kept with the document for every later caller (the annotator and the checks ask the
    same lexicon about the same sentences). A match never crosses its sentence's end."""
    kept = doc.derived(("sentence-matches", id(lexicon)), lambda: (lexicon, _by_sentence(lexicon, doc)))
    return kept[1] if kept[0] is lexicon else _by_sentence(lexicon, doc)


def _by_sentence(lexicon: Lexicon, doc: Any) -> list[list[Match]]:
    """Each match to the sentence it starts in, kept when it ends there too: one bisection
    per match, not a step per sentence (most lexicons match a few times in an article of
    forty sentences)."""
    sentences = doc.sentences
    out: list[list[Match]] = [[] for _ in sentences]
    firsts = doc.derived("sentence-firsts", lambda: [s.first for s in sentences])
    for m in lexicon.matches(doc.tok_norm):
        si = bisect_right(firsts, m.first) - 1
        if si >= 0:  # sentences are in order and their token ranges never overlap
            s = sentences[si]
            if m.last <= s.last:
                out[si].append(m)
    return out


def cached_root(name: str, data: list | tuple, build: Callable[[], dict]) -> dict:
    """A trie root built by ``build`` from ``data`` (terms and payloads: strings, numbers,
    lists and tuples), read from the cache when the same data, code version and inflection
    table built it before. The key is the data's ``repr``, the same in every process."""
    key = blake2b(repr((__version__, table_key(), data)).encode("utf-8"), digest_size=12).hexdigest()
    return cached(f"{name}-{key}.marshal", build)


GAP = "..."
MAX_GAP = 12


@dataclass
class PhraseSet:
    """Phrases with optional gaps (``claim+ ... as its own``), matched on tokens.

    The first segment of each phrase goes into a trie; the remaining segments are
    looked for within ``MAX_GAP`` tokens of each other. No regular expressions, so
    building is cheap and matching stays linear in the tokens scanned.
    """

    lexicon: Lexicon = field(default_factory=Lexicon)

    def add(self, phrase: str, payload: Any) -> None:
        segments: list[list[str]] = [[]]
        for word in phrase.split():
            if word == GAP:
                segments.append([])
            else:
                segments[-1].append(word)
        segments = [seg for seg in segments if seg]
        if not segments:
            raise ValueError(f"empty phrase {phrase!r}")
        rest = [_segment(term_variants(" ".join(seg))) for seg in segments[1:]]
        self.lexicon.add(" ".join(segments[0]), (payload, rest))

    def spans(self, norms: list[str], lo: int, hi: int) -> list[tuple[Any, int, int]]:
        """(payload, first, last) token ranges of every phrase found in norms[lo:hi]."""
        out = []
        for m in self.lexicon.matches(norms, lo, hi):
            payload, rest = m.payload
            end = m.last
            for seg in rest:
                end = _find_segment(norms, seg, end, min(hi, end + MAX_GAP + 1 + len(seg)))
                if end < 0:
                    break
            if end >= 0:
                out.append((payload, m.first, end))
        return out


def _segment(variants: list[tuple[str, ...]]) -> list:
    """A later segment's forms: one set of allowed tokens per position when every variant
    has the same length, else the variants themselves."""
    return [set(v) for v in zip(*variants)] if len({len(v) for v in variants}) == 1 else variants


def _find_segment(norms: list[str], seg, lo: int, hi: int) -> int:
    """End of the first occurrence of a segment in norms[lo:hi], or -1."""
    if seg and isinstance(seg[0], set):  # one set of allowed forms per position
        n = len(seg)
        first = seg[0]  # tried alone first: most positions fail there
        for i in range(lo, hi - n + 1):
            if norms[i] in first and (n == 1 or all(norms[i + k] in seg[k] for k in range(1, n))):
                return i + n
        return -1
    for i in range(lo, hi):
        for variant in seg:
            n = len(variant)
            if tuple(norms[i:i + n]) == variant:
                return i + n
    return -1
