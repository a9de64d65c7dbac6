"""The annotated document: one article with its sentences, tokens, quotations,
attribution frames and readability, built once (linter.analyse) and read by every check.

It is read-only once built: checks yield hits and never write into it. All offsets are
into ``Article.text`` (the analysis text), which maps back to the source file.
"""

from __future__ import annotations

import bisect
import itertools
from operator import itemgetter
from dataclasses import dataclass, field

from .article import Article, Block

# Source tiers, from the brief's table (section 2.5), most accountable first.
NAMED = "named-person"
ORGANISATION = "named-organisation"
INSTITUTION = "institution"
DESCRIBED = "described"
COLLECTIVE = "collective"
VAGUE = "vague"
BARE = "bare-anonymous"
TIERS = (NAMED, ORGANISATION, INSTITUTION, DESCRIBED, COLLECTIVE, VAGUE, BARE)
#: Sources whose reported speech belongs to them (it shields the writer's lexicon rules).
VOUCHED = frozenset({NAMED, ORGANISATION, INSTITUTION, DESCRIBED})
#: Cue classes that characterise a statement instead of reporting it.
FRAMING = frozenset({"doubt", "concession", "persistence"})
#: Patterns whose content is reported speech whatever the cue's class.
SPEECH_PATTERNS = frozenset({"inverted", "according-to", "floating", "that-clause", "speaker-label", "credit",
                             "block-quote", "characterisation"})
#: A verb that pins a charge or label on its object ("accused X of ...", "branded X a ..."):
#: what follows the object is the speaker's characterisation, reported.
CHARACTERISATION = "characterisation"
#: The pattern of a frame whose content is a that-clause ("warned that ...", "his claim that ...").
THAT_CLAUSE = "that-clause"
#: A document's perception or discovery verb with a plain object ("the video shows the
#: damage"): the object is the writer's description, never speech.
PLAIN_OBJECT = "plain-object"
#: A question put to a speaker ("Asked whether ..., X said"): the question is not speech.
QUESTION = "question"
#: A poll's figures ("In a Gallup poll, 50 percent chose Hale"): data, not speech.
SURVEY = "survey"


@dataclass
class Sentence:
    """A sentence's span in the text and the block it belongs to."""

    start: int
    end: int
    block: int  # index into article.blocks
    first: int  # token index range [first, last)
    last: int


@dataclass
class Quote:
    """A quotation span, marks included, and whether a speaker is attributed."""

    start: int
    end: int
    words: int
    attributed: bool = False
    #: Carried over from the previous block (AP multi-paragraph quotation).
    continued: bool = False


@dataclass
class Frame:
    """One attribution: source, cue and content spans in ``Article.text`` offsets."""

    source: tuple[int, int] | None
    tier: str
    cue: tuple[int, int]
    cue_class: str
    cue_type: str
    content: list[tuple[int, int]]
    sentence: int
    entity: str | None = None
    inherited_from: int | None = None
    #: The construction that found it (linter.analyse.attribution.patterns).
    pattern: str = ""

    @property
    def vouched(self) -> bool:
        return self.tier in VOUCHED

    @property
    def speech(self) -> bool:
        """Whether the content is something said (a clause or a quotation), not the object
        of a stance verb ("criticised the disastrous plan": the adjective is the writer's)."""
        if self.pattern in (PLAIN_OBJECT, QUESTION, SURVEY):
            return False
        return self.cue_class not in ("stance", "colour") or self.pattern in SPEECH_PATTERNS


@dataclass(frozen=True)
class Readability:
    """textstat's figures over the body prose (captions, headings and residue left out)."""

    words: int
    sentences: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    mean_sentence_words: float
    long_sentences: int


@dataclass(frozen=True)
class Genre:
    """The kind of piece (news, review, sport, ...), where that came from ("detected",
    "metadata" for a CMS section field, "config" for --genre or a config file), and the
    evidence for a detected or mapped genre."""

    name: str
    source: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Doc:
    """An annotated article (see the module docstring)."""

    article: Article
    sentences: list[Sentence]
    tok_start: list[int]
    tok_end: list[int]
    tok_norm: list[str]
    quotes: list[Quote]
    #: Attribution frames, in text order.
    frames: list[Frame] = field(default_factory=list)
    #: For each quote, the index of the frame that attributes it, or None.
    speakers: list[int | None] = field(default_factory=list)
    readability: Readability | None = None
    #: The genre the text reads as (the engine may override it from config or metadata).
    genre: Genre | None = None
    # Indexes derived from the fields above (built in __post_init__).
    _quote_starts: list[int] = field(init=False, repr=False, compare=False)
    _quote_reach: list[int] = field(init=False, repr=False, compare=False)
    _sentence_starts: list[int] = field(init=False, repr=False, compare=False)
    _shield: list[tuple[int, int]] = field(init=False, repr=False, compare=False)
    _shield_starts: list[int] = field(init=False, repr=False, compare=False)
    _content: list[tuple[int, int, int]] = field(init=False, repr=False, compare=False)
    _content_starts: list[int] = field(init=False, repr=False, compare=False)
    _content_reach: list[int] = field(init=False, repr=False, compare=False)
    _by_sentence: dict[int, list[Frame]] = field(init=False, repr=False, compare=False)
    #: The article's analysis text (``article.text``), which the checks read everywhere.
    text: str = field(init=False, repr=False, compare=False)
    #: Values derived from the article, tokens and sentences only, built on first use and
    #: shared with a copy ``dataclasses.replace`` makes with other frames, readability or
    #: genre (tokens and sentences stay the same objects).
    _shared: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "text", self.article.text)
        put(self, "_quote_starts", [q.start for q in self.quotes])
        put(self, "_quote_reach", list(itertools.accumulate((q.end for q in self.quotes), max)))
        put(self, "_sentence_starts", [s.start for s in self.sentences])
        self._index_frames()
        owner = (id(self.article), id(self.tok_norm), id(self.sentences))
        if self._shared.get("owner") != owner:  # a copy with other tokens: nothing is shared
            put(self, "_shared", {"owner": owner})

    def complete(self, frames: list[Frame], speakers: list[int | None], readability: Readability | None) -> None:
        """Add what annotation finds from the first passes (frames, the quotations'
        speakers, readability) and the frames' indexes, in place: called by the annotator
        once, before anyone else holds the Doc (a copy would build the indexes of the
        tokens, sentences and quotations again for nothing)."""
        put = object.__setattr__
        put(self, "frames", frames)
        put(self, "speakers", speakers)
        put(self, "readability", readability)
        self._index_frames()

    def _index_frames(self) -> None:
        """The indexes of the frames' content: shielded spans, content by start, frames by sentence."""
        put = object.__setattr__
        merged: list[tuple[int, int]] = []
        for s, e in sorted((s, e) for f in self.frames if f.vouched and f.speech for s, e in f.content):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        put(self, "_shield", merged)
        put(self, "_shield_starts", [s for s, _ in merged])
        content = sorted((s, e, i) for i, f in enumerate(self.frames) for s, e in f.content)
        reach, far = [], -1
        for _, e, _ in content:
            far = max(far, e)
            reach.append(far)
        put(self, "_content", content)
        put(self, "_content_starts", [s for s, _, _ in content])
        put(self, "_content_reach", reach)
        by_sentence: dict[int, list[Frame]] = {}
        for f in self.frames:
            by_sentence.setdefault(f.sentence, []).append(f)
        put(self, "_by_sentence", by_sentence)

    def derived(self, key: object, build):
        """A value derived from the article, tokens and sentences only (never from frames,
        readability or the genre), built by ``build()`` on first use and kept with them."""
        value = self._shared.get(key)
        if value is None:
            value = self._shared[key] = build()
        return value

    @property
    def lower_text(self) -> str:
        """The words written in lower case, space-separated, for "is this word used in lower
        case elsewhere?" (a sentence-initial "Reporters" is a common noun, "Zelensky" is not)."""
        lower = self._shared.get("lower")
        if lower is None:
            text = self.article.text
            lower = self._shared["lower"] = " " + " ".join(itertools.compress(
                self.tok_norm, map(str.islower, map(text.__getitem__, self.tok_start)))) + " "
        return lower

    def words(self, sentence: int) -> list[str]:
        """The normalised words (and numbers) of a sentence, punctuation left out: the one
        word list the checks that count or compare a sentence's words share."""
        words = self._shared.get("words")
        if words is None:
            norms = self.tok_norm
            alnum = list(map(str.isalnum, map(itemgetter(0), norms)))
            words = self._shared["words"] = [list(itertools.compress(norms[s.first:s.last], alnum[s.first:s.last]))
                                             for s in self.sentences]
        return words[sentence]

    # --- positions ---------------------------------------------------------------

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Text offsets of the token range [first, last)."""
        return self.tok_start[first], self.tok_end[last - 1]

    def token_at(self, offset: int) -> int:
        """Index of the token containing (or last starting before) an offset."""
        return max(bisect.bisect_right(self.tok_start, offset) - 1, 0)

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing (or last starting before) an offset."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def block_of(self, sentence: int) -> Block:
        """The block a sentence belongs to."""
        return self.article.blocks[self.sentences[sentence].block]

    # --- quotations and attribution ----------------------------------------------

    def in_speech(self, start: int, end: int) -> bool:
        """Whether [start, end) is somebody else's words: inside a quotation or inside a
        frame's content. Two bisections (quotes are sorted by start; the reach arrays
        hold the furthest end so far), for callers that ask of every token."""
        i = bisect.bisect_right(self._quote_starts, start) - 1
        if i >= 0 and self._quote_reach[i] >= end:
            return True
        i = bisect.bisect_right(self._content_starts, start) - 1
        return i >= 0 and self._content_reach[i] > start

    def speech_mask(self) -> bytearray:
        """For every token, 1 when ``in_speech`` holds for it, else 0: the same answer for a
        whole article at once (a token is in speech when a quotation holds all of it or a
        frame's content holds its start), from one slice per quotation and content span."""
        starts, ends = self.tok_start, self.tok_end
        mask = bytearray(len(starts))
        spans = [(bisect.bisect_left(starts, q.start), bisect.bisect_right(ends, q.end)) for q in self.quotes]
        spans += [(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)) for s, e, _ in self._content]
        for a, b in spans:
            if a < b:
                mask[a:b] = b"\x01" * (b - a)
        return mask

    def quote_at(self, start: int, end: int) -> Quote | None:
        """The quotation that contains [start, end), if any."""
        i = bisect.bisect_right(self._quote_starts, start) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.start <= start and q.end >= end:
                return q
            if q.end < start:
                return None
            i -= 1
        return None

    def shielded(self, start: int, end: int) -> bool:
        """True when [start, end) lies in reported speech of a named or described source."""
        i = bisect.bisect_right(self._shield_starts, start) - 1
        return i >= 0 and self._shield[i][1] >= end

    def frames_in(self, sentence: int) -> list[Frame]:
        """The frames whose cue is in a sentence, in text order."""
        return self._by_sentence.get(sentence, [])

    def covering(self, offset: int) -> list[int]:
        """Indexes of the frames whose content holds an offset (content start <= offset < end)."""
        out = []
        i = bisect.bisect_right(self._content_starts, offset) - 1
        while i >= 0 and self._content_reach[i] > offset:
            s, e, fi = self._content[i]
            if offset < e and fi not in out:
                out.append(fi)
            i -= 1
        return sorted(out)
