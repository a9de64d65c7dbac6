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
# the algorithm are NLTK's, unchanged.
"""Punkt's sentence splitting, vendored from NLTK 3.10.4 (Apache-2.0).

Importing ``nltk.tokenize.punkt`` costs a command-line run about 35 ms: the module
imports NLTK's path- and pickle-security helpers, and with them ``http.client``,
``ssl``, ``email``, ``urllib.request``, ``zipfile`` and the ``regex`` engine, none
of which splitting sentences uses. This module is the part of Punkt that
``PunktSentenceTokenizer.span_tokenize`` runs, with NLTK's patterns and decisions;
``tests/test_sentences.py`` compares its spans with the installed NLTK's own Punkt on
the seeds and thousands of generated paragraphs, and ``NLTK_VERSION`` names the
release it was taken from.
"""

from .tokenizer import PunktSentenceTokenizer
from .tokens import PunktLanguageVars, PunktParameters, PunktToken

#: The NLTK release this package was taken from.
NLTK_VERSION = "3.10.4"

__all__ = ["NLTK_VERSION", "PunktLanguageVars", "PunktParameters", "PunktSentenceTokenizer", "PunktToken"]
