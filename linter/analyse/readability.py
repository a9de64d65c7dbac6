"""Readability of the body prose (captions, headings and residue left out): textstat
0.7.8's figures, computed in one pass.

textstat derives each formula from scratch (every call re-cleans the text and re-counts
its words and syllables) and memoises words in caches of 128 entries, which a news
article overflows, so most syllable counts were made twice per article. Here the body is
cleaned and split once, the sentence pieces once, and each distinct word's syllables and
difficulty are remembered for the whole run; the arithmetic is textstat's, in its order,
so the floats are the same (tests compare them with unpatched textstat on the seeds and
a generated corpus). textstat is pinned to 0.7.8 (syllables from installed data, no
download); ``syllables.py`` answers its per-word questions.
"""

from __future__ import annotations

from ..model.article import BODY_KINDS
from ..model.doc import Doc, Readability
from .syllables import easy_words, syllables
from . import recache

#: Words above which a sentence counts as long in the figures.
LONG_SENTENCE = 35

# textstat's remove_punctuation (apostrophes of contractions kept), its sentence pieces.
# (Two passes, as textstat makes them: one pattern for both, or the marks removed a run at
# a time, took more time on the BBC articles, not less: ``re`` finds the apostrophes by
# their character and tests one class at a time fastest.)
_STRAY_APOSTROPHE = recache.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = recache.compile(r"[^\w\s\']")
_SENTENCE_PIECE = recache.compile(r"\b[^.!?]+[.!?]*")
#: Three runs of non-space in a row with a word character each: three words survive
#: ``words`` (it removes only punctuation and apostrophes), so a piece counts unsplit.
_THREE_WORDS = recache.compile(r"(?:[^\w\s]*\w\S*\s+){2}[^\w\s]*\w")
#: textstat's English constants (Flesch, Flesch-Kincaid, Gunning fog).
_FRE = (206.835, 1.015, 84.6)
_HARD_SYLLABLES = 3


class _Memo(dict):
    """word as written -> its syllables (of its lower case) plus ``HARD`` when textstat
    finds it difficult: one number per word, so an article's two totals are one C-level
    sum over its words (``divmod`` by ``HARD`` parts them again; a sum of ints is exact in
    any order). A word met for the first time is learnt where the sum meets it."""

    def __missing__(self, word: str) -> int:
        if len(self) >= MEMO_LIMIT:
            self.clear()  # memory must not grow with the number of files
        count, hard = _learn(word)
        self[word] = value = count + HARD * hard
        return value


_MEMO = _Memo()
#: Entries the memo may hold: a run over an archive meets names, numbers and typos without
#: end, so the memo starts again when full. 64k words hold a year of a newsroom's prose (the
#: BBC dev file's 1,537 articles have 35k distinct words); at 200k the memos and the tables'
#: remembered misses together held ~130 MB of a long audit's worker for no gain.
MEMO_LIMIT = 64_000
#: The weight of difficulty in a memo entry: above any article's syllable total.
HARD = 1 << 32


#: ``_PUNCTUATION`` among the ASCII characters, as a table that deletes them: an all-ASCII
#: text (most articles) loses them in one ``translate``, several times faster than the
#: pattern's substitution (which tests each character's class; ``translate`` of other text
#: takes a slower path than the pattern, so it keeps the pattern).
_ASCII_PUNCTUATION = {i: None for i in range(128) if _PUNCTUATION.match(chr(i))}


def words(text: str) -> list[str]:
    """textstat's ``list_words(text)``: punctuation removed, split on white space."""
    if "'" in text:
        text = _STRAY_APOSTROPHE.sub("", text)
    if text.isascii():
        return text.translate(_ASCII_PUNCTUATION).split()
    return _PUNCTUATION.sub("", text).split()


def _learn(word: str) -> tuple[int, bool]:
    """(syllables of the word's lower case, whether textstat finds it difficult)."""
    low = word.lower()
    count = syllables(low)
    # textstat's is_difficult_word counts the syllables of the lower-cased word anew (of
    # one word, the same word, when it is letters only)
    if low in easy_words():
        hard = False
    elif low.isalpha() and low.lower() == low:
        hard = count >= _HARD_SYLLABLES
    else:
        hard = sum(syllables(w.lower()) for w in words(low)) >= _HARD_SYLLABLES
    return count, hard


def sentence_count(text: str) -> int:
    """textstat's ``sentence_count``: pieces ending in . ! or ?, those of two words or
    fewer left out, at least one for a text that is not empty."""
    if not text:
        return 0
    pieces = _SENTENCE_PIECE.findall(text)
    return max(1, sum(1 for p in pieces if _THREE_WORDS.search(p) or len(words(p)) > 2))


def figures(text: str) -> tuple[int, int, float, float, float]:
    """(words, sentences, Flesch reading ease, Flesch-Kincaid grade, Gunning fog) of a
    text, equal to textstat's ``lexicon_count``, ``sentence_count``,
    ``flesch_reading_ease``, ``flesch_kincaid_grade`` and ``gunning_fog``."""
    ws = words(text)
    hard, syllable_total = divmod(sum(map(_MEMO.__getitem__, ws)), HARD)
    n_words, n_sentences = len(ws), sentence_count(text)
    per_sentence = n_words / n_sentences if n_sentences else 0.0
    per_word = syllable_total / n_words if n_words else 0.0
    if per_sentence == 0 or per_word == 0:
        ease = grade = 0.0
    else:
        ease = _FRE[0] - _FRE[1] * per_sentence - _FRE[2] * per_word
        grade = (0.39 * per_sentence) + (11.8 * per_word) - 15.59
    fog = 0.4 * (per_sentence + 100 * hard / n_words) if n_words else 0.0
    return n_words, n_sentences, ease, grade, fog


def readability(doc: Doc) -> Readability | None:
    """The article's figures, or None when it has no body prose."""
    blocks = [b for b in doc.article.blocks if b.kind in BODY_KINDS]
    if not blocks:
        return None
    body = "\n".join(doc.text[b.start:b.end] for b in blocks)
    body_block = [b.kind in BODY_KINDS for b in doc.article.blocks]
    lengths = [len(doc.words(i)) for i, s in enumerate(doc.sentences) if body_block[s.block]]
    n_words, _, ease, grade, fog = figures(body)
    return Readability(
        words=n_words,
        sentences=len(lengths),
        flesch_reading_ease=float(ease),
        flesch_kincaid_grade=float(grade),
        gunning_fog=float(fog),
        mean_sentence_words=sum(lengths) / len(lengths) if lengths else 0.0,
        long_sentences=sum(1 for n in lengths if n > LONG_SENTENCE),
    )


def sentence_words(doc: Doc, index: int) -> int:
    """Words (and numbers) in a sentence, punctuation left out."""
    return len(doc.words(index))
