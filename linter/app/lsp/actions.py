"""Code actions: the safe fixes one by one and all at once, and a suppression comment.

The edits are the ones ``newslint check --fix`` makes (``lint.fixes.plan``): applying
the fix-all action gives the text ``--fix`` writes. ``source.fixAll.newslint`` is the
kind an editor's fix-on-save asks for. A suppression is a
``<!-- newslint-disable-next CODE -->`` line before the block that holds the finding
(``lint.suppress``), in Markdown and HTML.
"""

from __future__ import annotations

from lsprotocol import types

from ...lint import fixes
from ...lint.engine import Linter
from ...model.findings import Finding
from .diagnostics import diagnostic, to_range
from .documents import Document
from .positions import Lines

FIX_ALL = "source.fixAll.newslint"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL]


def wanted(kind: str, only: list[str] | None) -> bool:
    """Whether a client that asked for ``only`` kinds wants this one (kinds are
    hierarchical: "source.fixAll" asks for "source.fixAll.newslint" too)."""
    return not only or any(kind == k or kind.startswith(k + ".") for k in only)


class Actions:
    """The code actions of one document for one request."""

    def __init__(self, doc: Document, linter: Linter, lines: Lines, versioned: bool) -> None:
        assert doc.result is not None
        self.doc, self.linter, self.lines, self.versioned = doc, linter, lines, versioned
        self.findings = doc.result.findings

    def for_range(self, start: int, end: int, only: list[str] | None) -> list[types.CodeAction]:
        """Quick fixes and suppressions for the findings that touch ``start``..``end``,
        then the fix-all action when the document has any safe fix."""
        touching = [f for f in self.findings if f.start <= end and f.end >= start]
        out: list[types.CodeAction] = []
        if wanted(types.CodeActionKind.QuickFix, only):
            out += [a for f in touching if (a := self.quick_fix(f)) is not None]
            if self.doc.comments:
                out += self.suppressions(touching)
        if wanted(FIX_ALL, only):
            fix_all = self.fix_all()
            if fix_all is not None:
                out.append(fix_all)
        return out

    def _diagnostic(self, f: Finding) -> types.Diagnostic:
        return diagnostic(f, self.lines, self.linter.by_code.get(f.code))

    def _edit(self, edits: list[tuple[int, int, str]]) -> types.WorkspaceEdit:
        text_edits = [types.TextEdit(range=to_range(self.lines, s, e), new_text=new) for s, e, new in edits]
        if self.versioned and self.doc.version is not None:
            ident = types.OptionalVersionedTextDocumentIdentifier(uri=self.doc.uri, version=self.doc.version)
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=ident, edits=text_edits)])
        return types.WorkspaceEdit(changes={self.doc.uri: text_edits})

    def quick_fix(self, f: Finding) -> types.CodeAction | None:
        planned = fixes.plan(self.doc.text, [f])
        if not planned:
            return None
        e = planned[0]
        title = (f"Replace '{f.text}' with '{e.replacement}'" if e.replacement else f"Delete '{f.text}'")
        return types.CodeAction(title=f"{title} ({f.code})", kind=types.CodeActionKind.QuickFix,
                                diagnostics=[self._diagnostic(f)], is_preferred=True,
                                edit=self._edit([(e.start, e.end, e.replacement)]))

    def fix_all(self) -> types.CodeAction | None:
        planned = fixes.plan(self.doc.text, self.findings)
        if not planned:
            return None
        n = len(planned)
        return types.CodeAction(title=f"Apply newslint's safe fixes ({n} finding{'s' * (n != 1)})", kind=FIX_ALL,
                                edit=self._edit([(e.start, e.end, e.replacement) for e in planned]))

    def suppressions(self, touching: list[Finding]) -> list[types.CodeAction]:
        """One action per code and block among the findings touched."""
        assert self.doc.result is not None
        blocks = sorted(a.source_span(b.start, b.end) for a in self.doc.result.parsed for b in a.blocks)
        out, seen = [], set()
        for f in touching:
            index = _block_of(blocks, f.start)
            if index is None or (f.code, index) in seen:
                continue
            seen.add((f.code, index))
            at, line = self._comment_at(blocks, index)
            comment = f"<!-- newslint-disable-next {f.code} -->"
            new = comment if line is None else line[0] + comment + line[1]
            out.append(types.CodeAction(
                title=f"Suppress {f.code} in this block (newslint-disable-next)", kind=types.CodeActionKind.QuickFix,
                diagnostics=[self._diagnostic(g) for g in touching if g.code == f.code
                             and _block_of(blocks, g.start) == index],
                edit=self._edit([(at, at, new)])))
        return out

    def _comment_at(self, blocks: list[tuple[int, int]], index: int) -> tuple[int, tuple[str, str] | None]:
        """Where the comment goes: at the start of the block's first line, on a line of
        its own with that line's indent (and ``>`` markers of a Markdown quotation), with
        the (prefix, line break) to write; or, when an earlier block ends on that line
        (HTML written inline), right before the block, with None."""
        start = blocks[index][0]
        line, _ = self.lines.position(start)
        line_start = self.lines.starts[line]
        if index > 0 and blocks[index - 1][1] > line_start:
            return start, None
        keep = " \t>" if self.doc.fmt == "md" else " \t"
        prefix = ""
        for ch in self.doc.text[line_start:start]:
            if ch not in keep:
                break
            prefix += ch
        return line_start, (prefix, _line_break(self.doc.text, line, self.lines))


def _block_of(blocks: list[tuple[int, int]], offset: int) -> int | None:
    """The index of the block that holds ``offset``, None outside every block (a finding
    on a comment itself, which no comment before a block can silence)."""
    return next((i for i, (s, e) in enumerate(blocks) if s <= offset < e), None)


def _line_break(text: str, line: int, lines: Lines) -> str:
    """The break that ends a line (or the document's first one, or LF)."""
    for n in (line + 1, 1):
        if n < len(lines.starts):
            end = lines.starts[n]
            return "\r\n" if text[end - 2:end] == "\r\n" else text[end - 1]
    return "\n"
