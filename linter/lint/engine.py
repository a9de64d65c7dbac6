"""The linter: rules resolved once from settings; then, per file, read and segment,
annotate once, run the checks, apply policy, and place findings in the file."""

from __future__ import annotations

import copy
from typing import Collection

from ..analyse.annotate import annotate
from ..analyse.genre import NEWS, appended_comments, from_section
from ..checks import KINDS, Check
from ..checks.base import render
from ..checks.directive import DirectiveCheck
from ..checks.residue import ResidueCheck
from ..model.article import Article
from ..model.doc import Doc, Genre
from ..model.errors import ConfigError, InternalError, NewslintError
from ..model.findings import ArticleInfo, FileResult, Finding, Hit, Suggestion
from ..model.rules import AUTO, Family, Rule
from ..model.source import Source
from ..readers import parse, reader
from . import export, fixes, policy, suppress
from .selectors import match_selectors
from .settings import Settings
from .packs import load_packs, options_for
from .profile import article_profile


class stage:
    """Name the stage an unexpected exception came from (a bug): it becomes an
    InternalError, reported as one line for the file while the run goes on. The name
    may change while it is entered: the checks of an article run inside one, each
    named as it starts (a context entered per check and article cost the corpus more
    than some checks do)."""

    __slots__ = ("name",)

    def __init__(self, name: str = "") -> None:
        self.name = name

    def __enter__(self) -> "stage":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if isinstance(exc, Exception) and not isinstance(exc, NewslintError):
            raise InternalError(self.name, exc) from exc


#: What a result carries beside its findings, which only some reports read.
DETAILS = ("articles", "attributions", "quotes", "profiles")


class Linter:
    """Rules resolved once from settings; then ``lint_source`` per file."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings = settings or Settings()
        where = str(settings.path) if settings.path else "command line"
        packs = load_packs(settings.packs)
        rules = [copy.copy(r) for r in packs.rules]
        self.families: dict[str, Family] = packs.families
        by_code = {r.code: r for r in rules}
        for code, sev in settings.severity.items():
            if code not in by_code:
                raise ConfigError(f"{where}: severity: unknown rule code {code!r}")
            by_code[code].severity = sev
        for code, opts in settings.options.items():
            rule = by_code.get(code)
            if rule is None:
                raise ConfigError(f"{where}: rules: unknown rule code {code!r}")
            rule.options = options_for(KINDS[rule.kind], opts, f"{where}: rules.{code}", base=rule.options)
        selected = ({r.code for r in rules if r.enabled} if settings.select is None
                    else match_selectors(settings.select, rules, f"{where}: select"))
        selected |= match_selectors(settings.extend_select, rules, f"{where}: extend-select")
        selected -= match_selectors(settings.ignore, rules, f"{where}: ignore")
        self.rules = rules
        self.by_code = by_code
        #: Each rule's specificity, its own or its family's (findings on the same words).
        self.specificity = {r.code: r.specificity if r.specificity is not None
                            else getattr(self.families.get(r.family), "specificity", 0) for r in rules}
        self.active = [r for r in rules if r.code in selected]
        self.reported = {r.code for r in self.active}
        self.opinion_codes = {r.code for r in rules if r.opinion}
        self.segmenter = ResidueCheck.segmenter([r for r in rules if r.kind == ResidueCheck.kind])
        self.checks = _build_checks(rules, self.active)
        #: What each check is called when it fails (a bug): built once, not per article.
        self.stages = [f"the {c.kind} check ({', '.join(r.code for r in c.rules)})" for c in self.checks]

    # ------------------------------------------------------------------------
    def lint_source(self, source: Source, fmt: str, genre: str | None = None,
                    details: Collection[str] = DETAILS) -> FileResult:
        """Lint one decoded file in the given input format; ``genre`` names the kind of
        piece (from a per-file setting) instead of the settings' genre; ``details``: which
        of ``DETAILS`` the result carries (a report that reads none of them, such as the
        text format without the profile, does not pay for building them)."""
        result = FileResult(source.path, [], source=source)
        articles = parse(source, fmt, self.settings.json_fields)
        result.parsed = articles
        for article in articles:
            with stage("reading (segmenting)"):
                self.segmenter.segment(article)
            with stage("annotation"):
                doc = annotate(article)
            piece = self._genre(doc, genre)
            tail = appended_comments(doc) if piece.name == NEWS else None
            if tail:  # readers' comments after a news story: their own genre, in the profile's evidence
                piece = Genre(piece.name, piece.source, piece.evidence + tail[1].evidence)
            hits = self._hits(doc, piece.name, tail)
            with stage("placing findings and the profile"):
                self._collect(result, doc, hits, piece, details)
        if reader(fmt).comments:
            self._suppress(result, source, articles)
        fixes.settle(result.findings)
        result.findings.sort(key=Finding.sort_key)
        return result

    def _collect(self, result: FileResult, doc: Doc, hits: list[Hit], genre: Genre,
                 details: Collection[str] = DETAILS) -> None:
        """An article's findings, and those of its facts, attributions, quotations and
        profile that ``details`` names, in the file."""
        article = doc.article
        result.findings.extend(self._place(doc, h) for h in hits)
        if "articles" in details:
            headline = article.headline
            result.articles.append(ArticleInfo(article.index, article.block_text(headline) if headline else None,
                                               doc.readability))
        base = len(result.attributions)
        if "attributions" in details:
            result.attributions.extend(export.attributions(doc, base))
        if "quotes" in details:
            result.quotes.extend(export.quotes(doc, base))
        if "profiles" in details:
            result.profiles.append(article_profile(doc, hits, self.opinion_codes, genre))

    def _genre(self, doc: Doc, override: str | None) -> Genre:
        """The kind of piece: a per-file setting, else the settings' genre, else the CMS
        export's section field, else what the text reads as."""
        if override:
            return Genre(override, "config", ("per-file-genre",))
        if self.settings.genre != AUTO:
            return Genre(self.settings.genre, "config")
        return from_section(doc.article.section) or doc.genre or Genre(NEWS, "detected")

    def _hits(self, doc: Doc, genre: str, tail: tuple[int, Genre] | None = None) -> list[Hit]:
        """Every check's hits; article-level checks are given those found before them.
        Only selected rules for this genre are kept, at the severity policy gives them; a
        hit in the readers' comments appended to a story (``tail``: where they start, their
        genre) at the severity their genre gives it."""
        hits: list[Hit] = []
        with stage() as current:
            for check, current.name in zip(self.checks, self.stages):
                hits.extend(check.check(doc, tuple(hits) if check.after_hits else ()))
        return [policy.adjust(self.by_code[h.code], h, tail[1].name if tail and h.start >= tail[0] else genre,
                              doc.article)
                for h in hits if h.code in self.reported and genre in self.by_code[h.code].genres]

    def _suppress(self, result: FileResult, source: Source, articles: list[Article]) -> None:
        """Apply the file's suppression comments; report codes they name that do not exist."""
        directives = suppress.parse(source.text)
        if not directives:
            return
        blocks = sorted(a.source_span(b.start, b.end) for a in articles for b in a.blocks)
        spans = suppress.ranges(directives, blocks, len(source.text))
        kept = [f for f in result.findings if not suppress.silenced(f, spans)]
        result.suppressed = len(result.findings) - len(kept)
        result.findings = kept
        for rule in (r for r in self.active if r.kind == DirectiveCheck.kind):
            for d, code in suppress.unknown_codes(directives, set(self.by_code)):
                line, col = source.position(d.start)
                end_line, end_col = source.position(d.end)
                text = source.text[d.start:d.end]
                result.findings.append(Finding(
                    path=source.path, code=rule.code, name=rule.name, severity=rule.severity,
                    message=render(rule.message, text=code), line=line, column=col, end_line=end_line,
                    end_column=end_col, start=d.start, end=d.end, text=text, context=text,
                    scope=rule.scope, specificity=self.specificity[rule.code]))

    def _place(self, doc: Doc, hit: Hit) -> Finding:
        """A hit in analysis offsets as a finding in the file."""
        article = doc.article
        rule = self.by_code[hit.code]
        sentence = doc.sentences[doc.sentence_index(hit.start)] if doc.sentences else None
        src = article.source
        start, end = article.source_span(hit.start, hit.end)
        line, col = src.position(start)
        end_line, end_col = src.position(end)
        severity = self.settings.severity.get(rule.code, hit.severity)
        fixable = (hit.fixable and doc.quote_at(hit.start, hit.end) is None
                   and article.text[hit.start:hit.end] == src.text[start:end])
        return Finding(
            path=src.path, code=rule.code, name=rule.name, severity=severity, message=hit.message,
            line=line, column=col, end_line=end_line, end_column=end_col, start=start, end=end,
            text=src.text[start:end],
            suggestion=None if hit.replacement is None else Suggestion(hit.replacement, fixable),
            context=_context(doc.text, sentence.start, sentence.end, hit.start) if sentence else "",
            around=_around(doc.text, sentence.start, sentence.end, hit.start, hit.end) if sentence else ("", ""),
            key=f"{article.index}:{hit.key}" if hit.key else None,
            scope=rule.scope, specificity=self.specificity[rule.code],
        )


#: Longest sentence kept whole as a finding's context (its fingerprint); beyond it, the
#: context is a window of this size around the finding (a sentence of 10,000 words
#: without a full stop must not be copied into each of its findings).
MAX_CONTEXT = 2000


def _context(text: str, start: int, end: int, at: int) -> str:
    if end - start <= MAX_CONTEXT:
        return text[start:end]
    lo = max(start, min(at - MAX_CONTEXT // 2, end - MAX_CONTEXT))
    return text[lo:lo + MAX_CONTEXT]


#: Words on each side of a finding that identify it in a baseline beside its own words.
NEAR = 4


def _around(text: str, start: int, end: int, hit_start: int, hit_end: int) -> tuple[str, str]:
    """The words of the sentence just before and just after a hit."""
    before = text[max(start, hit_start - 200):hit_start].split()[-NEAR:]
    after = text[hit_end:min(end, hit_end + 200)].split()[:NEAR]
    return " ".join(before), " ".join(after)


def _build_checks(rules: list[Rule], active: list[Rule]) -> list[Check]:
    """One check per kind for the selected rules and the rules they read (run unreported).
    Sentence-level kinds first; then article-level kinds, each after the kinds whose
    codes it reads."""
    by_code = {r.code: r for r in rules}
    needed = {r.code for r in active}
    for rule in active:
        needed.update(c for c in KINDS[rule.kind].depends(rule) if c in by_code)
    kinds: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.code in needed:
            kinds.setdefault(rule.kind, []).append(rule)
    checks = [KINDS[k](rs) for k, rs in sorted(kinds.items())]
    ordered = [c for c in checks if not c.after_hits]
    pending = [c for c in checks if c.after_hits]
    while pending:
        produced = {r.code for c in pending for r in c.rules}
        ready = next((c for c in pending if not (_reads(c) & produced - {r.code for r in c.rules})), pending[0])
        ordered.append(ready)
        pending.remove(ready)
    return ordered


def _reads(check: Check) -> set[str]:
    return {code for rule in check.rules for code in type(check).depends(rule)}
