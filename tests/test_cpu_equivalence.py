"""The shortcuts of the CPU work (issue 14) give exactly what the plain computations give:
offsets kept as runs, a lexicon's matches per sentence from one walk over the article,
textstat's sentence count with its three-word shortcut, the document's word lists."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right

from linter.analyse.annotate import annotate
from linter.analyse.attribution.clause import Sent
from linter.analyse.attribution.frames import _one_word_cue
from linter.analyse.attribution.patterns import survey
from linter.analyse.attribution.people import PersonTracker
from linter.analyse.attribution.stops import COMPLEMENT_STOP, complement_stops
from linter.analyse.lexicon import written_lower
from linter.analyse.lexicon import Lexicon, sentence_matches
from linter.analyse.readability import _SENTENCE_PIECE, sentence_count, words
from linter.analyse.vocab import vocab
from linter.model.article import Article, Offsets, Piece
from linter.model.source import Source
from linter.readers import parse
from linter.readers.files import read_source

from conftest import SEEDS

SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html"))


def _docs():
    for path in SEED_FILES:
        source = read_source(path)
        for article in parse(source, path.suffix.lstrip(".")):
            yield annotate(article)


def test_offsets_runs_read_like_the_list_they_stand_for() -> None:
    rng = random.Random(14)
    for _ in range(200):
        runs, plain, pos = Offsets(), [], 0
        for _ in range(rng.randint(0, 6)):
            kind, n = rng.choice(("range", "repeat", "list")), rng.randint(0, 9)
            if kind == "range":
                runs.extend(range(pos, pos + n))
                plain.extend(range(pos, pos + n))
            elif kind == "repeat":
                runs.repeat(pos, n)
                plain.extend([pos] * n)
            else:
                values = sorted(rng.randint(pos, pos + 20) for _ in range(n))
                runs.extend(values)
                plain.extend(values)
            pos += 25
        assert len(runs) == len(plain) and list(runs) == plain
        assert [runs[i] for i in range(-len(plain), len(plain))] == plain + plain if plain else True
        assert runs[1:5] == plain[1:5] and runs[::-1] == plain[::-1]
        for x in range(-1, pos + 2, 3):
            assert bisect_left(runs, x) == bisect_left(plain, x) and bisect_right(runs, x) == bisect_right(plain, x)


def test_contiguous_pieces_map_each_character_to_the_file() -> None:
    text = "Headline here\n\n  First paragraph.  \n\nSecond one."
    second = text.index("Second")
    pieces = [Piece.contiguous("headline", text[:13], 0), Piece.contiguous("paragraph", text[15:37], 15),
              Piece("paragraph", text[second:], list(range(second, len(text))), list(range(second + 1, len(text) + 1)))]
    article = Article.assemble(Source("t.txt", text), pieces)
    for i, c in enumerate(article.text):
        if c != "\n":
            assert text[article.starts[i]:article.ends[i]] == c
    assert article.source_span(0, 8) == (0, 8)


def test_sentence_matches_equal_matching_each_sentence() -> None:
    lexicons = [vocab().cues, Lexicon.of(["said", "according to", "told", "send+ [mod] shockwaves", "the"])]
    for doc in _docs():
        for lex in lexicons:
            got = sentence_matches(lex, doc)
            want = [list(lex.matches(doc.tok_norm, s.first, s.last)) for s in doc.sentences]
            assert [[(m.first, m.last, m.payload) for m in ms] for ms in got] == \
                   [[(m.first, m.last, m.payload) for m in ms] for ms in want]
            assert sentence_matches(lex, doc) is got  # kept with the document


def test_sentence_count_shortcut_equals_textstat_rule() -> None:
    rng = random.Random(7)
    alphabet = ["word", "it's", "'", "--", "a", "?", ".", "!", " ", "  ", "\n", "x.y", "’s", "'t", "...", "12", "_"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) + rng.choice(("", " ")) for _ in range(rng.randint(0, 30)))
        plain = max(1, sum(1 for p in _SENTENCE_PIECE.findall(text) if len(words(p)) > 2)) if text else 0
        assert sentence_count(text) == plain, text


def test_document_words_are_the_alphanumeric_tokens_of_each_sentence() -> None:
    for doc in _docs():
        for si, s in enumerate(doc.sentences):
            assert doc.words(si) == [w for w in doc.tok_norm[s.first:s.last] if w[0].isalnum()]
        text = doc.text
        assert doc.lower_text == " " + " ".join(
            n for n, s in zip(doc.tok_norm, doc.tok_start) if text[s].islower()) + " "


def test_written_lower_answers_as_the_lower_text_search() -> None:
    for doc in _docs():
        st = Sent(doc, 0)
        for word in set(doc.tok_norm) | {"absent", "x"}:
            assert written_lower(st.doc, word) == (f" {word} " in doc.lower_text), word


def test_poll_sentences_and_one_word_cues_answer_as_the_walks() -> None:
    """The article-wide poll look-up equals asking each sentence; a cue word's payloads
    read from the trie's first level equal a one-token walk of the cue lexicon."""
    cues = vocab().cues
    for doc in _docs():
        assert survey.polled(doc) == {si for si, s in enumerate(doc.sentences)
                                      if survey.possible(doc.tok_norm, s.first, s.last)}
        for k, word in enumerate(doc.tok_norm):
            assert list(_one_word_cue(word)) == [m.payload for m in cues.matches(doc.tok_norm, k, k + 1)]


def test_poll_sentences_of_a_story_with_polls() -> None:
    text = ("Hale leads. In a Gallup poll released Monday, 50 percent chose Hale.\n\n"
            "The survey process is slow. Nobody asked.")
    doc = annotate(parse(Source("t.txt", text), "txt")[0])
    assert survey.polled(doc) == {1, 2}


def test_person_tracker_answers_the_same_whenever_it_first_looks() -> None:
    """The mentions found up front are found when a pronoun first asks: a tracker that
    was told of named sources before that answers as one that looked at once."""
    v = vocab()
    for doc in _docs():
        eager, lazy = PersonTracker(doc, v), PersonTracker(doc, v)
        assert eager.mentions is not None  # looks now
        named = [(doc.tok_start[k], doc.text[doc.tok_start[k]:doc.tok_end[k]])
                 for k in range(0, len(doc.tok_start), 7)]
        for offset, name in named:
            eager.mention(name, offset)
            lazy.mention(name, offset)
        for at in range(0, len(doc.text) + 1, 97):
            eager.at(at)
            lazy.at(at)
            assert eager.recent() == lazy.recent()
        assert eager.mentions == lazy.mentions


def test_person_tracker_recent_is_the_last_mention_before_the_cue() -> None:
    """``recent`` bisects the sorted mentions: the answer of a walk over them."""
    v = vocab()
    for doc in _docs():
        people = PersonTracker(doc, v)
        for at in range(0, len(doc.text) + 1, 13):
            people.at(at)
            walked = None
            for pos, name in people.mentions:
                if pos >= at:
                    break
                walked = name
            assert people.recent() == walked


def test_complement_stops_are_where_the_pattern_finds_them() -> None:
    """The stops tried only at commas, semicolons and white space before a dash are the
    starts ``finditer`` gives, in sentences of the seeds and in generated text."""
    def found(text: str, start: int, end: int) -> list[int]:
        return [m.start() for m in COMPLEMENT_STOP.finditer(text, start, end)]

    for doc in _docs():
        for si in range(len(doc.sentences)):
            st = Sent(doc, si)
            if st.last > st.first:
                assert st.complement_stops == found(doc.text, st.start[st.first], st.end[st.last - 1])
    written = ("The mayor said the bridge would reopen, although the council disagreed; the cost rose — the "
               "budget, a claim that critics disputed, was cut -- a myth that he repeated, which is, sadly, true.")
    assert complement_stops(written, 0, len(written)) == found(written, 0, len(written))
    parts = [",", ";", " ", "-", "--", "–", "—", "\u00a0", "\n", "but ", "while ", "the ", "a ", "which ", "is ",
             "has been ", "despite ", "even though ", "claim ", "lie ", "that ", "he ", "x", "narrative ", "would "]
    rng = random.Random(14)
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 20)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert complement_stops(text, start, end) == found(text, start, end)


def test_unsourced_figure_noun_precheck_finds_the_same_figures() -> None:
    """A sentence without one of the rule's nouns has no figure: told where the nouns are,
    ``_figure`` answers as it does when it looks at every sentence."""
    from linter.lint.config import Settings
    from linter.lint.engine import Linter

    check = next(c for c in Linter(Settings()).checks if c.kind == "unsourced-figure")
    written = ("Police said 40 people were killed on Monday. At least 300 protesters marched. "
               "The 12 councillors met for 3 hours. Two villages were flooded and 9 homes lost.")
    docs = list(_docs()) + [annotate(parse(Source("f.txt", written), "txt")[0])]
    for doc in docs:
        numbers = [i for i, w in enumerate(doc.tok_norm) if w[0].isdigit()]
        for rule in check.rules:
            nouns = [i for i, w in enumerate(doc.tok_norm) if w in check.nouns[rule.code]]
            for si in range(len(doc.sentences)):
                assert check._figure(rule, doc, si, numbers, nouns=nouns) == check._figure(rule, doc, si, numbers)


def test_token_spans_are_the_token_pattern_matches() -> None:
    """The ASCII spelling of the token pattern matches as the Unicode one does on ASCII
    text (every pair of ASCII characters around a word, an apostrophe and a hyphen), and
    the offsets read from the split pieces are the matches' spans, on ASCII and other text."""
    from linter.analyse.tokens import ASCII_TOKEN, TOKEN, token_spans

    def spans(text: str) -> list[tuple[int, int]]:
        return [m.span() for m in TOKEN.finditer(text)]

    ascii_chars = [chr(i) for i in range(128)]
    for a in ascii_chars:
        for b in ascii_chars:
            for text in (f"{a}{b}s", f"'{a}{b}", f"x{a}-{b}9", f"4{a}{b}5"):
                assert [m.span() for m in ASCII_TOKEN.finditer(text)] == spans(text), repr(text)
    rng = random.Random(26)
    alphabet = "aZé9_-‐‑.,'’‘ \t\n\x1c\u2003\u00a0!?;:\"()stdlmrev£€—İ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        starts, ends = token_spans(text)
        assert list(zip(starts, ends)) == spans(text), repr(text)
    for doc in _docs():
        assert list(zip(doc.tok_start, doc.tok_end)) == spans(doc.article.text)


def test_completed_doc_indexes_equal_a_doc_built_with_its_frames() -> None:
    """The annotator adds frames, speakers and readability to its Doc in place: the
    indexes are those a Doc constructed with them from the start has."""
    from linter.model.doc import Doc

    names = ("_quote_starts", "_quote_reach", "_sentence_starts", "_shield", "_shield_starts", "_content",
             "_content_starts", "_content_reach", "_by_sentence", "frames", "speakers", "readability")
    for doc in _docs():
        built = Doc(doc.article, doc.sentences, doc.tok_start, doc.tok_end, doc.tok_norm, doc.quotes,
                    frames=doc.frames, speakers=doc.speakers, readability=doc.readability)
        for name in names:
            assert getattr(built, name) == getattr(doc, name), name
