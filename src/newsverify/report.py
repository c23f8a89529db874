"""Rendering a verification report: JSON (SPEC §5), markdown (SPEC §6) and a terminal table.

The JSON shape is a contract relied on by other tools: keys may be added, never renamed.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import PurePath
from typing import Literal, Protocol

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .article_spool import SpoolRange
from .corpus import Document
from .json_text import dumps_indented
from .matching import CONTRADICTED, MISSING, SUPPORTED, Evidence
from .records import Figure
from .verification import ClaimResult, FindingResult, Report

SCHEMA = "newsverify/report@1"
VERDICTS = (SUPPORTED, CONTRADICTED, MISSING)


class SkippedModel(BaseModel):
    path: str
    reason: str


class CorpusModel(BaseModel):
    documents: int
    primary: int
    secondary: int
    skipped: list[SkippedModel]


class EvidenceModel(BaseModel):
    path: str
    document: str
    sentence: str
    start: int
    end: int
    relation: Literal["supports", "contradicts"]
    line: int
    match: str | None = None  # the figure or words that decided, when narrower than the sentence
    match_start: int | None = None
    match_end: int | None = None


class FigureModel(BaseModel):
    value: float | None
    unit: str
    kind: str
    currency: str | None
    bound: str | None
    upper: float | None = None
    date: str | None = None


class QuoteModel(BaseModel):
    speaker: str | None


class ClaimModel(BaseModel):
    id: str
    text: str
    verdict: str
    reason: str
    evidence: list[EvidenceModel]
    baselined: bool = False  # accepted in the --baseline file: reported, fails nothing


class FindingModel(BaseModel):
    path: str
    document: str
    kind: Literal["figure", "quote"]
    text: str
    sentence: str
    start: int
    end: int
    line: int
    verdict: str
    reason: str
    evidence: list[EvidenceModel]
    figure: FigureModel | None = None
    quote: QuoteModel | None = None
    baselined: bool = False  # accepted in the --baseline file: reported, fails nothing


class ReportModel(BaseModel):
    schema_: str
    corpus: CorpusModel
    claims: list[ClaimModel]
    findings: list[FindingModel]
    summary: dict[str, int]


def build_model(report: Report, with_findings: bool = True) -> ReportModel:
    return ReportModel(
        schema_=SCHEMA,
        corpus=CorpusModel(
            documents=len(report.documents),
            primary=len(report.primary),
            secondary=len(report.documents) - len(report.primary),
            skipped=[SkippedModel(path=s.path, reason=s.reason) for s in report.skipped],
        ),
        claims=[_claim_model(result) for result in report.claims],
        findings=[_finding_model(result) for result in report.findings] if with_findings else [],
        summary=summary(report),
    )


def summary(report: Report) -> dict[str, int]:
    counts = report.verdict_counts()
    return {verdict: counts.get(verdict, 0) for verdict in VERDICTS}


def render_json(report: Report) -> str:
    return "".join(iter_json(report))


# How `json.dumps(..., indent=2)` lays out the findings list of the report.
_FINDINGS_KEY = '\n  "findings": ['
_ITEM_INDENT = "\n    "


class RenderedFindings(Protocol):
    """JSON items of findings rendered before (the cache): an unchanged finding costs a
    lookup instead of a model and a dump."""

    def key(self, result: FindingResult) -> str | None: ...

    def get_many(self, keys: list[str]) -> dict[str, str]: ...

    def put_many(self, entries: list[tuple[str, str]]) -> None: ...


# Findings rendered (and looked up) together: bounds memory and the number of lookups.
RENDER_CHUNK = 512
# The last key of a finding's JSON item; it is not cached, as a baseline file sets it per run.
_BASELINED = ',\n      "baselined": '
_ITEM_END = "\n    }"


def iter_json(report: Report, rendered: RenderedFindings | None = None) -> Iterator[str]:
    """The JSON report in pieces, one finding at a time: the same text as dumping the whole
    model at once with `json.dumps(..., indent=2, ensure_ascii=False)`, without a model and a
    dict of every finding in memory together."""
    return _as_text(_json_pieces(report, rendered))


def iter_json_bytes(
    report: Report, rendered: RenderedFindings | None = None
) -> Iterator[bytes | SpoolRange]:
    """`iter_json` as UTF-8: an article's cached report text is copied as it is stored,
    never decoded and encoded again (most of a large report), and left in the spool
    (`SpoolRange`) for the writer to copy without reading it (`article_spool.write_pieces`)."""
    return _as_bytes(_json_pieces(report, rendered))


Piece = str | bytes | SpoolRange


def _as_text(pieces: Iterator[Piece]) -> Iterator[str]:
    for piece in pieces:
        if isinstance(piece, SpoolRange):
            piece = piece.read()
        yield piece.decode("utf-8") if isinstance(piece, bytes) else piece


def _as_bytes(pieces: Iterator[Piece]) -> Iterator[bytes | SpoolRange]:
    for piece in pieces:
        yield piece.encode("utf-8") if isinstance(piece, str) else piece


def json_frame(report: Report) -> tuple[str, str]:
    """The JSON report around its findings: up to the findings list's opening bracket, and
    from its closing one (the summary) to the end. With no findings at all the report is
    `before + "]" + after`."""
    head = build_model(report, with_findings=False).model_dump(mode="json", exclude_none=False)
    head["schema"] = head.pop("schema_")
    text = dumps_indented({"schema": head.pop("schema"), **head})
    # A key in quotes after a real line break can only be structure: inside strings both
    # are escaped.
    before, after = text.split(_FINDINGS_KEY + "]", 1)
    return before + _FINDINGS_KEY, after + "\n"


def json_closing(after: str) -> str:
    """What ends a findings list that has items, before `after` (`json_frame`)."""
    return "\n  ]" + after


def _json_pieces(report: Report, rendered: RenderedFindings | None) -> Iterator[Piece]:
    before, after = json_frame(report)
    if not report.findings and not any(article.findings for article in report.articles):
        yield before + "]" + after
        return
    yield before
    separator = _ITEM_INDENT
    for start in range(0, len(report.findings), RENDER_CHUNK):
        chunk = report.findings[start : start + RENDER_CHUNK]
        for result, item in zip(chunk, _finding_items(chunk, rendered), strict=True):
            yield separator + _closed_item(item, result.baselined)
            separator = _ITEM_SEPARATOR
    for article in report.articles:
        if article.findings:
            yield separator
            yield article.json_range()
            separator = _ITEM_SEPARATOR
    yield json_closing(after)


_ITEM_SEPARATOR = "," + _ITEM_INDENT
# Before a findings list's first item, and between items.
FIRST_ITEM, NEXT_ITEM = _ITEM_INDENT, _ITEM_SEPARATOR


def article_json_items(findings: list[FindingResult]) -> str:
    """An article's findings as they stand in the report's findings list, joined by their
    separators: what `iter_json` writes for them (none is baselined before a run applies
    a baseline, and stored text is only used by runs without one)."""
    items = _finding_items(findings, None)
    return _ITEM_SEPARATOR.join(
        _closed_item(item, result.baselined) for result, item in zip(findings, items, strict=True)
    )


def _closed_item(item: str, baselined: bool) -> str:
    return f"{item}{_BASELINED}{'true' if baselined else 'false'}{_ITEM_END}"


def _finding_items(findings: list[FindingResult], rendered: RenderedFindings | None) -> list[str]:
    """Each finding's JSON item up to its `baselined` key, from `rendered` where it has it."""
    keys = [rendered.key(result) if rendered else None for result in findings]
    stored = rendered.get_many([k for k in keys if k]) if rendered else {}
    items: list[str] = []
    new: list[tuple[str, str]] = []
    for key, result in zip(keys, findings, strict=True):
        item = stored.get(key) if key else None
        if item is None:
            model = _finding_model(result).model_dump(mode="json", exclude_none=False)
            del model["baselined"]
            item = dumps_indented(model, indent=_ITEM_INDENT[1:])[: -len(_ITEM_END)]
            if key:
                new.append((key, item))
        items.append(item)
    if rendered and new:
        rendered.put_many(new)
    return items


def _claim_model(result: ClaimResult) -> ClaimModel:
    return ClaimModel(
        id=result.claim.id,
        text=result.claim.text,
        verdict=result.verdict.verdict,
        reason=result.verdict.reason,
        evidence=[_evidence_model(e) for e in result.verdict.evidence],
        baselined=result.baselined,
    )


def _finding_model(result: FindingResult) -> FindingModel:
    document = result.document
    return FindingModel(
        path=document.path,
        document=document.doc_id,
        kind=result.kind,  # type: ignore[arg-type]
        text=original_slice(document, result.start, result.end),
        sentence=original_slice(document, result.sentence.start, result.sentence.end),
        start=result.start,
        end=result.end,
        line=line_of(document, result.start),
        verdict=result.verdict.verdict,
        reason=result.verdict.reason,
        evidence=[_evidence_model(e) for e in result.verdict.evidence],
        figure=_figure_model(result.figure) if result.figure else None,
        quote=QuoteModel(speaker=result.quote.speaker) if result.quote else None,
        baselined=result.baselined,
    )


def _figure_model(figure: Figure) -> FigureModel:
    return FigureModel(
        value=figure.value,
        unit=figure.unit,
        kind=figure.kind,
        currency=figure.currency,
        bound=figure.bound,
        upper=figure.upper,
        date=figure.date.iso() if figure.date else None,
    )


def _evidence_model(evidence: Evidence) -> EvidenceModel:
    document = evidence.document
    narrower = evidence.match_start is not None and (
        evidence.match_start,
        evidence.match_end,
    ) != (evidence.start, evidence.end)
    return EvidenceModel(
        path=document.path,
        document=document.doc_id,
        sentence=original_slice(document, evidence.start, evidence.end),
        start=evidence.start,
        end=evidence.end,
        relation=evidence.relation,  # type: ignore[arg-type]
        line=line_of(document, evidence.start),
        match=original_slice(document, evidence.match_start, evidence.match_end or 0)
        if narrower and evidence.match_start is not None
        else None,
        match_start=evidence.match_start if narrower else None,
        match_end=evidence.match_end if narrower else None,
    )


def original_slice(document: Document, start: int, end: int) -> str:
    """The original file's text between two file offsets (within this document)."""
    return document.original[start - document.start : end - document.start]


def line_of(document: Document, offset: int) -> int:
    """1-based line number of a file offset."""
    return document.line_of(offset)


def portable_path(path: str) -> str:
    """A path as CI tools and baselines key it: `./corpus/a.txt` and `corpus/a.txt` are one,
    and an absolute path inside the working directory becomes relative to it."""
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(os.pardir):
            path = relative
    return PurePath(os.path.normpath(path)).as_posix()


# Markdown -----------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_{}[]<>()#+-!|~"})


def escape_markdown(text: str) -> str:
    """Corpus text cannot break the report's markup: special characters are escaped."""
    return " ".join(text.split()).translate(_MARKDOWN_SPECIAL)


def render_markdown(report: Report) -> str:
    return "".join(iter_markdown(report))


def iter_markdown(report: Report) -> Iterator[str]:
    """The markdown report in pieces: the head, then one article section at a time."""
    return _as_text(_markdown_pieces(report))


def iter_markdown_bytes(report: Report) -> Iterator[bytes | SpoolRange]:
    """`iter_markdown` as UTF-8, cached article sections copied as stored."""
    return _as_bytes(_markdown_pieces(report))


def _markdown_pieces(report: Report) -> Iterator[Piece]:
    out = io.StringIO()
    counts = summary(report)
    out.write("# newsverify report\n\n")
    out.write(
        f"{len(report.documents)} documents: {len(report.primary)} primary, "
        f"{len(report.documents) - len(report.primary)} secondary"
        + (f"; {len(report.skipped)} skipped" if report.skipped else "")
        + ".\n\n"
    )
    out.write("| verdict | count |\n| --- | ---: |\n")
    for verdict in VERDICTS:
        out.write(f"| {verdict} | {counts[verdict]} |\n")
    if report.skipped:
        out.write("\n## Skipped files\n\n")
        for skipped in report.skipped:
            out.write(f"- `{skipped.path}`: {escape_markdown(skipped.reason)}\n")
    if report.claims:
        out.write("\n## Claims\n")
        for result in report.claims:
            out.write(f"\n### {result.claim.id}: {result.verdict.verdict}{_marked(result)}\n\n")
            out.write(f"> {escape_markdown(result.claim.text)}\n\n")
            _write_verdict(out, result.verdict.reason, result.verdict.evidence)
    by_document: dict[str, list[FindingResult]] = {}
    for finding in report.findings:
        by_document.setdefault(finding.document.doc_id, []).append(finding)
    if by_document or any(article.findings for article in report.articles):
        out.write("\n## Articles\n")
    yield out.getvalue()
    for findings in by_document.values():
        yield markdown_section(findings)
    for article in report.articles:
        yield article.markdown_range()


def markdown_section(findings: list[FindingResult]) -> str:
    """One article's section of the markdown report ("" without findings)."""
    if not findings:
        return ""
    out = io.StringIO()
    document = findings[0].document
    title = f" — {escape_markdown(document.title)}" if document.title else ""
    out.write(f"\n### `{document.doc_id}`{title}\n")
    for finding in findings:
        where = f"line {line_of(document, finding.start)}"
        text = escape_markdown(original_slice(document, finding.start, finding.end))
        out.write(
            f"\n- **{finding.verdict.verdict}**{_marked(finding)} {finding.kind} «{text}» "
            f"({where})\n"
        )
        out.write(f"  - reason: {escape_markdown(finding.verdict.reason)}\n")
        for evidence in finding.verdict.evidence:
            out.write(f"  - {_evidence_line(evidence)}\n")
    return out.getvalue()


def _marked(result: ClaimResult | FindingResult) -> str:
    return " (baselined)" if result.baselined else ""


def _write_verdict(out: io.StringIO, reason: str, evidence: list[Evidence]) -> None:
    out.write(f"Reason: {escape_markdown(reason)}\n")
    for item in evidence:
        out.write(f"\n- {_evidence_line(item)}\n")


def _evidence_line(evidence: Evidence) -> str:
    document = evidence.document
    sentence = escape_markdown(original_slice(document, evidence.start, evidence.end))
    where = f"`{document.doc_id}` line {line_of(document, evidence.start)}"
    return f"{evidence.relation} — {where}, offset {evidence.start}: «{sentence}»"


# Terminal table ---------------------------------------------------------------------------

_STYLE = {SUPPORTED: "green", CONTRADICTED: "bold red", MISSING: "yellow"}


def render_table(report: Report, console: Console) -> None:
    counts = summary(report)
    console.print(
        f"[bold]newsverify[/]: {len(report.documents)} documents "
        f"({len(report.primary)} primary), "
        + ", ".join(f"[{_STYLE[v]}]{counts[v]} {v}[/]" for v in VERDICTS)
    )
    for skipped in report.skipped:
        console.print(f"[dim]skipped {skipped.path}: {skipped.reason}[/]")
    if report.claims:
        table = Table(title="Claims", show_lines=True, expand=True)
        table.add_column("claim", ratio=2)
        table.add_column("verdict", no_wrap=True)
        table.add_column("reason and evidence", ratio=3)
        for result in report.claims:
            table.add_row(
                Text(f"{result.claim.id}\n{result.claim.text}"),
                Text(
                    result.verdict.verdict + _marked(result), style=_STYLE[result.verdict.verdict]
                ),
                _reason_cell(result.verdict.reason, result.verdict.evidence),
            )
        console.print(table)
    if report.findings:
        table = Table(title="Article findings", show_lines=True, expand=True)
        table.add_column("where", no_wrap=True)
        table.add_column("finding", ratio=2)
        table.add_column("verdict", no_wrap=True)
        table.add_column("reason and evidence", ratio=3)
        for finding in report.findings:
            document = finding.document
            table.add_row(
                Text(f"{document.doc_id}\nline {line_of(document, finding.start)}"),
                Text(f"{finding.kind}: {original_slice(document, finding.start, finding.end)}"),
                Text(
                    finding.verdict.verdict + _marked(finding),
                    style=_STYLE[finding.verdict.verdict],
                ),
                _reason_cell(finding.verdict.reason, finding.verdict.evidence),
            )
        console.print(table)


def _reason_cell(reason: str, evidence: list[Evidence]) -> Text:
    cell = Text(reason)
    for item in evidence[:2]:
        document = item.document
        sentence = " ".join(original_slice(document, item.start, item.end).split())
        cell.append(f"\n{document.doc_id}:{line_of(document, item.start)} ", style="dim")
        cell.append(sentence[:200], style="italic")
    return cell
