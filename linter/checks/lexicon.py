"""Kind ``lexicon``: curated words and phrases in the writer's own voice."""

from __future__ import annotations

import json
import marshal
from functools import cache
from typing import Callable, Iterator, Sequence

from ..analyse.cache import key_of
from .._version import __version__
from ..analyse import embeds
from ..analyse.prefilter import folded
from ..analyse.cache import cached
from ..analyse.attribution.statements import one_sided_cues
from ..analyse.inflect import DERIVATIONS, derivations, inflect, table_key, tag_of
from ..analyse.lexicon import Lexicon, PhraseSet, sentence_matches
from ..analyse.targets import about_fiction, build_index, class_terms, describe
from ..analyse.vocab import word_set
from ..model.article import RESIDUE, TITLE_CASE_KINDS
from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render
from .lexicon_groups import Group, context_needs, validate_group
from . import lexicon_clauses as clauses
from . import lexicon_voice as voice
from ..analyse import recache

_NAME_LEAD = recache.compile(r"(?:^|[.!?:;]\s+|[“\"‘(\[—–-]\s*)$")
_OPENER = recache.compile(r"[“\"‘(\[]\s*$")
_TITLE_NEXT = recache.compile(r"\s+[A-Z][\w'’-]*")
#: Short words a Title Case name keeps in lower case ("War on Women").
_TITLE_MINOR = word_set("attribution", "title_function_words")


class LexiconCheck(Check):
    kind = "lexicon"
    DATA = {
        "groups": Option(list, [], "tables of terms with their wording and context conditions", items=dict),
        "exceptions": Option(list, [], "phrases (with ... gaps) whose matches are dropped"),
        "quotes": Option(str, "attributed", "skip matches inside attributed quotations, or any",
                         ("attributed", "any")),
        "reported_speech": Option(str, "shield", "skip matches in a vouched source's reported speech",
                                  ("shield", "ignore")),
        "classes": Option(dict, {}, "context classes added to vocab/targets.toml (name -> terms)"),
        "negated": Option(str, "", "severity of a match negated just before it ('not a crazy idea'); "
                          "empty: as unnegated", ("", "info", "warning", "error", "off")),
        "vague_speech": Option(str, "", "severity of a match in what a vague source says ('critics say "
                               "the mayor is a crook'); empty: as elsewhere", ("", "info", "warning", "error")),
        "listed": Option(str, "", "severity of a match listed as a word ('Crook. Bully. Bigot.', 'the insults "
                         "— liar, crook — flew'); empty: as elsewhere", ("", "info", "warning", "error", "off")),
        "one_sided": Option(str, "", "severity of an info match that is a framed statement of a speaker the article "
                            "frames one-sidedly (the verb-asymmetry rule's default measure); empty: as elsewhere",
                            ("", "warning", "error")),
    }
    REQUIRED = ("groups",)

    @classmethod
    def validate(cls, rule: Rule) -> None:
        groups = rule.data["groups"]
        if not groups:
            raise ValueError("'groups' must be a non-empty list of tables")
        extra = rule.data["classes"]
        if not all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in extra.values()):
            raise TypeError("classes must map a class name to a list of terms")
        classes = set(class_terms()) | set(extra)
        for g in groups:
            validate_group(rule, g, classes)
        if not all(e.strip() for e in rule.data["exceptions"]):
            raise TypeError("exceptions must be a list of phrases")

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.groups: list[Group] = []
        self.exceptions = PhraseSet(Lexicon(cached(f"exceptions-{self._digest('exceptions')}.marshal",
                                                   self._build_exceptions)))
        extra: dict[str, list[str]] = {}
        for rule in rules:
            self.groups.extend(Group.of(rule, g) for g in rule.data["groups"])
            for name, terms in rule.data["classes"].items():
                extra.setdefault(name, []).extend(terms)
        self.lexicon = Lexicon(cached(f"lexicon-{self._digest('groups')}.marshal", self._build))
        context_needs(self.groups)
        self.article = Lexicon.of([])
        for gi, group in enumerate(self.groups):
            for term in group.require_article:
                self.article.add(term, (gi, "require"))
            for term in group.info_article:
                self.article.add(term, (gi, "info"))
        self._extra = extra
        self._index: Lexicon | None = None

    @property
    def index(self) -> Lexicon:
        """The context classes (built-in and the rules' own), compiled on first use."""
        if self._index is None:
            key = json.dumps([__version__, table_key(), class_terms(self._extra)], sort_keys=True)
            digest = key_of(key.encode("utf-8"))
            self._index = Lexicon(cached(f"classes-{digest}.marshal", lambda: build_index(self._extra)))
        return self._index

    def _digest(self, key: str) -> str:
        """Identity of a compiled trie: the code version and every rule's ``key`` (its
        groups, or its exceptions)."""
        payload = [__version__, table_key(), DERIVATIONS, [(r.code, r.data[key]) for r in self.rules]]
        try:  # marshal's version 2 writes no back-references: the same data, the same bytes
            data = marshal.dumps(payload, 2)  # (json.dumps with sorted keys cost ~1.5 ms a run)
        except ValueError:  # a value marshal cannot write
            data = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return key_of(data)

    def _build_exceptions(self) -> dict:
        """The trie of every rule's exception phrases (payloads: the rule's code and the
        phrase's later segments)."""
        exceptions = PhraseSet()
        for rule in self.rules:
            for phrase in rule.data["exceptions"]:
                exceptions.add(phrase, rule.code)
        return exceptions.lexicon.root

    def _build(self) -> dict:
        """The token trie of every term; payloads are (group index, term). A group's
        ``derive`` adds the words made from its one-word adjectives (shameful ->
        shamefully), each with its own word as the term, unless some group lists it."""
        lexicon = Lexicon()
        listed = {t for rule in self.rules for g in rule.data["groups"] for t in g["terms"]}
        gi = 0
        for rule in self.rules:
            for g in rule.data["groups"]:
                for term in g["terms"]:
                    lexicon.add(term, (gi, term))
                    if g.get("derive") and " " not in term and not term.endswith("+"):
                        for form in sorted(derivations(term, g["derive"]) - listed):
                            lexicon.add(form, (gi, form))
                gi += 1
        return lexicon.root

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        in_article = self._article_terms(doc)
        by_sentence = sentence_matches(self.lexicon, doc)
        blocks = doc.article.blocks
        # where the framed statements of a one-sidedly framed speaker start ("claimed",
        # "insisted", "admitted" for the council leader while the traders "said": one such
        # verb is a style choice, the set is the slant); built for the first match that asks
        one_sided = cache(lambda: one_sided_cues(doc))
        for si, sent in enumerate(doc.sentences):
            found = by_sentence[si]  # most sentences have no match
            if found and blocks[sent.block].kind != RESIDUE:
                yield from self._hits(doc, _merge(self._valid(doc, si, found, in_article, one_sided)))

    def _article_terms(self, doc: Doc) -> dict[tuple[int, str], list[tuple[int, int]]]:
        """For the groups with ``require_article`` or ``info_article``: where the article
        uses their terms (keyed by group index and which of the two lists)."""
        out: dict[tuple[int, str], list[tuple[int, int]]] = {}
        if self.article.root:
            for m in self.article.matches(doc.tok_norm):
                out.setdefault(m.payload, []).append((m.first, m.last))
        return out

    def _valid(self, doc: Doc, si: int, found: list, in_article: dict[tuple[int, str], list[tuple[int, int]]],
               one_sided: Callable[[], frozenset[int]]) -> list[tuple[int, int, Group, str, str]]:
        """The candidates that meet their own group's conditions: not excepted, in the
        writer's voice (not a speaker's quotation or reported speech), not a name, in
        the context the group asks for; each with its severity, which what the word
        describes may lower (or drop the match) for groups with targets or literal classes."""
        sent, text = doc.sentences[si], doc.text
        excepted: list | None = None  # the exception phrases' spans, found for the first match that needs them
        titled = doc.block_of(si).kind in TITLE_CASE_KINDS
        valid = []
        fiction: bool | None = None
        for m in found:
            gi, term = m.payload
            group = self.groups[gi]
            code = group.rule.code
            if group.require_article and not _elsewhere(in_article, gi, "require", m):
                continue
            start, end = doc.span(m.first, m.last)
            # The tests up to _theirs only drop the match, in order of measured rejections per
            # microsecond on BBC copy (an attributed quotation: half the matches, the cheapest).
            quote = doc.quote_at(start, end)
            if quote is not None and (quote.attributed or group.any_quote):
                continue
            if group.shouted:
                if not group.shouts(text, sent.start, sent.end, start, end):
                    continue  # emphasis only: the same word in lower case is plain
            elif not (titled or group.match_names) and _proper_name(text, sent.start, start, end):
                continue
            if not group.context_ok(text, sent.start, sent.end, start, end, folded(doc)):
                continue
            if group.shield and doc.shielded(start, end) and not voice.known(doc, start, end):
                continue
            if excepted is None:  # found for the first match that gets here: most sentences' never do
                excepted = self.exceptions.spans(doc.tok_norm, sent.first, sent.last)
            if any(c == code and f <= m.first and m.last <= l for c, f, l in excepted):
                continue
            if _theirs(doc, group, m.first, m.last, sent.first, sent.last, start, end):
                continue
            listed = group.rule.data.get("listed", "")  # the naming kind shares these groups
            if listed == "off" and voice.listed(doc, m.first, m.last, si):
                continue  # a word listed as a word: "Crook. Bully. Bigot.", "the insults — liar, crook — flew"
            severity = group.severity
            if group.reads_target:
                if fiction is None:
                    fiction = about_fiction(doc, si, self.index)
                severity = group.judge(describe(doc, si, m.first, m.last, self.index, titled, fiction))
                if severity is None:
                    continue
            if group.info_article and _elsewhere(in_article, gi, "info", m):
                severity = "info"  # the story's subject gives the word its plain sense
            if severity == "info" and group.intensified and voice.intensified(doc.tok_norm, m.first, sent.first, m.last):
                severity = group.intensified  # "deeply disturbing": the writer turns the verdict up
            if severity == "info" and group.rule.data.get("one_sided") and start in one_sided():
                severity = group.rule.data["one_sided"]  # one speaker "claims" and "insists", the rest "say"
            decided = voice.muted(doc, group, m.first, sent.first, start, severity, si, end)
            if decided is not None:
                valid.append((m.first, m.last, group, term, decided))
        return valid

    def _hits(self, doc: Doc, kept: dict[str, list]) -> Iterator[Hit]:
        for spans in kept.values():
            for first, last, group, term, (severity, muted) in spans:
                start, end = doc.span(first, last)
                written = doc.text[start:end]
                replacement = _replacement(group, term, written) if term else None
                yield Hit(
                    group.rule.code, start, end,
                    render(group.rule.message, text=written, label=group.label, replacement=replacement or ""),
                    severity, replacement, promote=group.promotes(severity) and not muted,
                    fixable=group.fixable and replacement is not None,
                )


def _merge(valid: list[tuple[int, int, Group, str, tuple[str, bool]]]) -> dict[str, list]:
    """Overlapping hits of one rule as one finding ("sent shockwaves" and "shockwaves
    through"); the longest, earliest term gives the wording (None when merged longer) and
    the severity (of the first group that kept it)."""
    valid.sort(key=lambda v: (v[0], -(v[1] - v[0])))
    kept: dict[str, list] = {}
    for first, last, group, term, severity in valid:
        spans = kept.setdefault(group.rule.code, [])
        if spans and first < spans[-1][1]:
            f, l, g, t, sev = spans[-1]
            spans[-1] = (f, max(l, last), g, t if last <= l else None, sev)
            continue
        spans.append((first, last, group, term, severity))
    return kept


def _proper_name(text: str, sent_start: int, start: int, end: int) -> bool:
    """True for a capitalised match inside a sentence: a name or title ("Shameless",
    "Shady Records", "The Long War on Want"), not the writer's word. Sentence-initial capitals do not count, nor
    a capital after a bracket or quotation mark unless a Title Case word follows."""
    if not text[start].isupper():
        return False  # most matches: a first word in lower case (a token starts on no space)
    words = text[start:end].split()
    if not (words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in _TITLE_MINOR for w in words[1:-1])):
        return False  # a Title Case phrase may keep its short words in lower case ("War on Women")
    before = text[sent_start:start]
    if not _NAME_LEAD.search(before):
        return True
    # after an opening bracket or quotation mark, a Title Case phrase is a title ("Douglas
    # Hodge (Dumb Show)", "“Shameless People”"), not a sentence's first word
    return bool(_OPENER.search(before)) and bool(_TITLE_NEXT.match(text, end))


def _replacement(group: Group, term: str, written: str) -> str | None:
    """The suggested replacement, inflected like the matched word and cased like it."""
    key = term.replace("+", "")
    repl = group.replacements.get(key, group.replacements.get(term, group.replace))
    if not repl:
        return repl  # None: no suggestion; "": delete the words
    words = term.split()
    if len(words) == 1 and term.endswith("+") and " " not in repl:
        repl = _inflect_like(repl, key, written.lower())
    if written[:1].isupper() and repl[:1].islower():
        repl = repl[0].upper() + repl[1:]
    return repl


def _inflect_like(repl: str, base: str, form: str) -> str:
    """Give ``repl`` the inflection ``form`` has relative to ``base`` (claiming -> saying)."""
    tag = tag_of(form, base) if form != base else None
    if tag is None:
        return repl
    return inflect(repl, tag) or inflect(repl, {"VBN": "VBD", "VBD": "VBN", "NNS": "VBZ"}.get(tag, tag)) or repl


def _elsewhere(in_article: dict, gi: int, key: str, m) -> bool:
    """Whether the article holds one of the group's ``key`` words outside the match itself
    (``require_article``, ``info_article``)."""
    return any(not (f < m.last and m.first < l) for f, l in in_article.get((gi, key), ()))


def _theirs(doc: Doc, group: Group, first: int, last: int, sent_first: int, sent_last: int,
            start: int, end: int) -> bool:
    """Whether the matched words are someone else's in a way the lexicon check asks after
    the cheaper tests (an attributed quotation and a vouched source's reported speech,
    which ``_valid`` tests first): an embedded post that names its author, the
    characterisation of a named or described source, a judging verb's complement, a
    complaint's content, a directing verb's infinitive, a relative clause of saying, or a
    definition that mentions the word ("the dictionary's definition of a boor as uncouth")."""
    norms = doc.tok_norm
    if group.shield and (voice.complained(norms, first, sent_first) or voice.judged(norms, first, sent_first)
                         or clauses.directed(norms, first, sent_first)
                         or clauses.said_of(norms, first, last, sent_last)
                         or voice.characterised(norms, first, sent_first)):
        return True
    return voice.defined(norms, first, sent_first) or embeds.inside(doc, start, end)
