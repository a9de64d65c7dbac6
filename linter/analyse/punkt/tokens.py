# Natural Language Toolkit: Punkt sentence tokenizer
#
# Copyright (C) 2001-2026 NLTK Project
# Algorithm: Kiss & Strunk (2006)
# Author: Willy <willy@csse.unimelb.edu.au> (original Python port)
#         Steven Bird <stevenbird1@gmail.com> (additions)
#         Edward Loper <edloper@gmail.com> (rewrite)
#         Joel Nothman <jnothman@student.usyd.edu.au> (almost rewrite)
#         Arthur Darcet <arthur@darcet.fr> (fixes)
#         Tom Aarsen <> (tackle ReDoS & performance issues)
# URL: <https://www.nltk.org/>
# Licensed under the Apache License, Version 2.0 (see NOTICE and
# LICENSE-nltk-Apache-2.0.txt at the root of this project).
#
# Taken from nltk 3.10.4 (nltk/tokenize/punkt.py), the sentence-splitting path only;
# modified for newslint: the trainer, pickling, model files and debugging helpers are
# left out, docstrings are shortened, and every pattern is compiled by
# ``linter.analyse.stdre.compile_like_regex`` (the standard library's ``re``, matching
# as NLTK's ``regex`` patterns do) instead of ``nltk.redos.compile``. The patterns and
# the algorithm are NLTK's, unchanged; for speed (issue 14), a token sets its annotations
# directly instead of by ``setattr`` in a loop, a context's tokens are annotated in two
# loops over a list instead of through three chained generators (the same annotations in
# the same order), a token is matched as an ellipsis only when it starts with two dots,
# and the last whitespace before a match is read after the last space when no other
# whitespace follows that. The marks other than the full stop are written into the
# patterns in sorted order, not a set's (whose order changes with each process's string
# hashing: the same pattern spelt two ways missed the compiled-pattern cache in about
# half the runs, which compiled it again and rewrote the cache).
"""Punkt's language variables, parameters and tokens (NLTK 3.10.4, Apache-2.0)."""

from __future__ import annotations

import re
from collections import defaultdict

from ..stdre import compile_like_regex


# Orthographic contexts: BEG=beginning, MID=middle, UNK=unknown; UC=upper case, LC=lower case.
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_UC = 1 << 2
_ORTHO_UNK_UC = 1 << 3
_ORTHO_BEG_LC = 1 << 4
_ORTHO_MID_LC = 1 << 5
_ORTHO_UNK_LC = 1 << 6
_ORTHO_UC = _ORTHO_BEG_UC + _ORTHO_MID_UC + _ORTHO_UNK_UC
_ORTHO_LC = _ORTHO_BEG_LC + _ORTHO_MID_LC + _ORTHO_UNK_LC


class PunktLanguageVars:
    """Variables, mostly regular expressions, which may be language-dependent."""

    __slots__ = ("_re_period_context", "_re_word_tokenizer")

    sent_end_chars = (".", "?", "!")
    """Characters which are candidates for sentence boundaries"""

    @property
    def _re_sent_end_chars(self):
        return "[%s]" % re.escape("".join(self.sent_end_chars))

    # The Unicode curly quotes and guillemets close a sentence like the ASCII quotes.
    re_boundary_realignment = compile_like_regex(
        r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)',
        re.MULTILINE,
    )
    """Used to realign punctuation that should be included in a sentence
    although it follows the period (or ?, !)."""

    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
    """Excludes some characters from starting word tokens"""

    @property
    def _re_non_word_chars(self):
        return (
            r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb%s])"
            % re.escape("".join(sorted(set(self.sent_end_chars) - {"."})))
        )

    _re_multi_char_punct = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
    """Hyphen and ellipsis are multi-character punctuation"""

    _word_tokenize_fmt = r"""(
        %(MultiChar)s
        |
        (?=%(WordStart)s)\S+?  # Accept word characters until end is found
        (?= # Sequences marking a word's end
            \s|                                 # White-space
            $|                                  # End-of-string
            %(NonWord)s|%(MultiChar)s|          # Punctuation
            ,(?=$|\s|%(NonWord)s|%(MultiChar)s) # Comma if at end of word
        )
        |
        \S
    )"""
    """Format of a regular expression to split punctuation from words,
    excluding period."""

    def _word_tokenizer_re(self):
        """Compiles and returns a regular expression for word tokenization"""
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = compile_like_regex(
                self._word_tokenize_fmt
                % {
                    "NonWord": self._re_non_word_chars,
                    "MultiChar": self._re_multi_char_punct,
                    "WordStart": self._re_word_start,
                },
                re.UNICODE | re.VERBOSE,
            )
            return self._re_word_tokenizer

    def word_tokenize(self, s):
        """Tokenize a string to split off punctuation other than periods"""
        return self._word_tokenizer_re().findall(s)

    _period_context_fmt = r"""
        %(SentEndChars)s             # a potential sentence ending
        (?=(?P<after_tok>
            %(NonWord)s              # either other punctuation
            |
            \s+(?P<next_tok>\S+)     # or whitespace and some other token
        ))"""
    """Format of a regular expression to find contexts including possible
    sentence boundaries."""

    def period_context_re(self):
        """Compiles and returns a regular expression to find contexts
        including possible sentence boundaries."""
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = compile_like_regex(
                self._period_context_fmt
                % {
                    "NonWord": self._re_non_word_chars,
                    "SentEndChars": self._re_sent_end_chars,
                },
                re.UNICODE | re.VERBOSE,
            )
            return self._re_period_context


def _pair_iter(iterator):
    """Pairs of tokens, each token first once; the last pair has None second."""
    iterator = iter(iterator)
    try:
        prev = next(iterator)
    except StopIteration:
        return
    for el in iterator:
        yield (prev, el)
        prev = el
    yield (prev, None)


class PunktParameters:
    """Stores data used to perform sentence boundary detection with Punkt."""

    def __init__(self):
        self.abbrev_types = set()
        """A set of word types for known abbreviations."""
        self.collocations = set()
        """A set of word type tuples for known common collocations
        where the first word ends in a period."""
        self.sent_starters = set()
        """A set of word types for words that often appear at the
        beginning of sentences."""
        self.ortho_context = defaultdict(int)
        """A dictionary mapping word types to the set of orthographic
        contexts that word type appears in."""


class PunktToken:
    """Stores a token of text with annotations produced during
    sentence boundary detection."""

    _properties = ["parastart", "linestart", "sentbreak", "abbr", "ellipsis"]
    __slots__ = ["tok", "type", "period_final"] + _properties

    def __init__(self, tok, parastart=None, linestart=None, sentbreak=None, abbr=None, ellipsis=None):
        self.tok = tok
        self.type = self._get_type(tok)
        self.period_final = tok.endswith(".")
        self.parastart = parastart
        self.linestart = linestart
        self.sentbreak = sentbreak
        self.abbr = abbr
        self.ellipsis = ellipsis

    # Note: [A-Za-z] is approximated by [^\W\d] in the general case.
    _RE_ELLIPSIS = compile_like_regex(r"\.\.+$")
    _RE_NUMERIC = compile_like_regex(r"^-?[\.,]?\d[\d,\.-]*\.?$")
    _RE_INITIAL = compile_like_regex(r"[^\W\d]\.$", re.UNICODE)

    def _get_type(self, tok):
        """Returns a case-normalized representation of the token."""
        return self._RE_NUMERIC.sub("##number##", tok.lower())

    @property
    def type_no_period(self):
        """The type with its final period removed if it has one."""
        if len(self.type) > 1 and self.type[-1] == ".":
            return self.type[:-1]
        return self.type

    @property
    def type_no_sentperiod(self):
        """The type with its final period removed if it is marked as a sentence break."""
        if self.sentbreak:
            return self.type_no_period
        return self.type

    @property
    def first_upper(self):
        """True if the token's first character is uppercase."""
        return self.tok[0].isupper()

    @property
    def first_lower(self):
        """True if the token's first character is lowercase."""
        return self.tok[0].islower()

    @property
    def is_ellipsis(self):
        """True if the token text is that of an ellipsis."""
        return self._RE_ELLIPSIS.match(self.tok)

    @property
    def is_initial(self):
        """True if the token text is that of an initial."""
        return self._RE_INITIAL.match(self.tok)
