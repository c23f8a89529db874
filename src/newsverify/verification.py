"""One verification run: load the corpus, analyse it, check claims and article findings."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .age_bands import is_age
from .analysis import CHUNK, MIN_PARALLEL, DocumentParser
from .article_spool import SpooledArticle
from .article_tables import article_cells
from .cache import FINDINGS, ParseCache
from .claims import Claim, ClaimsFile
from .codec import CodecError
from .corpus import Document, Skipped, load_corpus
from .corpus_heads import HeadLoader
from .document_heads import DocumentHead
from .evidence import EvidenceIndex, owns_words
from .finding_codec import decode_findings, encode_findings
from .fingerprint import evidence_fingerprint, findings_key
from .loaded_files import CachedFiles, CachedHeads
from .matching import Statement, Verdict, check_statement, is_checkable_quote
from .paragraph_periods import earlier_periods
from .primary import is_primary
from .records import (
    CHANGE,
    DATE,
    DURATION,
    MULTIPLIER,
    YEAR,
    Figure,
    ParsedText,
    Quote,
    Sentence,
    Word,
)
from .run_timings import mark
from .table_cells import TableCell
from .thresholds import in_reach, limits_of
from .timing import qualifies
from .values import is_time

if TYPE_CHECKING:
    from .pipeline import Analyzer


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
    # The article's findings key in the cache and the finding's place there: what its
    # verdict depends on, so its rendered report item can be cached too. None without cache.
    cache_key: str | None = None


# A document as a run lists it: in full, or only its head when its text is not needed.
Listed = Document | DocumentHead


@dataclass
class Report:
    documents: list[Listed]
    primary: list[Document]
    skipped: list[Skipped]
    claims: list[ClaimResult] = field(default_factory=list)
    findings: list[FindingResult] = field(default_factory=list)
    trained_pipeline: bool = True
    # Each checked article's rendered report text, in corpus order, when the run was asked
    # to keep articles only that way (`store_articles`); such a report has no `findings`.
    # The text waits on disk (`article_spool`), so memory does not grow with the corpus.
    articles: list[SpooledArticle] = field(default_factory=list)

    def verdict_counts(self) -> Counter[str]:
        """How many claims and findings have each verdict, however findings are kept."""
        counts = Counter(result.verdict.verdict for result in [*self.claims, *self.findings])
        for article in self.articles:
            for verdict, count in article.counts:
                counts[verdict] += count
        return counts


class ArticleStore(Protocol):
    """Articles' rendered report text in the cache (`article_rows.CachedArticles`): an
    unchanged article costs one row instead of decoding and rendering its findings."""

    def key(self, document: Listed, findings_key: str) -> str: ...

    def get_many(self, keys: list[str]) -> dict[str, SpooledArticle]: ...

    def put_many(
        self, entries: list[tuple[str, Document, list[FindingResult]]]
    ) -> list[SpooledArticle]: ...


# Opens the store for a run's cache and primary documents (which evidence shows).
OpenArticleStore = Callable[[ParseCache, list[Document]], ArticleStore]


class ArticleSink(Protocol):
    """Takes a run's articles kept as text while the run goes (`json_stream`), so that the
    report is written while a worker still parses: `begin` once the claims are checked,
    then `add` for each article in corpus order as soon as it and those before it are."""

    def begin(self, report: Report) -> None: ...

    def add(self, article: SpooledArticle) -> None: ...


Progress = Callable[[int, int], None]  # (documents done, documents in all)
Pair = TypeVar("Pair", bound=tuple[Listed, Any])


def run_verification(
    paths: Sequence[str],
    claims: ClaimsFile,
    analyzer: Analyzer | Callable[[], Analyzer] | DocumentParser,
    progress: Progress | None = None,
    check_article_if: Callable[[Listed], bool] | None = None,
    store_articles: OpenArticleStore | None = None,
    sink: ArticleSink | None = None,
) -> Report:
    """Check every claim and every secondary document's figures and quotes.

    `analyzer` may be a loaded pipeline, a function that loads one when something needs
    parsing, or a `DocumentParser` with a cache and worker processes.

    `check_article_if` narrows the secondary documents that get findings (`--since`); every
    primary document is evidence all the same.

    `store_articles`, with a cache, keeps each article as its rendered report text
    (`Report.articles`) instead of its findings, so that a warm run decodes no findings.
    Those articles also go to `sink`, if given, as soon as they are in corpus order.
    """
    parser = analyzer if isinstance(analyzer, DocumentParser) else DocumentParser(analyzer)
    cache = parser.cache
    exclude = [str(cache.path.parent)] if cache else []
    heads: HeadLoader | None = None
    entries: list[Listed]
    if cache is not None and store_articles is not None:
        # Articles kept as text need no documents: load heads, and documents where needed.
        heads = HeadLoader(
            CachedFiles(cache),
            CachedHeads(cache),
            parser.key,
            parser.warm_up,
            cache.written_at(),
            cache.note_listed,
        )
        loaded = heads.load(paths, exclude)
        entries, skipped = list(loaded.heads), loaded.skipped
    else:
        corpus = load_corpus(paths, exclude, known=CachedFiles(cache) if cache else None)
        entries, skipped = list(corpus.documents), corpus.skipped
    primary_entries = [d for d in entries if is_primary(d, claims.primary)]
    primary_ids = {d.doc_id for d in primary_entries}
    secondary = [d for d in entries if d.doc_id not in primary_ids]
    if check_article_if is not None:
        # Articles that are not checked need no analysis either.
        secondary = [d for d in secondary if check_article_if(d)]
    mark("main", "listed")
    documents_of = heads.documents if heads else _as_documents
    primary = documents_of(primary_entries)
    report = Report(entries, primary, skipped)
    total = len(primary) + len(secondary)
    done = 0

    def counted(pairs: Iterable[Pair]) -> Iterator[Pair]:
        nonlocal done
        for pair in pairs:
            done += 1
            if progress:
                progress(done, total)
            yield pair

    try:
        started = _parse_ahead(parser, [*primary, *secondary], documents_of)
        fingerprint = _evidence_fingerprint(parser, primary)
        # Evidence first; then each article is checked as it is parsed and its records
        # dropped, so memory does not grow with the number of articles.
        index = EvidenceIndex(list(counted(parser.parse_documents(primary))))
        mark("main", "evidence built")
        parsed_claims = parser.parse_texts([claim.text for claim in claims.claims])
        for claim, parsed in zip(claims.claims, parsed_claims, strict=True):
            report.claims.append(ClaimResult(claim, check_parsed_claim(claim, parsed, index)))
        mark("main", "claims checked")
        store = None
        if store_articles is not None and parser.cache is not None and fingerprint is not None:
            store = store_articles(parser.cache, primary)
        if store is None:
            sink = None  # articles come as findings: the report is written at the end
        if sink is not None:
            sink.begin(report)
        # Articles whose parse a worker started early go last, apart: the cached ones are
        # done (and reach the sink) while its model loads. The report keeps corpus order.
        is_early = [_records_key(parser, entry) in started for entry in secondary]
        cached = [p for p, early in enumerate(is_early) if not early]
        order = cached + [p for p, early in enumerate(is_early) if early]
        checking = chain.from_iterable(
            _check_articles(
                [secondary[p] for p in part],
                documents_of,
                parser,
                fingerprint,
                primary,
                index,
                store,
            )
            for part in (cached, order[len(cached) :])
        )
        slots: list[SpooledArticle | list[FindingResult] | None] = [None] * len(secondary)
        sent = 0  # articles handed to the sink: all slots before this one
        for position, (_, checked) in zip(order, counted(checking), strict=True):
            slots[position] = checked
            while sink is not None and sent < len(slots) and slots[sent] is not None:
                article = slots[sent]
                assert isinstance(article, SpooledArticle)
                sink.add(article)
                sent += 1
        for slot in slots:
            if isinstance(slot, SpooledArticle):
                report.articles.append(slot)
            elif slot is not None:
                report.findings.extend(slot)
    finally:
        parser.close()
    report.trained_pipeline = parser.trained
    return report


def _as_documents(entries: Sequence[Listed]) -> list[Document]:
    assert all(isinstance(entry, Document) for entry in entries)
    return list(entries)  # type: ignore[arg-type]


def _records_key(parser: DocumentParser, entry: Listed) -> str:
    return entry.records_key if isinstance(entry, DocumentHead) else parser.key(entry)


def _parse_ahead(
    parser: DocumentParser,
    entries: list[Listed],
    documents_of: Callable[[Sequence[Listed]], list[Document]],
) -> set[str]:
    """When a few documents lack cached records (a warm run after adding an article), start
    parsing them in a worker now, so loading the model overlaps with this process's
    cached work. Heads are looked up by key first: only those documents are decoded.
    The records keys of the documents started, if any."""
    if parser.cache is None:
        return set()
    keys = {_records_key(parser, entry): entry for entry in entries}
    parsed = parser.cache.has_many(keys)
    unparsed = [entry for key, entry in keys.items() if key not in parsed]
    if 0 < len(unparsed) < MIN_PARALLEL:
        parser.prefetch(documents_of(unparsed))
        return {key for key in keys if key not in parsed}
    return set()


def _evidence_fingerprint(parser: DocumentParser, primary: list[Document]) -> str | None:
    """What every article's findings depend on besides its records; None without a cache."""
    if parser.cache is None:
        return None
    return evidence_fingerprint(
        parser.version, [(d.doc_id, d.rel_path, parser.key(d)) for d in primary]
    )


def _check_articles(
    entries: list[Listed],
    documents_of: Callable[[Sequence[Listed]], list[Document]],
    parser: DocumentParser,
    fingerprint: str | None,
    primary: list[Document],
    index: EvidenceIndex,
    store: ArticleStore | None = None,
) -> Iterator[tuple[Listed, list[FindingResult] | SpooledArticle]]:
    """Each article's findings, in order: from the cache when its records and the evidence
    are unchanged, else parsed (or taken from the parse cache) and checked. With a `store`,
    each article's rendered text instead, taken from it when there, else rendered into it;
    an article (a head) is decoded into its document only when its text is not stored."""
    cache = parser.cache
    if cache is None or fingerprint is None:
        for document, parsed in parser.parse_documents(documents_of(entries)):
            yield document, check_article(document, parsed, index)
        return
    by_id = {d.doc_id: d for d in primary}
    for start in range(0, len(entries), CHUNK):
        chunk = entries[start : start + CHUNK]
        keys = [findings_key(fingerprint, _records_key(parser, entry)) for entry in chunk]
        rendered: dict[int, SpooledArticle] = {}
        if store is not None:
            article_keys = [store.key(e, key) for e, key in zip(chunk, keys, strict=True)]
            rows = store.get_many(article_keys)
            rendered = {p: rows[k] for p, k in enumerate(article_keys) if k in rows}
        needed = [position for position in range(len(chunk)) if position not in rendered]
        documents = dict(zip(needed, documents_of([chunk[p] for p in needed]), strict=True))
        stored = cache.get_many([keys[position] for position in needed], FINDINGS)
        found: dict[int, list[FindingResult]] = {}
        for position, document in documents.items():
            if keys[position] in stored:
                try:
                    fields = decode_findings(stored[keys[position]], by_id)
                except CodecError:
                    continue  # damaged: checked again and overwritten
                found[position] = [FindingResult(document, *row) for row in fields]
        missing = [p for p in needed if p not in found]
        pairs = parser.parse_documents(documents[position] for position in missing)
        new: list[tuple[str, bytes]] = []
        for position, (document, parsed) in zip(missing, pairs, strict=True):
            found[position] = check_article(document, parsed, index)
            new.append((keys[position], encode_findings(found[position])))
        cache.put_many(new, FINDINGS)
        for position, results in found.items():
            for place, result in enumerate(results):
                result.cache_key = f"{keys[position]}:{place}"
        if store is not None:
            fresh = sorted(found)
            renderings = [(article_keys[p], documents[p], found[p]) for p in fresh]
            rendered.update(zip(fresh, store.put_many(renderings), strict=True))
            found.clear()  # kept as text from here on
        for position, entry in enumerate(chunk):
            yield entry, rendered[position] if store is not None else found[position]


def check_claim(claim: Claim, analyzer: Analyzer, index: EvidenceIndex) -> Verdict:
    return check_parsed_claim(claim, analyzer.parse_text(claim.text), index)


def check_parsed_claim(claim: Claim, parsed: ParsedText, index: EvidenceIndex) -> Verdict:
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
    cells = article_cells(document)
    # Every figure the reader found, and every table cell it did not read ("-4.1%").
    read = [(figure, cells.at(figure)) for figure in parsed.figures]
    unread = [(c.figure, c) for c in cells.unread(parsed.figures) if not is_time(c.figure)]
    for figure, cell in read + unread:
        sentence = _sentence_at(parsed.sentences, starts, figure.start)
        statement = _figure_statement(document, parsed, sentence, figure)
        if cell is not None and not is_time(figure):
            statement = _cell_statement(statement, cell, cells.row_of(cell))
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
            article_text=parsed.text,
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
    # ... and so does a time limit ("95% of the coastline within an hour") or an age
    # ("two-year-olds"), which say which things the value counts: its check compares them.
    text, start = sentence.text, sentence.start
    limited = [
        m
        for m in measures
        if m is not figure
        and not is_age(m, text[m.end - start :])
        and (
            figure in limits_of(m, measures, text, start)
            or is_age(figure, text[figure.end - start :])
        )
    ]
    if limited:
        checked = min(limited, key=lambda m: abs(m.start - figure.start))
    # A length that names the measure ("8% above the five-year average", "a ten-year high")
    # is checked with the value it names, both of them: neither alone says the finding holds.
    named = [
        m
        for m in measures
        if figure.kind == DURATION
        and "-" in figure.text
        and m.kind not in (DURATION, YEAR, DATE)
        and in_reach(m, figure, text, start)
    ]
    checked_too = [figure] if named and checked is figure else []
    if checked_too:
        checked = min(named, key=lambda m: abs(m.start - figure.start))
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
        figures=[checked, *checked_too],
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
        earlier_periods=earlier_periods(document, parsed, sentence),
    )


def _cell_statement(statement: Statement, cell: TableCell, row: list[TableCell]) -> Statement:
    """A finding for a figure in one of the article's tables, checked as its cell: the cell's
    reading of the number ("+3.0%" under "Change" is a rise), its column's times, and the
    row's other cells as the values the line tells apart."""
    siblings = [c.figure for c in row if not is_time(c.figure)]
    # A change column's times are both periods it spans; the change is the later one's.
    changed = cell.figure.kind in (CHANGE, MULTIPLIER) and cell.times
    times = [max(cell.times, key=_period_end)] if changed else cell.times
    return replace(
        statement,
        figures=[cell.figure],
        context=list(times),
        focus=(cell.figure.start, cell.figure.end),
        others=[f.end for f in siblings],
        siblings=siblings,
    )


def _period_end(time: Figure) -> float:
    return max(time.value or 0.0, time.upper or 0.0)


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
    # The words are in text order: a search, not a pass over the document's every word for
    # each of its statements (a tenth of the checking's time under a profiler).
    low = bisect_left(parsed.words, sentence.start, key=_start)
    high = bisect_left(parsed.words, sentence.end, lo=low, key=_start)
    return parsed.words[low:high]


def _start(word: Word) -> int:
    return word.start
