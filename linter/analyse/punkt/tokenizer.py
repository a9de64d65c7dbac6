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
# whitespace follows that.
"""Punkt's sentence splitting with given parameters (NLTK 3.10.4, Apache-2.0)."""

from __future__ import annotations

import re
import string
from typing import Iterator

from .tokens import _ORTHO_BEG_LC, _ORTHO_LC, _ORTHO_MID_UC, _ORTHO_UC, PunktParameters, PunktToken, _pair_iter
from .tokens import PunktLanguageVars


class PunktSentenceTokenizer:
    """Punkt's sentence splitting with given parameters (NLTK's ``PunktBaseClass`` and
    the ``span_tokenize`` path of its ``PunktSentenceTokenizer``)."""

    def __init__(self, params=None, lang_vars=None, token_cls=PunktToken):
        self._params = PunktParameters() if params is None else params
        self._lang_vars = PunktLanguageVars() if lang_vars is None else lang_vars
        self._Token = token_cls

    def _tokenize_words(self, plaintext):
        """Tokens of the text, marked where a paragraph or a line starts."""
        parastart = False
        for line in plaintext.split("\n"):
            if line.strip():
                line_toks = iter(self._lang_vars.word_tokenize(line))

                try:
                    tok = next(line_toks)
                except StopIteration:
                    continue

                yield self._Token(tok, parastart=parastart, linestart=True)
                parastart = False

                for tok in line_toks:
                    yield self._Token(tok)
            else:
                parastart = True

    def _annotate_first_pass(self, tokens: Iterator[PunktToken]) -> Iterator[PunktToken]:
        """Type-based decisions: sentence breaks, ellipses, abbreviations."""
        for aug_tok in tokens:
            self._first_pass_annotation(aug_tok)
            yield aug_tok

    def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
        """Performs type-based annotation on a single token."""
        tok = aug_tok.tok

        if tok in self._lang_vars.sent_end_chars:
            aug_tok.sentbreak = True
        elif tok.startswith("..") and aug_tok.is_ellipsis:  # (a token of dots only)
            aug_tok.ellipsis = True
        elif aug_tok.period_final and not tok.endswith(".."):
            if (
                tok[:-1].lower() in self._params.abbrev_types
                or tok[:-1].lower().split("-")[-1] in self._params.abbrev_types
            ):
                aug_tok.abbr = True
            else:
                aug_tok.sentbreak = True

        return

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> Iterator[tuple[int, int]]:
        """Given a text, generates (start, end) spans of sentences in the text."""
        slices = self._slices_from_text(text)
        if realign_boundaries:
            slices = self._realign_boundaries(text, slices)
        for sentence in slices:
            yield (sentence.start, sentence.stop)

    def _get_last_whitespace_index(self, text: str) -> int:
        """The index of the last whitespace character of the text, or 0."""
        at = text.rfind(" ")
        if text[at + 1:].isprintable():  # no other whitespace after it (all are unprintable)
            return max(at, 0)
        for i in range(len(text) - 1, -1, -1):
            if text[i] in string.whitespace:
                return i
        return 0

    def _match_potential_end_contexts(self, text: str) -> Iterator[tuple[re.Match, str]]:
        """The matches of potential sentence breaks, each with the context around it
        (the word before found from right to left, overlaps removed)."""
        previous_slice = slice(0, 0)
        previous_match = None
        for match in self._lang_vars.period_context_re().finditer(text):
            # Get the slice of the previous word
            before_text = text[previous_slice.stop : match.start()]
            index_after_last_space = self._get_last_whitespace_index(before_text)
            if index_after_last_space:
                # + 1 to exclude the space itself
                index_after_last_space += previous_slice.stop + 1
            else:
                index_after_last_space = previous_slice.start
            prev_word_slice = slice(index_after_last_space, match.start())

            # If the previous slice does not overlap with this slice, then
            # we can yield the previous match and slice. If there is an overlap,
            # then we do not yield the previous match and slice.
            if previous_match and previous_slice.stop <= prev_word_slice.start:
                yield (
                    previous_match,
                    text[previous_slice]
                    + previous_match.group()
                    + previous_match.group("after_tok"),
                )
            previous_match = match
            previous_slice = prev_word_slice

        # Yield the last match and context, if it exists
        if previous_match:
            yield (
                previous_match,
                text[previous_slice]
                + previous_match.group()
                + previous_match.group("after_tok"),
            )

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        last_break = 0
        for match, context in self._match_potential_end_contexts(text):
            if self.text_contains_sentbreak(context):
                yield slice(last_break, match.end())
                if match.group("next_tok"):
                    # next sentence starts after whitespace
                    last_break = match.start("next_tok")
                else:
                    # next sentence starts at following punctuation
                    last_break = match.end()
        # The last sentence should not contain trailing whitespace.
        yield slice(last_break, len(text.rstrip()))

    def _realign_boundaries(self, text: str, slices: Iterator[slice]) -> Iterator[slice]:
        """Moves punctuation that follows the period but belongs to the sentence into
        it: "(Sent1.) Sent2." is "(Sent1.)", "Sent2."."""
        realign = 0
        for sentence1, sentence2 in _pair_iter(slices):
            sentence1 = slice(sentence1.start + realign, sentence1.stop)
            if not sentence2:
                if text[sentence1]:
                    yield sentence1
                continue

            m = self._lang_vars.re_boundary_realignment.match(text[sentence2])
            if m:
                yield slice(sentence1.start, sentence2.start + len(m.group(0).rstrip()))
                realign = m.end()
            else:
                realign = 0
                if text[sentence1]:
                    yield sentence1

    def text_contains_sentbreak(self, text: str) -> bool:
        """Returns True if the given text includes a sentence break (a token marked as one
        that is not the last: every token is given its first pass before the pairs their
        second, as the chained generators of ``_annotate_second_pass`` do)."""
        tokens = list(self._tokenize_words(text))
        first = self._first_pass_annotation
        for tok in tokens:
            first(tok)
        second = self._second_pass_annotation
        for tok, following in zip(tokens, tokens[1:]):
            second(tok, following)
            if tok.sentbreak:
                return True
        return False

    PUNCTUATION = tuple(";:,.!?")

    def _annotate_second_pass(self, tokens: Iterator[PunktToken]) -> Iterator[PunktToken]:
        """Token-based classification (section 4): the orthographic heuristic (4.1.1),
        collocation heuristic (4.1.2) and frequent sentence starter heuristic (4.1.3)."""
        for token1, token2 in _pair_iter(tokens):
            self._second_pass_annotation(token1, token2)
            yield token1

    def _second_pass_annotation(self, aug_tok1: PunktToken, aug_tok2: PunktToken | None) -> str | None:
        """Performs token-based classification over a pair of contiguous tokens
        updating the first."""
        # Is it the last token? We can't do anything then.
        if not aug_tok2:
            return

        if not aug_tok1.period_final:
            # We only care about words ending in periods.
            return
        typ = aug_tok1.type_no_period
        next_typ = aug_tok2.type_no_sentperiod
        tok_is_initial = aug_tok1.is_initial

        # [4.1.2. Collocation Heuristic] A collocation between the word before and
        # after the period: an abbreviation and NOT a sentence break.
        if (typ, next_typ) in self._params.collocations:
            aug_tok1.sentbreak = False
            aug_tok1.abbr = True
            return "known collocation (both words)"

        # [4.2. Token-Based Reclassification of Abbreviations] If the token is an
        # abbreviation or an ellipsis, decide whether it is *also* a sentence break.
        if (aug_tok1.abbr or aug_tok1.ellipsis) and (not tok_is_initial):
            # [4.1.1. Orthographic Heuristic]
            is_sent_starter = self._ortho_heuristic(aug_tok2)
            if is_sent_starter == True:  # noqa: E712
                aug_tok1.sentbreak = True
                return "abbreviation + orthographic heuristic"

            # [4.1.3. Frequent Sentence Starter Heruistic] A capitalized next word on
            # the frequent-sentence-starters list: a sentence break.
            if aug_tok2.first_upper and next_typ in self._params.sent_starters:
                aug_tok1.sentbreak = True
                return "abbreviation + frequent sentence starter"

        # [4.3. Token-Based Detection of Initials and Ordinals] Initials or ordinals
        # marked as sentence breaks may be reclassified as abbreviations.
        if tok_is_initial or typ == "##number##":
            # [4.1.1. Orthographic Heuristic]
            is_sent_starter = self._ortho_heuristic(aug_tok2)

            if is_sent_starter == False:  # noqa: E712
                aug_tok1.sentbreak = False
                aug_tok1.abbr = True
                return "initial + orthographic heuristic"

            # Special heuristic for initials: if orthogrpahic heuristic is unknown, and
            # next word is always capitalized, then mark as abbrev (eg: J. Bach).
            if (
                is_sent_starter == "unknown"
                and tok_is_initial
                and aug_tok2.first_upper
                and not (self._params.ortho_context[next_typ] & _ORTHO_LC)
            ):
                aug_tok1.sentbreak = False
                aug_tok1.abbr = True
                return "initial + special orthographic heuristic"

        return

    def _ortho_heuristic(self, aug_tok: PunktToken) -> bool | str:
        """Decide whether the given token is the first token in a sentence."""
        # Sentences don't start with punctuation marks:
        if aug_tok.tok in self.PUNCTUATION:
            return False

        ortho_context = self._params.ortho_context[aug_tok.type_no_sentperiod]

        # Capitalized, seen at least once in lower case and never in upper case
        # sentence-internally: a sentence starter.
        if (
            aug_tok.first_upper
            and (ortho_context & _ORTHO_LC)
            and not (ortho_context & _ORTHO_MID_UC)
        ):
            return True

        # Lower case, and either seen in upper case or never seen sentence-initially
        # in lower case: not a sentence starter.
        if aug_tok.first_lower and (
            (ortho_context & _ORTHO_UC) or not (ortho_context & _ORTHO_BEG_LC)
        ):
            return False

        # Otherwise, we're not sure.
        return "unknown"
