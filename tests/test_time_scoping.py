"""Which time a primary value is for, when the sentence that gives it does not say: carried
from the sentence before, a heading, a table's caption; periods written as spans of months;
the times and spans a comparison is made with. Texts in other domains than the eval sets."""

from __future__ import annotations

import pytest

from newsverify.comparison_bases import is_comparison_base
from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.period_spans import in_year_of, same_months, span_period, year_range_period
from newsverify.periods import FISCAL_YEAR, HALF, MONTHS_TO, QUARTER, Period, find_periods
from newsverify.pipeline import Analyzer
from newsverify.records import DURATION, DateParts

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (DateParts(year=2026, month=4, end_month=6), Period(QUARTER, 2, 2026)),
        (DateParts(year=2025, month=7, end_month=12), Period(HALF, 2, 2025)),
        (DateParts(year=2026, month=4, end_month=10), Period(MONTHS_TO, 7, 2026, 10)),
        (DateParts(year=2026, month=10), Period(MONTHS_TO, 1, 2026, 10)),
        # a day, a week, a weekday or a bare year is no span of months
        (DateParts(year=2026, month=10, day=3), None),
        (DateParts(year=2026, week=12), None),
        (DateParts(year=2026), None),
    ],
)
def test_span_period(date: DateParts, expected: Period | None) -> None:
    assert span_period(date) == expected


def test_spans_and_named_periods_compare_by_their_months() -> None:
    quarter = Period(QUARTER, 2, 2026)
    assert same_months(quarter, Period(MONTHS_TO, 3, 2026, 6)) is True
    assert same_months(quarter, Period(MONTHS_TO, 12, 2026, 6)) is False  # the year to June
    assert same_months(quarter, Period(QUARTER, 2, 2025)) is False
    assert same_months(quarter, Period(QUARTER, 2)) is None  # which year cannot be told
    fiscal = year_range_period(DateParts(year=2025, end_year=2026))
    assert fiscal == Period(FISCAL_YEAR, 2026)
    assert same_months(Period(FISCAL_YEAR, 2026), Period(FISCAL_YEAR, 2025)) is False
    assert year_range_period(DateParts(year=2025, end_year=2028)) is None


def test_a_yearless_span_takes_the_documents_year_only_when_it_has_ended() -> None:
    written = [DateParts(year=2026, month=8, day=13)]
    spring = DateParts(month=4, end_month=6)
    assert in_year_of(spring, written).year == 2026
    assert in_year_of(DateParts(month=11), written).year is None  # last year's or next?


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the financial year 2025-26", Period(FISCAL_YEAR, 2026)),
        ("in the 2024/25 fiscal year", Period(FISCAL_YEAR, 2025)),
        ("in FY25", Period(FISCAL_YEAR, 2025)),
    ],
)
def test_fiscal_years_written_as_two_years(text: str, expected: Period) -> None:
    assert [m.period for m in find_periods(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Visits were 12% higher than a year earlier.", True),
        ("Fares were 3% higher than a year ago.", True),
        ("Output rose 3% compared with a year earlier.", True),
        # a length of time the text states
        ("Talks can take more than a year.", False),
        ("The works will last a year.", False),
        ("Prices rose 3% in a year.", False),
    ],
)
def test_comparison_bases(text: str, base: bool) -> None:
    spans = [f for f in find_figures(text) if f.kind == DURATION]
    assert spans, text
    assert is_comparison_base(spans[0], text) is base


FERRIES = """\
Harbour ferry statistics: July to September 2026

Source: Port Authority of Lindmere
date 2026-10-15

2.4 million passengers travelled by ferry between July and September. In the year to \
September 2026, 9.1 million passengers travelled.

0.9 million passengers travelled by ferry in September 2026. That is 0.1 million more \
than in September 2025, when 0.8 million passengers travelled.

In the year to date, January to September 2026, the ferries carried 410,000 vehicles.

The ferries carried 52,000 vehicles in September 2026, 4,000 (8.3%) more than in \
September 2025 (48,000).

Ticket revenue in the 2025-26 financial year was £31.2m.

Fleet spending, April to September

| Item | 2025-26 | 2026-27 |
| --- | ---: | ---: |
| Fuel | £4.1m | £4.6m |

The next bulletin, covering October to December 2026, will be published on Tuesday \
19 January 2027.
"""

ROWS = [
    # a sentence without a time of its own goes on about the one before it
    (
        "carried",
        "Ferry passengers in September 2026 were 0.1 million more than in September 2025.",
        "supported",
    ),
    # ... but the value a "when" clause gives is the compared time's
    ("when-clause", "0.8 million ferry passengers travelled in September 2026.", "contradicted"),
    ("when-clause-own", "0.8 million ferry passengers travelled in September 2025.", "supported"),
    # a span of months is the quarter it covers, and the year to September is not it
    (
        "span-quarter",
        "Ferry passengers numbered 2.4 million in the third quarter of 2026.",
        "supported",
    ),
    (
        "year-not-quarter",
        "9.1 million ferry passengers travelled between July and September 2026.",
        "contradicted",
    ),
    # the months to September are not September's
    ("ytd-not-month", "The ferries carried 410,000 vehicles in September 2026.", "contradicted"),
    ("ytd", "The ferries carried 410,000 vehicles from January to September 2026.", "supported"),
    # a percentage in brackets after a change is that change
    ("bracketed", "Vehicles carried rose by 8.3% in September 2026.", "supported"),
    ("bracketed-wrong", "Vehicles carried rose by 3.8% in September 2026.", "contradicted"),
    # "2025-26" is the financial year 2025-26
    ("fiscal", "Ticket revenue was £31.2m in 2025-26.", "supported"),
    # a caption's months in each fiscal-year column
    ("caption-span", "Fuel spending was £4.6m from April to September 2026.", "supported"),
    (
        "caption-other-column",
        "Fuel spending was £4.1m from April to September 2026.",
        "contradicted",
    ),
    # the next release date a footer gives
    ("next-release", "The next ferry figures are due on Tuesday 19 January 2027.", "supported"),
    (
        "next-release-wrong",
        "The next ferry figures are due on Thursday 21 January 2027.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, FERRIES, "ferries.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_time_scoping(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_comparison_base_does_not_block_the_change(analyzer: Analyzer) -> None:
    index = evidence_index(
        analyzer,
        "Museum visits\n\nSource: Arts Office\ndate 2026-03-02\n\n"
        "Museum visits in February 2026 were 12% higher than a year earlier.\n",
        "museums.txt",
    )
    assert_verdict(
        analyzer, index, "base", "Museum visits rose 12% on a year earlier.", "supported"
    )
    assert_verdict(
        analyzer, index, "base-wrong", "Museum visits rose 21% on a year earlier.", "contradicted"
    )
