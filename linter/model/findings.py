"""What linting produces: hits (analysis offsets), findings and results (file offsets).

Plain data that reporters only format; the JSON contract is shaped by linter.report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .article import Article
from .doc import Readability
from .profile import Profile
from .source import Source


def ci_path(path: str) -> str:
    """The path as CI services and baselines match it against the repository: forward
    slashes and no leading "./" (walking "." yields "./news/a.md", and GitHub attaches
    no annotation to that spelling; "news/a.md" named directly must fingerprint alike)."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


@dataclass
class Hit:
    """What a check yields: a rule, a span of the analysis text and its wording."""

    code: str
    start: int
    end: int
    message: str
    severity: str
    replacement: str | None = None
    #: False when position must not raise the severity (a lexicon group marked
    #: ``promote = false``); the rule's ``promote`` decides otherwise.
    promote: bool = True
    #: The replacement may be applied by ``--fix`` (the pack marks it safe).
    fixable: bool = False
    #: Identity for article-level findings, whose span is only where they are shown
    #: ("grade" for the readability grade): the fingerprint uses it instead of the words.
    key: str | None = None


@dataclass(frozen=True)
class Suggestion:
    """A replacement for the flagged words ("" deletes them)."""

    replacement: str
    #: Safe to apply unreviewed: marked so in the pack, outside any quotation, and the
    #: file holds exactly the flagged words (no markup or entity inside).
    fixable: bool


@dataclass
class Finding:
    """A finding placed in the original file (1-based lines and columns, code points)."""

    path: str
    code: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    suggestion: Suggestion | None = None
    #: The sentence the finding sits in (analysis text): what its fingerprint hangs on,
    #: so a finding keeps its identity when lines move.
    context: str = ""
    key: str | None = None
    #: Up to a few words of the sentence before and after the flagged words: what a
    #: baseline matches a finding on when its sentence was edited elsewhere.
    around: tuple[str, str] = ("", "")
    #: "article": about the whole article (the rule's ``scope``); "span": about its words.
    scope: str = "span"
    #: The rule's specificity (its own or its family's): ranks findings on the same words.
    specificity: int = 0

    @property
    def fingerprint(self) -> str:
        """Stable identity across edits elsewhere in the file: the file, the rule, the
        flagged words and their sentence (whitespace and case folded), never positions.
        Baselines, SARIF partialFingerprints and GitLab code quality all use it."""
        fold = lambda s: " ".join(s.split()).casefold()  # noqa: E731
        what = ("key", self.key) if self.key else (fold(self.text), fold(self.context))
        key = "\0".join((ci_path(self.path), self.code, *what))
        import hashlib  # only baselines and some report formats ask (OpenSSL costs a plain run ~2.5 ms)

        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.code, self.end)


@dataclass(frozen=True)
class Span:
    """A span of the file (code-point offsets) and, where it helps, its text."""

    start: int
    end: int
    text: str | None = None


@dataclass(frozen=True)
class SourceSpan:
    """An attribution's source in the file, with its tier."""

    start: int
    end: int
    tier: str
    text: str


@dataclass(frozen=True)
class Attribution:
    """Who said what, in file offsets: source, cue and content of one frame."""

    source: SourceSpan | None
    cue: Span
    content: tuple[Span, ...]
    entity: str | None
    #: Index (in the file's attributions) of the frame a floating quotation continues.
    inherited_from: int | None


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation in the file and the index of the attribution that speaks it."""

    start: int
    end: int
    speaker: int | None


@dataclass(frozen=True)
class ArticleInfo:
    """Per-article facts beside the findings."""

    index: int
    headline: str | None
    readability: Readability | None


@dataclass
class FileResult:
    """Everything linting one file produced."""

    path: str
    findings: list[Finding]
    articles: list[ArticleInfo] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)
    #: The sourcing profile of each article, in order.
    profiles: list[Profile] = field(default_factory=list)
    #: Findings silenced by suppression comments, and hidden by a baseline.
    suppressed: int = 0
    baselined: int = 0
    #: The parsed articles (analysis text, blocks, offsets back to the file) for
    #: reporters that show the article itself (the HTML report).
    parsed: list[Article] = field(default_factory=list, repr=False)
    #: The decoded file, for reporters that quote its lines.
    source: Source | None = field(default=None, repr=False)
