"""Verdicts (SPEC §3): a statement's figures and quotes checked against primary passages.

A statement is a user claim, or one figure or quote of a secondary article in its sentence.
Each part of it (a figure, a quote) gets its own verdict (`measures.py` for values,
`events.py` for dates, `quote_verdicts.py` for quotes); the statement is contradicted when
any part is, supported when every part is, and missing otherwise. A wrong "supported" is the
worst outcome, so support needs the same subject, the same value and the same time, while
anything less certain stays "missing" with a reason saying what was closest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .age_bands import is_age
from .area_rates import is_area_rate
from .change_spans import change_span
from .comparison_bases import earlier_offset_of, is_comparison_base
from .directions import difference_direction, time_difference_direction
from .events import (
    PUBLISHED_ON,
    STARTED,
    Dating,
    check_time,
    labels_a_thing,
    resolved_time,
    time_written,
    unread_value_at,
    unread_verdict,
)
from .evidence import EvidenceIndex
from .margins import group_majority_note, is_group_majority, is_margin
from .measures import check_measure
from .modality import figure_modality, with_past_act
from .narrowing import compound_qualifiers, count_phrase
from .periods import find_periods, is_forward_looking, is_landmark_at, tied_periods
from .quantities import claimed_quantity
from .quote_verdicts import check_quote, is_checkable_quote
from .ranges import range_end
from .rankings import Ranking, check_ranking, claimed_rankings
from .rate_spans import value_rate
from .record_claims import (
    RecordClaim,
    check_record,
    record_claim,
    unstated_record,
)
from .records import DURATION, Figure, Sentence
from .rise_sizes import is_moved_from
from .running_totals import claims_one_period, claims_total_to_point, is_running_total
from .span_parts import span_scope
from .subjects import Subject
from .thresholds import is_threshold, limits_of
from .timing import dates_of, is_baseline
from .value_spans import is_value_span
from .values import describe, is_time
from .verdicts import CONTRADICTED, MISSING, SUPPORTED, Evidence, Statement, Verdict, combine
from .vetoes import Periods

# What the rest of the package takes from here: the verdict values and records, the entry point.
__all__ = [
    "CONTRADICTED",
    "MISSING",
    "SUPPORTED",
    "Evidence",
    "Statement",
    "Verdict",
    "check_statement",
    "is_checkable_quote",
]


# A noun right after a time that names the kind of period it is: "the July to September
# quarter", "the 2025 season", "the 2024-25 financial year".
_PERIOD_NOUN = re.compile(
    r"(?:\s+(?:financial|fiscal|calendar|academic|tax))?"
    r"\s+(?:quarter|season|year|period|half|term)\b",
    re.I,
)


def _with_period_noun(figure: Figure, text: str, base: int) -> tuple[int, int]:
    """A time's span with the period noun after it: part of the time, not of the subject."""
    found = _PERIOD_NOUN.match(text, figure.end - base)
    return (figure.start, base + found.end() if found else figure.end)


# Words that say a statement is about something still to come ("the next figures", "will be
# published", "are due"): only such a statement is about a document's next release.
_UPCOMING = frozenset({"next", "will", "shall", "due", "upcoming", "forthcoming"})


def check_statement(statement: Statement, index: EvidenceIndex) -> Verdict:
    """The verdict on one statement, with a reason and the evidence behind it."""
    # Quoted words are checked as a quote, or are someone else's words about another fact;
    # times are compared as times.
    skip = [(q.start, q.end) for q in statement.quotes + statement.nearby_quotes]
    skip += [
        _with_period_noun(f, statement.text, statement.text_start)
        for f in statement.figures + statement.context
        if is_time(f)
    ]
    # "8.1 tonnes per hectare": the words of a yield's unit say nothing of what it is about.
    skip += [(f.start, f.end) for f in statement.figures if is_area_rate(f)]
    # The sentence's other values spell themselves too: "pounds" of "14.6 million pounds" is
    # no word of what "more than 1,100 savers" counts.
    values = [(f.start, f.end) for f in statement.figures + statement.siblings if not is_time(f)]
    subject = index.subject(statement.words, skip, values, statement.focus, statement.others)
    mentions = find_periods(statement.text, statement.text_start)
    # A time inside a reporting period ("the three months to April") is compared as the period.
    # A time a value is compared with ("above the 1991–2020 average") is not when it holds.
    timed = [
        f
        for f in statement.figures + statement.context
        if not (is_time(f) and is_baseline(f, statement.text, statement.text_start))
    ]
    # ... but it must be the time the primary measures from, where the primary names one.
    bases = [
        f
        for f in statement.figures + statement.context
        if is_time(f) and is_baseline(f, statement.text, statement.text_start)
    ]
    superlatives = _superlatives(statement, subject, index)
    record, record_verdict = superlatives.record, superlatives.record_verdict
    ranked, ranking_verdict = superlatives.ranking, superlatives.ranking_verdict
    value_subject = subject
    if record is not None and record_verdict is not None and record_verdict.verdict == SUPPORTED:
        # "86.3%, the highest since the current reporting system began in 2014/15": the
        # record the primary states says which record it is, not what the value is of.
        span = (statement.text_start + record.start, statement.text_start + record.end)
        value_subject = index.subject(
            statement.words, [*skip, span], values, statement.focus, statement.others
        )
    # "1.38 children in 2025, the lowest since records began in 1951": the landmark dates the
    # record, checked with it, not the value.
    timed = [
        f
        for f in timed
        if not (
            record is not None
            and record_verdict is not None
            and is_time(f)
            and record.start <= f.start - statement.text_start
            and is_landmark_at(f.start, statement.text, statement.text_start)
        )
    ]
    dated = dates_of(timed, mentions)
    times = [resolved_time(f, statement) for f in dated]
    measures = [f for f in statement.figures if not is_time(f) and not _inside_quotes(f, statement)]
    # Without the primary's record, only the landmark's time is left to the record: "for
    # any 16-month period" is still checked as a length.
    in_record = [
        f
        for f in statement.figures
        if record is not None
        and (record_verdict is not None or is_time(f))
        and record.start <= f.start - statement.text_start < record.end
    ]
    # "than a year earlier" says what the statement's value is compared with: no value of its
    # own to check beside it (alone, it is checked as the comparison the primary makes too).
    compared = [f for f in measures if is_comparison_base(f, statement.text, statement.text_start)]
    if len(compared) < len(measures):
        measures = [f for f in measures if f not in compared]
    # "the three months to October": the duration is part of the period's name, compared as
    # the period, unless it is all the statement gives.
    named = [
        f
        for f in measures
        if f.kind == DURATION and any(m.start <= f.start and f.end <= m.end for m in mentions)
    ]
    if len(named) < len(measures):
        measures = [f for f in measures if f not in named]
    # "fell by 29% in a year": the year is how long the fall took, no figure of its own.
    text, start = statement.text, statement.text_start
    # "two-year-olds": an age names the group a value is for (age_bands.py), no value.
    ages = [f for f in measures if is_age(f, text[f.end - start :])]
    if len(ages) < len(measures):
        measures = [f for f in measures if f not in ages]
    # "21 days with PM10 above 50 µg/m³": the 50 says which days are counted.
    spans = [
        f
        for f in measures
        if is_value_span(f, measures, text, start) or is_threshold(f, measures, text, start)
    ]
    measures = [f for f in measures if f not in spans and f not in in_record]
    parts: list[Verdict] = []
    for quote in statement.quotes:
        parts.append(check_quote(quote, index, statement.against, statement.article_text))
    forward = is_forward_looking(statement.text)
    for figure in measures:
        context = [t for t in times if t is not None]
        siblings = statement.siblings + [m for m in measures if m is not figure]
        values = statement.figures + statement.siblings
        claimed = Periods(
            tied_periods(figure, values, mentions, statement.text, statement.text_start)
            or statement.earlier_periods,
            forward,
            with_past_act(
                figure_modality(figure, values, statement.text, statement.text_start),
                statement.words,
                figure,
            ),
            is_running_total(figure, statement.text),
            span_scope(statement.text),
            value_rate(figure, statement.text, statement.text_start),
            bases,
            claimed_difference(figure, statement.text, statement.text_start),
            change_span(
                figure,
                [v for v in values if not is_time(v) and v is not figure],
                statement.text,
                statement.text_start,
            ),
            to_point=claims_total_to_point(statement.text),
            one_period=claims_one_period(statement.text),
            limits=limits_of(figure, statement.figures + statement.siblings, text, start),
        )
        span = range_end(figure, values, statement.text, statement.text_start)
        margin = is_margin(figure, statement.text, statement.text_start)
        if is_group_majority(figure, statement.text, statement.text_start):
            label = f'claim {describe(figure)} ("{figure.text}")'
            parts.append(Verdict(MISSING, f"{label}; {group_majority_note(figure)}"))
            continue
        earlier = earlier_offset_of(figure, statement.figures, statement.text, statement.text_start)
        if earlier:
            label = f'claim {describe(figure)} ("{figure.text}")'
            note = f'the claim gives it for "{earlier}", a time the primary does not date'
            parts.append(Verdict(MISSING, f"{label}; {note}"))
            continue
        spans = skip + values_of(statement, figure) + [(m.start, m.end) for m in mentions]
        narrowing = count_phrase(figure, statement.words, spans)
        sentence = Sentence(
            statement.text_start, statement.text_start + len(statement.text), statement.text
        )
        parts.append(
            check_measure(
                figure,
                value_subject,
                context,
                index,
                statement.against,
                siblings,
                claimed,
                span,
                margin,
                narrowing,
                is_moved_from(figure, sentence),
                claimed_quantity(
                    statement.words, figure, spans, statement.text, statement.text_start
                ),
                compound_qualifiers(
                    statement.text, statement.text_start, value_subject.weights, spans
                ),
            )
        )
    if not measures:
        events = [
            f
            for f in statement.figures
            if is_time(f)
            and not _inside_quotes(f, statement)
            and f not in in_record
            # "August was the month with the most births in 2025": the holder is no event's
            # time (its year still is)
            and not (ranked is not None and f.start - statement.text_start < ranked.start)
        ]
        # "its week 24 bulletin" names a thing by its time, and another time says when it
        # happened; the name must still be the primary's.
        labels = [
            f
            for f in events
            if labels_a_thing(f, statement) and time_written(f, index, statement.against)
        ]
        for figure in events:
            if figure in labels and len(labels) < len(events):
                continue
            unread = unread_value_at(figure, statement)
            if unread:
                parts.append(unread_verdict(figure, unread))
                continue
            resolved = resolved_time(figure, statement)
            upcoming = any(w.lemma in _UPCOMING for w in statement.words)
            before = statement.text[: max(0, figure.start - statement.text_start)]
            dating = Dating(
                next_release=upcoming,
                starts=STARTED.search(before[-30:]) is not None,
                published=PUBLISHED_ON.search(before[-30:]) is not None,
                written=statement.written,
            )
            parts.append(check_time(figure, resolved, subject, index, statement.against, dating))
    if ranking_verdict is not None:
        # "Metropolitan boroughs achieved the lowest proportion ...": who holds the place
        parts.append(ranking_verdict)
    if record_verdict is not None:
        # "the warmest October on record": checked against the primary's own record words.
        # A value's statement leaves its support to the value, but a primary that says the
        # record is none ("the lowest since the 2016-17 season") contradicts it all the same.
        if not measures or record_verdict.verdict == CONTRADICTED:
            parts.append(record_verdict)
    elif record is not None and not measures:
        # A record with no value of its own is what the statement claims: the landmark year
        # of "the fastest since 2020" written somewhere is no support for it.
        parts.append(unstated_record(record))
    if not parts:
        return Verdict(MISSING, "nothing checkable: no figure or quote in the statement")
    return combine(parts)


@dataclass(frozen=True)
class _Superlatives:
    """The record and the ranking a statement claims, with the primary's verdicts on them."""

    record: RecordClaim | None
    record_verdict: Verdict | None
    ranking: Ranking | None  # only one the primary ranks too
    ranking_verdict: Verdict | None


def _superlatives(statement: Statement, subject: Subject, index: EvidenceIndex) -> _Superlatives:
    # "the lowest since 2020", "the highest for any 12-month period since the series began":
    # the record's own figures say which record, checked with it when the primary states one.
    record = record_claim(statement.text)
    record_verdict = (
        check_record(record, subject, index, statement.against) if record is not None else None
    )
    if record is not None and record_verdict is None and record.since_began:
        # "the highest since reporting began in 2015-16", which no primary states: its year
        # is checked as a time, its words as the subject's
        record = None
    # The first ranking the primary ranks too: "have the best of it, with the lowest share ..."
    for ranking in claimed_rankings(statement.text):
        ranking_verdict = check_ranking(ranking, subject, index, statement.against)
        if ranking_verdict is not None:
            return _Superlatives(record, record_verdict, ranking, ranking_verdict)
    return _Superlatives(record, record_verdict, None, None)


def claimed_difference(figure: Figure, text: str, start: int) -> str | None:
    """Which way the statement says its difference goes: "£2.1bn lower than", or for a length
    of time "2 minutes faster than" and "improved, by 2 minutes"."""
    way = difference_direction(text, figure.end - start)
    if way is None and figure.kind == DURATION:
        way = time_difference_direction(text, figure.start - start, figure.end - start)
    return way


def values_of(statement: Statement, figure: Figure) -> list[tuple[int, int]]:
    """The spans of the statement's other figures: values of their own, not words of a phrase."""
    others = statement.figures + statement.context + statement.siblings
    return [(f.start, f.end) for f in others if f is not figure]


def _inside_quotes(figure: Figure, statement: Statement) -> bool:
    # A figure inside a quotation is checked with the quotation, word for word.
    return any(q.start <= figure.start and figure.end <= q.end for q in statement.quotes)
