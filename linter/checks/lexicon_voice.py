"""Whose voice a lexicon match is in: a denial ("not a crazy idea"), a source named next,
a vague source's or a collective's words, the public's reputation label, a description a
verb pins on its object ("portrayed her as reckless", "painted the dispute in apocalyptic
terms"), a judging verb's complement ("voters who find him intolerable"), the clause of a
verb of knowing, which the writer vouches for ("knew the plan was doomed"), and a degree
word that turns an info verdict up (lexicon_clauses has the clauses that report someone's
words around a match). The lexicon check asks these after it has found a match; they
never find words themselves."""

from __future__ import annotations

import re

from ..analyse import recache
from ..analyse.lexicon import Lexicon
from ..analyse.targets import class_terms
from ..analyse.vocab import word_set
from ..analyse.wordclass import ADJ, VERB, parts
from ..model.doc import COLLECTIVE, THAT_CLAUSE, VAGUE, Doc
from .lexicon_groups import Group
from .lexicon_hearsay import hearsay, viewpoint
from .vague_members import owned_next


def muted(doc: Doc, group: Group, first: int, begin: int, start: int, severity: str,
           si: int, end: int) -> tuple[str, bool] | None:
    """A match's severity after a denial, a source named next or a vague source's speech,
    and whether it was lowered for a reason position does not undo (no lede promotion);
    None: dropped."""
    negated = group.rule.data.get("negated", "")  # the naming kind shares these groups
    muted = False
    if negated and severity != "info" and _negated(doc.tok_norm, first, begin):
        if negated == "off":
            return None
        severity, muted = negated, True
    if group.refuted_next and _refuted_next(doc, group.refuted_next, si):
        return None  # "claiming that his father was Jewish. (He was not.)": the verb is accurate
    if group.named_next and severity != "info" and owned_next(doc, si, start, end):
        # "X has been criticised over the costs of its projects. / A watchdog's
        # review of the projects says their costs have grown": the lede's critic, named
        if group.named_next == "off":
            return None
        severity, muted = group.named_next, True
    vague = group.rule.data.get("vague_speech", "")
    if vague and (_reputed(doc, first, begin) or hearsay(doc.tok_norm, first, begin) or viewpoint(doc, first, begin)):
        severity, muted = (vague if severity != "info" else severity), True  # the public's label
    elif vague and severity != "info" and _vague_speech(doc, start):
        # "critics say the mayor is a crook": the words are the vague source's, and
        # ATTR001 already asks who they are; a second gate finding says it twice
        severity, muted = vague, True
    return severity, muted


def _refuted_next(doc: Doc, pattern: str, si: int) -> bool:
    """Whether the sentence after ``si`` in its paragraph (or the next paragraph's first,
    when ``si`` ends its own) gives the writer's verdict ``pattern`` describes, outside
    any quotation: the story shows what was reported is untrue ("He claimed that the museum
    had bid for it. / In fact, the museum had never ..."; "(He was not.)")."""
    nxt = si + 1
    if nxt >= len(doc.sentences) or doc.sentences[nxt].block > doc.sentences[si].block + 1:
        return False
    s = doc.sentences[nxt]
    return any(doc.quote_at(s.start + m.start(), s.start + m.end()) is None
               for m in recache.compile(pattern, re.I).finditer(doc.text[s.start:s.end]))


#: Degree words that turn an evaluation up ("so outlandish", "deeply disturbing").
_INTENSIFIERS = word_set("grammar", "degree_intensifiers")


#: Degree words that open a result clause with "that" ("so embarrassing that they forced
#: her resignation", "such a shocking result that"): the degree measures the consequence
#: the sentence states, it does not turn the verdict up.
_RESULT_DEGREES = frozenset({"so", "such"})


def intensified(norms: list[str], first: int, begin: int, last: int | None = None) -> bool:
    """Whether a degree word stands right before token ``first`` in its sentence, or before
    an adverb in -ly just before it ("so disproportionately petty"); "so" or "such" with a
    result clause right after the match (tokens up to ``last``: "so embarrassing that
    they forced her to resign") measures the result and does not count."""
    k = first - 1
    if k > begin and norms[k].endswith("ly") and norms[k] not in _INTENSIFIERS:
        k -= 1
    if k >= begin and norms[k] in _RESULT_DEGREES and last is not None and last < len(norms) \
            and norms[last] == "that":
        return False
    return k >= begin and norms[k] in _INTENSIFIERS


#: Words that negate an evaluation a few words on ("not a crazy argument", "never
#: cynical", "hardly a disaster"), and the words that may stand between.
_NEGATORS = frozenset({"not", "n't", "'t", "never", "hardly", "no"})  # "isn't" is "isn" + "'t"
_BETWEEN = frozenset({"a", "an", "the", "so", "that", "too", "very", "all", "entirely", "particularly",
                      "exactly", "at", "be", "been", "being", "is", "was", "were", "are"})


#: Words that join the word to an adjective before it, which shares the denial ("not a cruel
#: or callous plan"), and the indefinite determiners a denied verb's object opens with, which
#: deny that such a thing exists ("did not post any deranged messages"); "did not see the
#: shameful report" still calls the report shameful.
_COORDINATED = frozenset({"or", "and"})
_OBJECT_OPENERS = frozenset({"a", "an", "any"})


def _adjective(norm: str) -> bool:
    """A word that can be an adjective, or a participle used as one ("deluded")."""
    return bool(parts(norm) & ADJ) or norm.endswith("ed")


def _negated(norms: list[str], first: int, begin: int) -> bool:
    """Whether a negator stands just before token ``first`` in its sentence, with only
    articles, degree words and forms of "be" between ("is not a crazy argument"), an
    adjective coordinated with the word ("not a cruel or callous plan"), or one verb whose
    object the word opens ("did not post any deranged messages", "never gave a
    disgraceful answer")."""
    k = first - 1
    verb = False
    while k >= begin and first - k <= 7:
        n = norms[k]
        if n in _NEGATORS:
            return True
        if n in _BETWEEN or n == "any":
            pass
        elif n in _COORDINATED and k == first - 1 and k - 1 >= begin and _adjective(norms[k - 1]):
            k -= 1  # "deluded or [deranged]": the adjective it is joined to shares the denial
        elif not verb and parts(n) & VERB and norms[k + 1] in _OBJECT_OPENERS and k - 1 >= begin \
                and norms[k - 1] in _NEGATORS:
            verb = True  # "not make any": the verb right after the negator
        else:
            return False
        k -= 1
    return False


#: "won a reputation as a firebrand", "known as a maverick": the label is the public's
#: view, reported as such (determiners and up to two modifiers may stand between).
_REPUTE = recache.compile(r"(?:^| )(?:" + "|".join(re.escape(p) for p in sorted(word_set("attribution", "reputation_frames")))
                     + r")(?: (?:a|an|the))?(?: [\w-]+){0,2}$")

_DEFINITION = word_set("attribution", "definition_words")


def defined(norms: list[str], first: int, begin: int) -> bool:
    """A word in the description a definition gives ("the dictionary definition of a boor
    as a coarse, uncouth, ill-mannered man"): mentioned, not the writer's judgement.
    Between "as" and the word only articles, adjectives and list commas may stand."""
    j = first - 1
    while j > begin and (norms[j] in (",", "and", "or", "a", "an", "the") or parts(norms[j]) == ADJ):
        j -= 1
    return norms[j] == "as" and any(w in _DEFINITION for w in norms[max(begin, j - 6):j])


def _reputed(doc: Doc, first: int, begin: int) -> bool:
    """Whether a reputation frame stands just before token ``first`` in its sentence."""
    return bool(_REPUTE.search(" ".join(doc.tok_norm[max(begin, first - 7):first])))


#: "portrayed the mayor as a nasty candidate": verbs that pin a description on their object.
_AS_VERBS = Lexicon.of(sorted(word_set("attribution", "characterising_as")))
#: Words that end the clause between such a verb, its "as" and the described word (a full
#: stop inside a sentence is an abbreviation's, "portrayed Mr. Trump as", and does not).
_AS_BREAK = frozenset({";", ":", "!", "?", "that", "which", "who", "because", "but", "while", "although"})
_BE = frozenset({"is", "was", "be", "been", "being", "are", "were", "am", "'s"})
#: Works whose depiction is no one's statement ("The film portrayed the senator as shameful").
_WORKS = Lexicon.of(sorted(class_terms()["fiction"]))


def characterised(norms: list[str], first: int, begin: int) -> bool:
    """Whether token ``first`` stands in the description a subject pins on its object with
    "as" ("portrayed the mayor as a nasty candidate", "a photo-op he loves to disparage as
    phony"): the subject's words, reported. An agentless passive ("can only be described as
    a disaster"), a work's depiction ("the film portrayed him as shameful") and "such as"
    stay the writer's. The description may run on through the infinitive of what it calls
    the object ("condemned the raids as a cruel effort to stem a tide of refugees")."""
    if _in_terms(norms, first, begin):
        return True
    k = first - 1
    while k >= max(begin, first - 10) and norms[k] != "as":
        if norms[k] in _AS_BREAK:
            return False
        k -= 1
    if k < max(begin, first - 10) or (k > begin and norms[k - 1] in ("such", "well")) \
            or (first - k > 6 and "to" not in norms[k + 1:first]):
        return False
    for m in _AS_VERBS.matches(norms, max(begin, k - 24), k):
        before = max(begin, m.first - 3)
        between = _past_relatives(norms[m.last:k])
        if len(between) <= 12 and not _AS_BREAK.intersection(between) \
                and not _BE.intersection(norms[max(begin, m.first - 2):m.first]) \
                and not any(True for _ in _WORKS.matches(norms, before, m.first)):
            return True
    return False


#: The nouns of "in ... terms": the manner a characterising verb's subject puts something in.
_TERMS = frozenset({"terms", "language", "words", "colours", "colors", "tones"})
_TERMS_GLUE = frozenset({",", "and", "or", "the", "such", "most", "more", "increasingly"})


def _modifier(norm: str) -> bool:
    """A word that may stand among the adjectives of "in grave, nearly apocalyptic terms"."""
    return norm in _TERMS_GLUE or norm.endswith("ly") or _adjective(norm)


def _in_terms(norms: list[str], first: int, begin: int) -> bool:
    """Whether token ``first`` is an adjective of the terms a characterising verb's subject
    puts its object in ("Some painted the dispute in grave, nearly apocalyptic, terms",
    "the mayor described the plan in catastrophic language"): the subject's words,
    reported. An agentless passive ("was described in apocalyptic terms") stays the writer's."""
    end = min(len(norms), first + 5)
    j = first + 1
    while j < end and norms[j] not in _TERMS and _modifier(norms[j]):
        j += 1
    if j >= end or norms[j] not in _TERMS:
        return False
    k = first - 1
    while k >= max(begin, first - 6) and norms[k] != "in":
        if not _modifier(norms[k]):
            return False
        k -= 1
    if k < max(begin, first - 6):
        return False
    for m in _AS_VERBS.matches(norms, max(begin, k - 12), k):
        between = norms[m.last:k]
        if between and len(between) <= 8 and not _AS_BREAK.intersection(between) \
                and not _BE.intersection(norms[max(begin, m.first - 2):m.first]):
            return True
    return False


#: Prepositions that open a relative clause inside an object ("the raids in which ...").
_RELATIVE_PREPOSITIONS = frozenset({"in", "during", "under", "by", "through", "at", "on", "from", "with", "after"})


def _past_relatives(words: list[str]) -> list[str]:
    """The words between a verb and its "as", with a relative clause that a preposition
    opens inside the object left out ("condemned the raids in which 40 people were
    detained as a cruel effort"): the object runs on past it to the "as", which is still
    the verb's. Any other clause word stays and ends the object."""
    for i in range(1, len(words)):
        if words[i] in ("which", "whom") and words[i - 1] in _RELATIVE_PREPOSITIONS:
            return words[:i - 1]
    return words


#: "voters who find Mr. Hale intolerable": verbs whose object complement is their subject's verdict.
_JUDGING = Lexicon.of(sorted(word_set("attribution", "judging_complement")))
_JUDGING_DEGREE = word_set("attribution", "judging_degree")
_PRESENT = word_set("attribution", "judging_present")
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
                          "our", "my", "your", "some", "any", "every", "each"})
#: Before the verb: the writer judging ("I find it absurd"), or a passive ("was deemed reckless").
_WRITERS = frozenset({"i", "we", "you", "one"}) | _BE
#: Words that show the words after the verb are not its object: a particle or preposition
#: ("called for a ruthless crackdown"), a list or a clause break. A possessive just before the
#: word's own modifiers ("found the country's most ruthless leaders") ends no object either.
_NOT_OBJECT = _AS_BREAK | {"for", "on", "off", "up", "in", "out", "to", "into", "of", "with", "at", "by", "about",
                           "from", "as", "and", "or", ","}
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def judged(norms: list[str], first: int, begin: int) -> bool:
    """Whether token ``first`` is the object complement of a judging verb whose subject is
    not the writer ("voters who find Mr. Hale intolerable", "Liberals call Ortiz cowardly",
    "the ideology that voters find so toxic"): the subject's verdict, reported. The word must
    follow an object ("find a ruthless way" has none: the word is the object's adjective),
    or degree words alone when the object stands before the verb ("that voters find so toxic")."""
    for m in _JUDGING.matches(norms, max(begin, first - 8), first):
        between = norms[m.last:first]
        if not between or _NOT_OBJECT.intersection(between) \
                or _WRITERS.intersection(norms[max(begin, m.first - 2):m.first]):
            continue
        if all(w in _JUDGING_DEGREE for w in between):
            if norms[m.first] in _PRESENT:
                return True
            continue
        j = len(between)
        while j and (between[j - 1] in _DETERMINERS or between[j - 1] in _JUDGING_DEGREE or parts(between[j - 1]) == ADJ):
            j -= 1
        if j and between[0] not in _JUDGING_DEGREE and between[j - 1] not in _POSSESSIVE:
            return True
    return False


#: Sources whose words a match in what they say is: the vague ("critics say") and the
#: collective ("Democrats say", "gun-rights groups say", "MPs complained").
_GROUP_TIERS = frozenset({VAGUE, COLLECTIVE})


def _vague_speech(doc: Doc, start: int) -> bool:
    """Whether an offset lies in what a vague source or a collective says ("critics say",
    "many believe", "gun-rights groups say the plan is misguided"), in the label a
    collective pins on something ("many of the papers branded the visit a stunt") or in a
    collective's complaint ("MPs complained the plan was patronising"), also when a
    statement noun carries it ("the landlords' warnings that rents would soar"): the words
    are theirs, not the writer's, and the sourcing rules judge the source. Neither shields
    the words outright: a group is no one a reader can hold to them."""
    return any(f.tier in _GROUP_TIERS and f.speech and (f.cue_type != "noun" or f.pattern == THAT_CLAUSE)
               for f in map(doc.frames.__getitem__, doc.covering(start)))


#: Cue verbs of knowing, whose clause the writer vouches for ("knew the plan was doomed").
_KNOWING = word_set("grammar", "knowing_cues")


def known(doc: Doc, start: int, end: int) -> bool:
    """Whether every frame whose reported speech holds [start, end) is a verb of knowing
    ("Trump knew perfectly well that ...", "the paper realised the story would explode"):
    the writer asserts what someone knew, so the clause is the writer's own statement, not
    the person's words, and it does not shield the writer's loaded words in it."""
    frames = [f for f in map(doc.frames.__getitem__, doc.covering(start))
              if f.vouched and f.speech and any(s <= start and end <= e for s, e in f.content)]
    return bool(frames) and all(doc.text[f.cue[0]:f.cue[1]].lower() in _KNOWING for f in frames)


_COMPLAINTS = word_set("attribution", "complaint_nouns")
#: Words that end the phrase a complaint is of ("complaints from MPs of X; but ...").
_COMPLAINT_BREAK = frozenset({".", ";", ":", "that", "which", "who", "but", "while", "although"})


def complained(norms: list[str], first: int, begin: int) -> bool:
    """Whether token ``first`` stands in what a complaint, an allegation or an accusation
    whose makers are given is of or about ("complaints from councillors of every party of racist
    taunts", "accusations by the union about brutal policing"): the makers' description,
    reported. "complaints of sexist insults" with no makers stays the writer's."""
    for k in range(first - 1, max(begin, first - 25) - 1, -1):
        if norms[k] in _COMPLAINT_BREAK:
            return False
        if norms[k] in _COMPLAINTS:
            return k + 3 < first and norms[k + 1] in ("from", "by", "among") \
                and any(w in ("of", "about") for w in norms[k + 3:first])
    return False


_INSULT_NOUNS = word_set("attribution", "insult_nouns")
#: What introduces the list after an insult noun ("the insults — liar, crook", "names like
#: thug", "epithets such as traitor", "taunts including coward", "the slurs: ...").
_LIST_OPENERS = frozenset({":", "—", "–", "(", "like", "including", "as"})
#: What may stand between the items of such a list.
_LIST_GLUE = frozenset({",", "and", "or", "a", "an", "the", "“", "”", '"', "‘", "’", "'", "—", "–"})
_FRAGMENT_ENDS = frozenset({".", "!", "?"})


def listed(doc: Doc, first: int, last: int, si: int) -> bool:
    """Whether the match is a word listed as a word: one of a run of bare one-word
    fragments ("Crook. Bully. Bigot." heading a story about what candidates call each
    other), or an item of a list an insult noun introduces ("the insults — liar, crook —
    flew", "epithets such as thug and bigot"). Mentioned, not the writer's label."""
    if _fragment(doc, si) and last - first == 1 and any(
            0 <= j < len(doc.sentences) and doc.block_of(j) is doc.block_of(si) and _fragment(doc, j)
            for j in (si - 1, si + 1)):
        return True
    norms, begin = doc.tok_norm, doc.sentences[si].first
    k = first - 1
    while k >= max(begin, first - 10) and norms[k] not in _LIST_OPENERS:
        if norms[k] in _BE or not (norms[k] in _LIST_GLUE or norms[k].isalpha()):
            return False
        k -= 1
    if k < max(begin, first - 10):
        return False
    lead = norms[max(begin, k - 2):k]
    if norms[k] == "as" and (not lead or lead[-1] != "such"):
        return False
    return any(w in _INSULT_NOUNS for w in lead)


def _fragment(doc: Doc, si: int) -> bool:
    """Whether sentence ``si`` is one bare word and its full stop ("Bigot.")."""
    sent = doc.sentences[si]
    norms = doc.tok_norm[sent.first:sent.last]
    return len(norms) == 2 and norms[0].isalpha() and norms[1] in _FRAGMENT_ENDS
