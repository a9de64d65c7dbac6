"""The word classes attribution tests, read once from ``vocab/*.toml``.

Frames are found without a parser, by stepping over function words from a reporting
cue; these are the classes those steps ask about. What each list holds and why is
said beside it in its vocabulary file.
"""

from __future__ import annotations

from ..vocab import word_set, word_table

# --- grammar.toml: function-word classes ---------------------------------------------
AUX = word_set("grammar", "auxiliaries")
#: Forms of "be" that make a participle cue passive.
BE = word_set("grammar", "be_forms")
PARTICIPLES = word_set("grammar", "irregular_participles")
IRREGULAR_PAST = word_set("grammar", "irregular_past")
PASSIVE_ADVERBS = word_set("grammar", "passive_adverbs")
PARTICIPLE_ADVERBS = word_set("grammar", "participle_adverbs")
ADVERBIAL_HEAD = word_set("grammar", "adverbial_heads")
FUNCTION_WORDS = word_set("grammar", "function_words")
DETERMINERS = word_set("grammar", "determiners")
PRENOMINAL = word_set("grammar", "prenominal")
ADJECTIVAL_PARTICIPLES = word_set("grammar", "adjectival_participles")
COUNTS = word_set("grammar", "counts")
FINITE = word_set("grammar", "finite_markers")
FLOATING_QUANTIFIERS = word_set("grammar", "floating_quantifiers")
QUANTIFIERS = word_set("grammar", "quantifiers")
DITRANSITIVE_CUES = word_set("grammar", "ditransitive_cues")
NP_LINKS = word_set("grammar", "np_links")
#: Third-person possessive determiners: what follows belongs to someone the story named.
POSSESSIVES = frozenset({"his", "her", "their", "its"})
#: Third-person pronouns -> "person", "group" or "thing".
PRONOUNS = {word: str(kind) for word, kind in word_table("grammar", "pronouns").items()}

# --- boundaries.toml and dates.toml -------------------------------------------------
CLAUSE_BREAK = word_set("boundaries", "clause_breaks")
TIME_WORDS = word_set("dates", "time_units")
#: Words that end a short adverbial of time ("Hours later,", "Two days ago,").
RELATIVE_TIME = word_set("dates", "relative_time")
#: Months and weekdays: a capitalised one is not a name ("On Monday, officials said").
DATE_WORDS = word_set("dates", "months") | word_set("dates", "weekdays")
#: Abbreviations that end in a full stop inside a sentence ("Sen.", "U.S.").
ABBREVIATIONS = word_set("sentences", "abbreviations")

# --- attribution.toml: words around cues and sources --------------------------------
TRAILING = word_set("attribution", "trailing_after_cue")
TAIL_STARTS = word_set("attribution", "tail_starts")
ADDRESSEE_CUES = word_set("attribution", "addressee_cues")
NEEDS_CLAUSE = word_set("attribution", "needs_clause")
DOCUMENT_ONLY_CUES = word_set("attribution", "document_only_cues")
NOUN_LIKE_CUES = word_set("attribution", "noun_like_cues")
NAMING_PARTICIPLES = word_set("attribution", "naming_participles")
UNREPORTED_BEFORE = word_set("attribution", "unreported_before")
CONNECTIVES = tuple(tuple(c.split()) for c in word_set("attribution", "connectives"))
IMPERSONAL_SUBJECTS = word_set("attribution", "impersonal_subjects")
QUESTION_OPENERS = word_set("attribution", "question_openers")
LONE_NON_NOUNS = word_set("attribution", "lone_non_nouns")
LINGUISTIC_UNITS = word_set("attribution", "linguistic_units")
RECEIVED_IDEAS = word_set("attribution", "received_ideas")
MEDIUM_NOUNS = word_set("attribution", "medium_nouns")
RESPONSE_CUES = word_set("attribution", "response_cues")
EXPOSURE_CUES = word_set("attribution", "exposure_cues")
RESPONSE_NOUNS = word_set("attribution", "response_nouns")
NAMING_CUES = word_set("attribution", "naming_cues")
NEEDS_QUOTE = word_set("attribution", "needs_quote")
QUESTION_HEADS = word_set("attribution", "question_heads")
SURVEY_HEADS = word_set("attribution", "survey_heads")
SHARING_VERBS = word_set("attribution", "sharing_verbs")
HELD_VIEW_NOUNS = word_set("attribution", "held_view_nouns")
APPOSITIVE_DESCRIPTIONS = word_set("attribution", "appositive_descriptions")
CLAUSE_WORDS_IN_SOURCE = word_set("attribution", "clause_words_in_source")
CLAIMED_THINGS = word_set("attribution", "claimed_things")
#: Verb start -> particles that make a phrasal verb reporting nothing ("adds to").
PHRASAL_PARTICLES = {verb: frozenset(p) for verb, p in word_table("attribution", "phrasal_particles").items()}
#: Every particle of those verbs: a word after a cue that is none of them ends no phrasal verb.
ANY_PARTICLE = frozenset().union(*PHRASAL_PARTICLES.values())
#: What may stand between a possessor and a statement noun ("Zelensky's earlier claim").
NOUN_MODIFIERS = AUX | word_set("attribution", "statement_noun_modifiers")
#: Country abbreviations: "a U.S. study" says where, not who.
COUNTRIES = word_set("attribution", "countries")
HEAD_PREPOSITIONS = word_set("attribution", "head_prepositions")
QUALIFIERS = word_set("attribution", "qualifiers")
AFFILIATION = word_set("attribution", "affiliation_prepositions")
KNOWN_DETERMINERS = word_set("attribution", "known_determiners")

#: Nationality and regional adjectives as written ("Ukrainian", "Chinese", "Israeli").
NATIONALITIES = word_set("attribution", "nationalities")


def is_nationality(word: str) -> bool:
    """A nationality adjective ("Ukrainian officials"): says where, not who."""
    return word in NATIONALITIES
