"""The kind of piece, recognised from the text: news, or a genre that carries evaluation
legitimately (review, sport, obituary, readers' letters, opinion, analysis).

The evidence is kept with the verdict, so a report can say why a piece was read as a
match report ("score '3-1'; 9.2 sport words per 100"). The cues and register words are
data (``linter/vocab/genres.toml``); the decision rule is here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, islice
from operator import itemgetter, not_

from ..model.article import BODY_KINDS, HEADLINE, Block
from ..model.doc import Doc, Genre
from . import recache
from .asides import Asides, evidence as asides_evidence, qualifying
from .lexicon import Lexicon, positions
from .prefilter import cached_needs, folded, may_match, may_match_between
from .vocab import read_toml

NEWS = "news"
#: Register density is measured on at least this many body words (shorter texts: no verdict
#: from density alone).
MIN_BODY_WORDS = 60
#: Cues a detected genre's evidence quotes.
EVIDENCE = 4
#: Body paragraphs at the end of a piece that a profile's ``closing`` patterns read (a
#: contributor's line, a columnist's sign-off).
CLOSING = 2


@dataclass(frozen=True)
class _Profile:
    """One genre's markers."""

    name: str
    headline: Lexicon
    patterns: tuple[re.Pattern, ...]
    #: For each pattern, strings its every match holds (``prefilter.needs``).
    needs: tuple[tuple[tuple[str, ...], ...], ...]
    register: Lexicon
    min_cues: int
    min_density: float
    dense: float
    closing: tuple[re.Pattern, ...] = ()
    #: A closing match counts only when the person its ``who`` group names appears nowhere
    #: before it: an op-ed's line about its writer, not a news story's about a source.
    unseen: bool = False
    #: Words of another subject that shares the genre's vocabulary (an election's race and
    #: win): above ``rival_share`` of the register's matches, the genre is not chosen.
    rival: Lexicon | None = None
    rival_share: float = 0.0
    #: The writer's asides (``asides.py``): sustained, of several kinds, they are a cue.
    asides: Asides | None = None


@dataclass(frozen=True)
class _Comments:
    """How readers' comments appended to a story are recognised."""

    genre: str
    min_signed: int
    max_words: int
    signature: re.Pattern
    intro: tuple[re.Pattern, ...]
    min_unsigned: int
    voice: frozenset[str]
    #: The story before unsigned comments may have one paragraph in their voice per this
    #: many of its paragraphs (a generic "you can see"); 0: none.
    story_voice_every: int = 0


@dataclass(frozen=True)
class _Table:
    """The genres, the sections that name them and the comments' markers."""

    genres: tuple[_Profile, ...]
    sections: dict[str, str]
    comments: _Comments | None


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = read_toml("genres.toml")
    flags = re.IGNORECASE | re.MULTILINE
    needs = cached_needs([p for g in data["genre"].values() for p in g.get("patterns", [])], flags)
    genres = tuple(
        _Profile(g.get("as", name), Lexicon.of(g.get("headline", [])),
                 tuple(recache.compile(p, flags) for p in g.get("patterns", [])),
                 tuple(needs[p] for p in g.get("patterns", [])),
                 Lexicon.of(g.get("register", [])), int(g["min_cues"]), float(g["min_density"]), float(g["dense"]),
                 tuple(recache.compile(p, flags) for p in g.get("closing", [])), bool(g.get("unseen", False)),
                 Lexicon.of(g["rival"]) if g.get("rival") else None, float(g.get("rival_share", 0.0)),
                 Asides.of(g["asides"]) if "asides" in g else None)
        for name, g in data["genre"].items())
    sections = {word: genre for genre, words in data.get("sections", {}).items() for word in words}
    c = data.get("comments")
    comments = _Comments(c["genre"], int(c["min_signed"]), int(c["max_words"]), recache.compile(c["signature"]),
                         tuple(recache.compile(p, re.IGNORECASE) for p in c["intro"]), int(c["min_unsigned"]),
                         frozenset(c["voice"]), int(c.get("story_voice_every", 0))) if c else None
    return _Table(genres, sections, comments)


def known() -> tuple[str, ...]:
    """Every genre a piece can be: news and the genres the table describes."""
    return tuple(dict.fromkeys((NEWS, *(g.name for g in _table().genres))))


def from_section(section: str | None) -> Genre | None:
    """The genre a CMS section or genre field names ("Sport", "Opinion", "Reviews"), if any."""
    if not section:
        return None
    value = " ".join(section.lower().replace("/", " ").replace("-", " ").split())
    sections = _table().sections
    for key in (value, value.split(" ")[0] if value else ""):
        if key in sections:
            return Genre(sections[key], "metadata", (f"section {section!r}",))
    return None


def detect(doc: Doc) -> Genre:
    """The genre the text reads as, with its evidence; news when nothing qualifies."""
    speech = doc.speech_mask()
    headline, body = _tokens(doc, speech)
    closing = [b for b in doc.article.blocks if b.kind in BODY_KINDS][-CLOSING:]  # read by every closing pattern
    body_norms = list(map(doc.tok_norm.__getitem__, body))
    words = sum(map(str.isalnum, map(itemgetter(0), body_norms)))
    # a brief (fewer than MIN_BODY_WORDS words) needs one cue more and never qualifies by density alone
    short = words < MIN_BODY_WORDS
    for g, hits in zip(_table().genres, _register_hits(body_norms)):
        density = 100 * hits / words if words >= MIN_BODY_WORDS / 2 else 0.0
        if density < g.min_density and (short or density < g.dense):
            continue  # cannot qualify whatever its cues: the patterns are not run (most news)
        found = chain((f"headline {' '.join(doc.tok_norm[a:b])!r}" for a, b in _matches(g.headline, doc.tok_norm, headline)),
                      (f"pattern {m.group().strip()!r}" for p, need in zip(g.patterns, g.needs)
                       for m in _first(p, doc, need)),
                      (f"closing {m.group().strip()[:60]!r}" for p in g.closing for m in _closing(p, doc, closing, g.unseen)),
                      _asides(doc, g.asides, speech))
        # the verdict needs min_cues (+1 for a brief) and the evidence the first four: the
        # patterns after those are not run
        cues = list(islice(found, max(EVIDENCE, g.min_cues + short)))
        if (len(cues) >= g.min_cues + short and density >= g.min_density) or (density >= g.dense and not short):
            if g.rival is not None and sum(1 for _ in g.rival.matches(body_norms)) > g.rival_share * hits:
                continue  # "the governor's chance of beating her in the primary": an election, not a match
            evidence = tuple(cues[:EVIDENCE]) + ((f"{density:.1f} {g.name} words per 100",) if hits else ())
            return Genre(g.name, "detected", evidence)
    return Genre(NEWS, "detected", ())


@lru_cache(maxsize=1)
def _registers() -> dict[str, tuple[tuple[int, int, Lexicon | None, dict], ...]]:
    """Every genre's register words in one table: a term's first token -> (the genre's
    place, how many terms end at that token, the lexicon and its node when longer terms go
    on from it, else None)."""
    merged: dict[str, list] = {}
    for gi, g in enumerate(_table().genres):
        for word, node in g.register.root.items():
            deeper = any(key != "" for key in node)
            merged.setdefault(word, []).append((gi, len(node.get("", ())), g.register if deeper else None, node))
    return {word: tuple(entries) for word, entries in merged.items()}


def _register_hits(norms: list[str]) -> list[int]:
    """For each genre, how many matches its register lexicon has in ``norms`` (the count of
    ``register.matches(norms)``), all genres from one count of the tokens."""
    merged = _registers()
    hits = [0] * len(_table().genres)
    counts = Counter(norms)
    end = len(norms)
    for word in merged.keys() & counts.keys():
        n = counts[word]
        for gi, ends, lexicon, node in merged[word]:
            if lexicon is None:
                hits[gi] += ends * n
                continue
            i = -1
            for _ in range(n):  # a longer term may go on from here: walk the trie from each place
                i = norms.index(word, i + 1)
                hits[gi] += sum(1 for _ in lexicon.walk(node, norms, i, end))
    return hits


def _asides(doc: Doc, spec: Asides | None, speech: bytearray) -> list[str]:
    """The writer's asides as one cue, when they make the piece's register; counted again
    without readers' comments appended to the story (their "I" and questions are theirs)."""
    if spec is None:
        return []
    found = qualifying(doc, spec, speech)
    if found is None:
        return []
    tail = appended_comments(doc)
    if tail is not None:
        found = qualifying(doc, spec, speech, tail[0])
    return [asides_evidence(found)] if found is not None else []


def _tokens(doc: Doc, speech: bytearray) -> tuple[list[int], list[int]]:
    """Token indexes of the headline, and of the body prose outside quotations and
    reported speech (words a source says are not the writer's register)."""
    headline: list[int] = []
    body: list[int] = []
    blocks = doc.article.blocks
    for s in doc.sentences:
        kind = blocks[s.block].kind
        if kind == HEADLINE:
            headline.extend(range(s.first, s.last))
        elif kind in BODY_KINDS:
            body.extend(compress(range(s.first, s.last), map(not_, speech[s.first:s.last])))
    return headline, body


def _matches(lexicon: Lexicon, norms: list[str], tokens: list[int]) -> list[tuple[int, int]]:
    if not tokens or not lexicon.root:
        return []
    return [(m.first, m.last) for m in lexicon.matches(norms, tokens[0], tokens[-1] + 1)]


def _first(pattern: re.Pattern, doc: Doc, need: tuple = ()) -> list[re.Match]:
    """Matches of a cue pattern outside quotations (a speaker's "I think" is not the
    writer's), block by block (``^`` is a block's start), at most three. None, without
    running it, when the article lacks what its every match holds (``need``)."""
    out: list[re.Match] = []
    low = folded(doc) if need else ""
    if need and not may_match(need, low):
        return out
    # a block without what every match holds is skipped too, where the folded text keeps
    # the text's offsets (it does unless an "İ" lowered to two characters)
    by_block = need and len(low) == len(doc.text)
    for block in doc.article.blocks:
        if by_block and not may_match_between(need, low, block.start, block.end):
            continue
        for m in pattern.finditer(doc.text, block.start, block.end):
            if doc.in_speech(m.start(), m.end()):
                continue
            out.append(m)
            if len(out) == 3:
                return out
    return out



def _closing(pattern: re.Pattern, doc: Doc, blocks: list[Block], unseen: bool = False) -> list[re.Match]:
    """Matches of a closing pattern in ``blocks``, the last ``CLOSING`` body paragraphs
    (found once for all the patterns), outside quotations (``^`` and ``$`` are a
    paragraph's start and end); with ``unseen``, only those whose ``who`` names someone
    the text before them never mentions."""
    return [m for b in blocks for m in pattern.finditer(doc.text, b.start, b.end)
            if not doc.in_speech(m.start(), m.end()) and not (unseen and _mentioned(doc.text, m))][:1]


def _mentioned(text: str, m: re.Match) -> bool:
    """Whether the surname the match's ``who`` group ends with occurs before the match."""
    surname = m.group("who").split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text[:m.start()]) is not None


#: Most words of a comments section's heading line ("Here is a selection of your comments").
_INTRO_WORDS = 12


def appended_comments(doc: Doc) -> tuple[int, Genre] | None:
    """Readers' comments appended to the story: where they start and their genre with its
    evidence, found by structure. Walking back from the story's end: short paragraphs each
    signed on a line of their own or on their last line ("Jane Smith, Leeds"), optionally
    under a heading line ("Your comments"); at least ``min_signed`` signed comments, or one
    under a heading. Nothing when the story does not end that way."""
    c = _table().comments
    blocks = [b for b in doc.article.blocks if b.kind in BODY_KINDS]
    if c is None or not blocks:
        return None
    text = [doc.text[b.start:b.end].strip() for b in blocks]
    i, start, signed, intro = len(blocks) - 1, None, 0, False
    while i >= 0 and len(text[i].split()) <= _INTRO_WORDS and _intro(c, text[i]):
        i -= 1  # a closing invitation ("Send us your comments") after the last comment
    while i >= 0:
        lines = text[i].splitlines()
        if not c.signature.fullmatch(lines[-1].strip().rstrip(".")):
            break
        body = "\n".join(lines[:-1]).strip()
        k = i if body else i - 1  # the comment is the signature's own block, or the one before it
        if k < 0 or len(text[k].split()) > c.max_words or (k < i and c.signature.fullmatch(text[k])):
            break
        start, signed, i = blocks[k].start, signed + 1, k - 1
    if start is not None and i >= 0 and len(text[i].split()) <= _INTRO_WORDS and _intro(c, text[i]):
        start, intro = blocks[i].start, True
    if start is None or signed < (1 if intro else c.min_signed):
        return _unsigned(doc, c)
    evidence = (f"readers' comments appended: {signed} signed" + (", under a heading" if intro else ""),)
    return start, Genre(c.genre, "detected", evidence)


def _intro(c: _Comments, line: str) -> bool:
    return any(p.match(line.strip(" *#:-")) for p in c.intro)


def _unsigned(doc: Doc, c: _Comments) -> tuple[int, Genre] | None:
    """Unsigned comments (a page that kept the comments and lost the names): a story in the
    third person that ends in a run of short paragraphs, at least ``min_unsigned`` of them
    and two in three, in a voice of their own: a first or second person, a question or an
    exclamation, outside quotation marks and reported speech. The story before the run
    (three paragraphs at least) has none of that voice, or one paragraph in it per
    ``story_voice_every`` of its paragraphs (a feature's generic "you can see")."""
    blocks = doc.article.blocks
    voiced = _voiced_blocks(doc, c.voice)
    body = [k for k, b in enumerate(blocks) if b.kind in BODY_KINDS]
    run: list[int] = []
    for k in reversed(body):
        if len(doc.text[blocks[k].start:blocks[k].end].split()) > c.max_words:
            break
        run.insert(0, k)
    while run and run[0] not in voiced:
        run.pop(0)  # the story's last plain paragraphs before the first comment
    mine = sum(1 for k in run if k in voiced)
    story = [k for k in body if run and k < run[0]]
    allowed = len(story) // c.story_voice_every if c.story_voice_every else 0
    if mine < c.min_unsigned or 3 * mine < 2 * len(run) or len(story) < 3 \
            or sum(1 for k in story if k in voiced) > allowed:
        return None
    evidence = (f"readers' comments appended: {len(run)} unsigned paragraphs in a voice of their own",)
    return blocks[run[0]].start, Genre(c.genre, "detected", evidence)


def _voiced_blocks(doc: Doc, voice: frozenset[str]) -> set[int]:
    """The blocks with a sentence in a voice of its own: a word of ``voice``, "?" or "!"
    outside quotations and reported speech. Found from where those few tokens are (the
    token list's index) rather than token by token: an article has a handful of them."""
    index = positions(doc.tok_norm)
    marks = [i for w in (voice & index.keys()) | ({"?", "!"} & index.keys()) for i in index[w]]
    sentences = doc.sentences
    firsts = [s.first for s in sentences] if marks else []
    out: set[int] = set()
    for i in marks:
        k = bisect_right(firsts, i) - 1
        if k >= 0 and i < sentences[k].last and not doc.in_speech(doc.tok_start[i], doc.tok_end[i]):
            out.add(sentences[k].block)
    return out
