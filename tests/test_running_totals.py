"""A running total claimed for one of the periods it adds up (and the reverse) is
contradicted by the primary's number for that period; a rate over "the 12 months to" is no
running total, and without a number for the claim's own period the claim stays missing."""

from __future__ import annotations

import pytest

from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.running_totals import is_running_total
from newsverify.values import is_time

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So far this year, the airport has handled 2.4 million passengers.", True),
        ("In the year to date, January to May 2026, exports totalled €31.2bn.", True),
        # a rolling year adds up quarters, but reads like a report's own year: only the
        # running words make a claim a running total
        ("In the year to March 2026, 5,120 ships docked.", False),
        ("In the first five months of 2026, 5,120 ships docked.", True),
        ("Exports were €6.8bn in May 2026.", False),
        # a rate over a rolling year adds up to nothing
        ("Fares rose by 4.2% in the 12 months to May 2026.", False),
    ],
)
def test_running_totals_are_sums_or_counts_over_several_periods(text: str, expected: bool) -> None:
    [figure] = [f for f in find_figures(text) if not is_time(f) and "month" not in f.text]
    assert is_running_total(figure, text) is expected
    assert is_running_total(figure, text, rolling=True) is (expected or "year to" in text)


PRIMARY = """\
Trade bulletin: May 2026

Source: Office for Trade Statistics

Exports of goods were €6.8bn in May 2026, €0.3bn more than in April 2026.
In the year to date, January to May 2026, exports of goods totalled €31.2bn.
"""

ONLY_TOTAL = """\
Trade bulletin: May 2026

Source: Office for Trade Statistics

In the year to date, January to May 2026, exports of goods totalled €31.2bn.
"""

ROLLING = """\
Trade bulletin: June 2026

Source: Office for Trade Statistics

Exports of goods were €20.4bn in April to June 2026.
In the year to June 2026, exports of goods totalled €78.9bn.
"""

VERDICTS = [
    ("month", "Exports of goods were €6.8bn in May 2026.", PRIMARY, "supported"),
    ("total-as-month", "Exports of goods were €31.2bn in May 2026.", PRIMARY, "contradicted"),
    (
        "month-as-total",
        "So far this year, exports of goods totalled €6.8bn.",
        PRIMARY,
        "contradicted",
    ),
    # a quarter claimed at the rolling year's total
    (
        "quarter-as-year",
        "Exports of goods were €78.9bn between April and June 2026.",
        ROLLING,
        "contradicted",
    ),
    # no number for May itself: nothing says what May's was
    ("no-month-figure", "Exports of goods were €31.2bn in May 2026.", ONLY_TOTAL, "missing"),
]


@pytest.mark.parametrize(
    ("claim_id", "text", "primary", "expected"), VERDICTS, ids=[v[0] for v in VERDICTS]
)
def test_a_running_total_is_not_one_periods_figure(
    analyzer: Analyzer, claim_id: str, text: str, primary: str, expected: str
) -> None:
    index = evidence_index(analyzer, primary, "trade.txt")
    verdict = assert_verdict(analyzer, index, claim_id, text, expected)
    if claim_id == "total-as-month":
        assert "running total" in verdict.reason and "€6.8bn" in verdict.reason
