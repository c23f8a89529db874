"""One verification run: load the corpus, analyse it, check claims and article findings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .claims import Claim, ClaimsFile
from .corpus import Document, Skipped, load_corpus
from .evidence import EvidenceIndex, owns_words
from .matching import Statement, Verdict, check_statement, is_checkable_quote
from .pipeline import Analyzer
from .primary import is_primary
from .records import Figure, ParsedText, Quote, Sentence
from .timing import qualifies
from .values import is_time


@dataclass
class ClaimResult:
    claim: Claim
    verdict: Verdict
    baselined: bool = False  # accepted in a baseline file: reported, but fails nothing


@dataclass
class FindingResult:
    """One figure or quote of a secondary document, with its verdict."""

    document: Document
    kind: str  # figure | quote
    start: int  # file offsets of the figure or quoted words
    end: int
    text: str
    sentence: Sentence
    verdict: Verdict
    figure: Figure | None = None
    quote: Quote | None = None
    baselined: bool = False  # accepted in a baseline file: reported, but fails nothing


@dataclass
class Report:
    documents: list[Document]
    primary: list[Document]
    skipped: list[Skipped]
    claims: list[ClaimResult] = field(default_factory=list)
    findings: list[FindingResult] = field(default_factory=list)
    trained_pipeline: bool = True


Progress = Callable[[int, int], None]  # (documents done, documents in all)


def run_verification(
    paths: Sequence[str],
    claims: ClaimsFile,
    analyzer: Analyzer,
    progress: Progress | None = None,
    check_article_if: Callable[[Document], bool] | None = None,
) -> Report:
    """Check every claim and every secondary document's figures and quotes.

    `check_article_if` narrows the secondary documents that get findings (`--since`); every
    primary document is evidence all the same.
    """
    corpus = load_corpus(paths)
    primary = [d for d in corpus.documents if is_primary(d, claims.primary)]
    report = Report(corpus.documents, primary, corpus.skipped, trained_pipeline=analyzer.trained)
    primary_ids = {id(d) for d in primary}
    # Articles that are not checked need no analysis either.
    analysed = [
        d
        for d in corpus.documents
        if id(d) in primary_ids or check_article_if is None or check_article_if(d)
    ]
    parsed: list[tuple[Document, ParsedText]] = []
    total = len(analysed)
    for done, pair in enumerate(analyzer.parse_documents(analysed), start=1):
        parsed.append(pair)
        if progress:
            progress(done, total)
    index = EvidenceIndex([pair for pair in parsed if id(pair[0]) in primary_ids])
    for claim in claims.claims:
        report.claims.append(ClaimResult(claim, check_claim(claim, analyzer, index)))
    for document, analysed in parsed:
        if id(document) not in primary_ids:
            report.findings.extend(check_article(document, analysed, index))
    return report


def check_claim(claim: Claim, analyzer: Analyzer, index: EvidenceIndex) -> Verdict:
    parsed = analyzer.parse_text(claim.text)
    statement = Statement(
        text=claim.text,
        words=parsed.words,
        figures=parsed.figures,
        context=[],
        quotes=parsed.quotes,
        against=claim.against,
    )
    return check_statement(statement, index)


def check_article(
    document: Document, parsed: ParsedText, index: EvidenceIndex
) -> list[FindingResult]:
    """A finding for every figure and every checkable quote of a secondary document."""
    findings: list[FindingResult] = []
    starts = [s.start for s in parsed.sentences]
    for figure in parsed.figures:
        sentence = _sentence_at(parsed.sentences, starts, figure.start)
        statement = _figure_statement(document, parsed, sentence, figure)
        verdict = check_statement(statement, index)
        findings.append(
            FindingResult(
                document,
                "figure",
                figure.start,
                figure.end,
                figure.text,
                sentence,
                verdict,
                figure=figure,
            )
        )
    for quote in parsed.quotes:
        if not is_checkable_quote(quote):
            continue
        sentence = _sentence_at(parsed.sentences, starts, quote.start)
        statement = Statement(
            text=sentence.text,
            words=_words_in(parsed, sentence),
            figures=[],
            context=[],
            quotes=[quote],
            written=document.date,
        )
        verdict = check_statement(statement, index)
        findings.append(
            FindingResult(
                document,
                "quote",
                quote.start,
                quote.end,
                quote.text,
                sentence,
                verdict,
                quote=quote,
            )
        )
    findings.sort(key=lambda f: (f.start, f.kind))
    return findings


def _figure_statement(
    document: Document, parsed: ParsedText, sentence: Sentence, figure: Figure
) -> Statement:
    in_sentence = [f for f in parsed.figures if sentence.start <= f.start < sentence.end]
    measures = [f for f in in_sentence if not is_time(f)]
    checked = figure
    # A time right after a value qualifies it ("2.5% of GDP by 2027", "3.4% in April"): the
    # finding stands or falls with that value.
    if is_time(figure):
        qualified = [m for m in measures if qualifies(m, figure, document)]
        if qualified:
            checked = qualified[-1]
    # Only the times next to the value say when it holds; others in a long sentence date
    # something else ("pledged £12m, with clinics opening on Monday 30 June").
    context = [
        f
        for f in in_sentence
        if is_time(f) and f is not checked and _dates_value(f, checked, measures, document)
    ]
    return Statement(
        text=sentence.text,
        words=_words_with_antecedent(parsed, sentence),
        figures=[checked],
        context=context,
        quotes=[],
        focus=(checked.start, checked.end),
        others=[m.end for m in measures if m is not checked and owns_words(m)],
        siblings=[m for m in measures if m is not checked],
        nearby_quotes=[
            q
            for q in parsed.quotes
            if sentence.start <= q.start < sentence.end and not (q.start <= checked.start < q.end)
        ],
        written=document.date,
        text_start=sentence.start,
    )


# A time this many characters from a value can still say when the value holds.
NEAR_TIME_CHARS = 40


def _dates_value(time: Figure, value: Figure, values: list[Figure], document: Document) -> bool:
    """A time dates a value when it qualifies it ("3.4% in April"), or is near it and
    qualifies no other value ("rose to 3.4% in April, from 2.6% in March": March is 2.6%'s)."""
    if qualifies(value, time, document):
        return True
    if any(qualifies(other, time, document) for other in values if other is not value):
        return False
    return _near(value, time)


def _near(value: Figure, time: Figure) -> bool:
    distance = time.start - value.end if time.start >= value.end else value.start - time.end
    return distance <= NEAR_TIME_CHARS


# Sentences that open like this refer back: "That is a 200 percent increase".
_REFERS_BACK = re.compile(r"^(?:that|this|it|these|those|they|which)\b", re.IGNORECASE)
# A sentence with fewer content words than this may lean on the one before it.
SHORT_SENTENCE_WORDS = 6


def _words_with_antecedent(parsed: ParsedText, sentence: Sentence) -> list:  # type: ignore[type-arg]
    """The sentence's words, preceded by the previous sentence's when it only refers back."""
    words = _words_in(parsed, sentence)
    content = [w for w in words if w.content]
    if len(content) >= SHORT_SENTENCE_WORDS or not _REFERS_BACK.match(sentence.text):
        return words
    starts = [s.start for s in parsed.sentences]
    position = bisect_right(starts, sentence.start) - 1
    if position <= 0:
        return words
    return _words_in(parsed, parsed.sentences[position - 1]) + words


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence:
    position = max(0, bisect_right(starts, offset) - 1)
    return sentences[position] if sentences else Sentence(offset, offset, "")


def _words_in(parsed: ParsedText, sentence: Sentence) -> list:  # type: ignore[type-arg]
    return [w for w in parsed.words if sentence.start <= w.start < sentence.end]
