"""The linter: read, annotate once, run the selected checks, place findings in the file."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

from .annotate import Doc, annotate
from .article import Article
from .checks import KINDS, Check, classify
from .checks.base import render
from .config import Settings
from .errors import ConfigError
from .findings import Finding, Hit
from .packs import Rule, load_rules
from .profile import article_profile
from .readers import parse
from .source import Source
from . import suppress

PLAIN_FORMATS = ("txt", "snippet")
DEMOTED_OUTSIDE_NEWS = frozenset({"OPIN", "LOAD"})
PROMOTED_FAMILIES = frozenset({"LOAD", "OPIN", "PRESUP"})
#: Rules whose info level is a deliberate class (colour and endorsement verbs), not a
#: doubt about the case: position does not change them.
NOT_PROMOTED = frozenset({"ATTR003"})


def match_selectors(selectors: list[str], rules: list[Rule], where: str) -> set[str]:
    """Codes matched by selectors: ``ALL``, a code (``ATTR003``) or a prefix (``LOAD``)."""
    codes: set[str] = set()
    for sel in selectors:
        sel = sel.strip().upper()
        if not sel:
            continue
        hit = {r.code for r in rules if sel == "ALL" or r.code.startswith(sel)}
        if not hit:
            raise ConfigError(f"{where}: unknown rule code or prefix {sel!r}")
        codes |= hit
    return codes


@dataclass
class FileResult:
    path: str
    findings: list[Finding]
    articles: list[dict] = field(default_factory=list)
    #: Attribution frames, quotations and the sourcing profile, in file offsets.
    attributions: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    profile: dict = field(default_factory=dict)
    #: Findings silenced by suppression comments, and hidden by a baseline.
    suppressed: int = 0
    baselined: int = 0
    #: The parsed articles (analysis text, blocks, offsets back to the file) for
    #: reporters that show the article itself (the HTML report); not in the JSON.
    parsed: list[Article] = field(default_factory=list, repr=False)


class Linter:
    """Rules resolved once from settings; then ``lint_source`` per file."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings = settings or Settings()
        where = str(settings.path) if settings.path else "command line"
        rules = [copy.copy(r) for r in load_rules(settings.packs)]
        by_code = {r.code: r for r in rules}
        for code, sev in settings.severity.items():
            if code not in by_code:
                raise ConfigError(f"{where}: severity: unknown rule code {code!r}")
            by_code[code].severity = sev
        for code, opts in settings.options.items():
            rule = by_code.get(code)
            if rule is None:
                raise ConfigError(f"{where}: rules: unknown rule code {code!r}")
            unknown = set(opts) - set(rule.options)
            if unknown:
                known = ", ".join(sorted(rule.options)) or "none"
                raise ConfigError(f"{where}: rules.{code}: unknown option {sorted(unknown)[0]!r} (known: {known})")
            rule.options = {**rule.options, **opts}
        selected = ({r.code for r in rules if r.enabled} if settings.select is None
                    else match_selectors(settings.select, rules, f"{where}: select"))
        selected |= match_selectors(settings.extend_select, rules, f"{where}: extend-select")
        selected -= match_selectors(settings.ignore, rules, f"{where}: ignore")
        selected -= {r.code for r in rules if settings.genre not in r.genres}
        self.rules = rules
        self.by_code = by_code
        self.active = [r for r in rules if r.code in selected]
        self.reported = {r.code for r in self.active}
        # Rules whose hits a selected article-level rule reads run too, unreported.
        needed = set(self.reported)
        for rule in self.active:
            needed.update(c for c in KINDS[rule.kind].depends(rule) if c in by_code)
        self.residue_rules = [r for r in rules if r.kind == "residue"]
        kinds: dict[str, list[Rule]] = {}
        for rule in rules:
            if rule.code in needed:
                kinds.setdefault(rule.kind, []).append(rule)
        checks = [KINDS[k](rs) for k, rs in sorted(kinds.items())]
        # Sentence-level kinds first; article-level kinds read their hits.
        self.checks: list[Check] = [c for c in checks if not c.after_hits] + [c for c in checks if c.after_hits]
        self.genre = settings.genre

    # ------------------------------------------------------------------------
    def lint_source(self, source: Source, fmt: str) -> FileResult:
        result = FileResult(source.path, [])
        profiles = []
        articles = parse(source, fmt, self.settings.json_fields)
        result.parsed = articles
        for article in articles:
            found, info, doc, hits = self.lint_article(article, fmt)
            result.findings.extend(found)
            result.articles.append(info)
            _export_attribution(result, article, doc)
            profiles.append(article_profile(doc, hits))
        if fmt in suppress.COMMENT_FORMATS:
            self._suppress(result, source, articles)
        result.findings.sort(key=Finding.sort_key)
        result.profile = profiles[0] if len(profiles) == 1 else {"articles": profiles}
        return result

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
        rule = self.by_code.get(suppress.RULE)
        if rule is None or rule.code not in self.reported:
            return
        for d, code in suppress.unknown_codes(directives, set(self.by_code)):
            line, col = source.position(d.start)
            end_line, end_col = source.position(d.end)
            text = source.text[d.start:d.end]
            result.findings.append(Finding(
                path=source.path, code=rule.code, name=rule.name, severity=rule.severity,
                message=render(rule.message, text=code), line=line, column=col, end_line=end_line,
                end_column=end_col, start=d.start, end=d.end, text=text, context=text))

    def lint_article(self, article: Article, fmt: str) -> tuple[list[Finding], dict, Doc, list[Hit]]:
        plain = fmt in PLAIN_FORMATS or (fmt == "json" and not _has_markup(article))
        classify(article, self.residue_rules, plain)
        doc = annotate(article)
        for check in self.checks:
            doc.hits.extend(check.check(doc))
        hits = [self._adjust(article, h) for h in doc.hits if h.code in self.reported]
        findings = [self._place(article, doc, h) for h in hits]
        headline = article.headline
        info = {
            "index": article.index,
            "headline": article.block_text(headline) if headline else None,
            "readability": doc.extras.get("readability"),
        }
        return findings, info, doc, hits

    def _adjust(self, article: Article, hit: Hit) -> Hit:
        """Genre and position: outside news, the writer's voice is legitimate (OPIN and
        LOAD become info); in the headline and first paragraph, info findings of the
        writer's-voice families (LOAD, OPIN, PRESUP) become warnings: the brief's
        promotion, capped below error so a position alone never blocks a build, and
        left off the sourcing rules, whose info levels are deliberate classes."""
        family = hit.code.rstrip("0123456789")
        if self.genre != "news" and family in DEMOTED_OUTSIDE_NEWS:
            return dataclasses.replace(hit, severity="info")
        if hit.severity == "info" and hit.promote and family in PROMOTED_FAMILIES \
                and hit.code not in NOT_PROMOTED and _in_lede(article, hit.start):
            return dataclasses.replace(hit, severity="warning")
        return hit

    def _place(self, article: Article, doc: Doc, hit: Hit) -> Finding:
        rule = self.by_code[hit.code]
        sentence = doc.sentences[doc.sentence_index(hit.start)] if doc.sentences else None
        src = article.source
        start, end = article.source_span(hit.start, hit.end)
        line, col = src.position(start)
        end_line, end_col = src.position(end)
        severity = self.settings.severity.get(rule.code, hit.severity)
        return Finding(
            path=src.path, code=rule.code, name=rule.name, severity=severity, message=hit.message,
            line=line, column=col, end_line=end_line, end_column=end_col, start=start, end=end,
            text=src.text[start:end],
            suggestion=None if hit.replacement is None else {
                "replacement": hit.replacement,
                # Safe to apply: marked so in the pack, outside any quotation, and the
                # file holds exactly the flagged words (no markup or entity inside).
                "fixable": hit.fixable and doc.quote_at(hit.start, hit.end) is None
                and article.text[hit.start:hit.end] == src.text[start:end]},
            context=doc.text[sentence.start:sentence.end] if sentence else "",
            key=f"{article.index}:{hit.key}" if hit.key else None,
        )


def _export_attribution(result: FileResult, article: Article, doc: Doc) -> None:
    """Frames and quotations in the JSON contract's shape, offsets into the file."""
    base = len(result.attributions)
    src = article.source.text

    def span(s: int, e: int) -> dict:
        a, b = article.source_span(s, e)
        return {"start": a, "end": b}

    for f in doc.frames:
        source = None
        if f.source:
            source = {**span(*f.source), "tier": f.tier}
            source["text"] = src[source["start"]:source["end"]]
        cue = span(*f.cue)
        cue["text"] = src[cue["start"]:cue["end"]]
        result.attributions.append({
            "source": source, "cue": cue, "content": [span(s, e) for s, e in f.content if e > s],
            "entity": f.entity,
            "inherited_from": None if f.inherited_from is None else base + f.inherited_from,
        })
    for q, speaker in zip(doc.quotes, doc.speakers or [None] * len(doc.quotes)):
        result.quotes.append({**span(q.start, q.end), "speaker": None if speaker is None else base + speaker})


def _in_lede(article: Article, offset: int) -> bool:
    """In the headline or the first body paragraph."""
    seen_paragraph = False
    for block in article.blocks:
        if block.kind == "paragraph":
            if block.start <= offset < block.end:
                return not seen_paragraph
            seen_paragraph = True
        elif block.kind == "headline" and block.start <= offset < block.end:
            return True
        if block.start > offset:
            break
    return False


def _has_markup(article: Article) -> bool:
    return article.meta.get("markup") == "html"


def lint_text(text: str, fmt: str = "snippet", linter: Linter | None = None,
              path: str = "<text>") -> FileResult:
    """Lint a string (rule examples, tests, callers embedding newslint)."""
    return (linter or Linter()).lint_source(Source(path, text), fmt)
