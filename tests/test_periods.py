"""Reporting periods: found in text, tied to their values, compared exactly."""

from __future__ import annotations

import pytest

from newsverify.periods import (
    FISCAL_YEAR,
    HALF,
    MONTHS_TO,
    QUARTER,
    YEAR_TO_DATE,
    Period,
    find_periods,
    period_fit,
    tied_periods,
)
from newsverify.records import Figure
from newsverify.values import Outcome


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fourth-quarter sales", Period(QUARTER, 4)),
        ("in Q1 2025", Period(QUARTER, 1, 2025)),
        ("in the first quarter of FY26", Period(QUARTER, 1, 2026)),
        ("second-half revenue", Period(HALF, 2)),
        ("revenue in H1", Period(HALF, 1)),
        ("revenue in FY25", Period(FISCAL_YEAR, 2025)),
        ("fiscal year 2024", Period(FISCAL_YEAR, 2024)),
        ("in the three months to April", Period(MONTHS_TO, 3, None, 4)),
        # a calendar quarter, however it is written
        ("in the quarter to March 2025", Period(QUARTER, 1, 2025)),
        ("so far this year", Period(YEAR_TO_DATE, 0)),
    ],
)
def test_find_periods(text: str, expected: Period) -> None:
    assert [m.period for m in find_periods(text)] == [expected]


@pytest.mark.parametrize(
    "text", ["a quarter point cut", "two and a half years", "half of the members"]
)
def test_words_that_are_not_periods(text: str) -> None:
    assert find_periods(text) == []


def _value(text: str, part: str) -> Figure:
    start = text.index(part)
    return Figure(start, start + len(part), part, 1.0, "percent", "level")


def test_periods_tie_to_their_own_values() -> None:
    text = "Sales grew 4.1%, with fourth-quarter sales up 5.3%, and 2.0% in FY24; costs 7%"
    year, quarter, old, costs = (_value(text, p) for p in ("4.1%", "5.3%", "2.0%", "7%"))
    figures = [year, quarter, old, costs]
    mentions = find_periods(text)
    assert tied_periods(year, figures, mentions, text) == []
    assert tied_periods(quarter, figures, mentions, text) == [Period(QUARTER, 4)]
    assert tied_periods(old, figures, mentions, text) == [Period(FISCAL_YEAR, 2024)]
    # a semicolon ends what a period qualifies
    assert tied_periods(costs, figures, mentions, text) == []


def test_a_period_compared_with_is_not_the_values_own() -> None:
    text = "Inflation is expected to be 4%, lower than in FY25"
    value = _value(text, "4%")
    assert tied_periods(value, [value], find_periods(text), text) == []


FY25, FY26, Q4 = Period(FISCAL_YEAR, 2025), Period(FISCAL_YEAR, 2026), Period(QUARTER, 4)


@pytest.mark.parametrize(
    ("claimed", "given", "own", "forward", "expected"),
    [
        ([Q4], [Q4], [FY25], False, Outcome.SAME),
        ([Q4], [], [FY25], False, Outcome.DIFFERENT),  # the year's value, not the quarter's
        ([FY25], [], [FY25], False, Outcome.SAME),  # the document's own period
        ([], [Q4], [FY25], False, Outcome.DIFFERENT),  # no period claimed: the year's
        ([], [FY26], [FY25], True, Outcome.SAME),  # a forecast claimed without its period
        ([FY26], None, [FY25], False, Outcome.UNCLEAR),  # a forecast of no named period
        ([Q4], [], [], False, Outcome.UNCLEAR),
        ([], [Q4], [], False, Outcome.SAME),  # a bulletin's latest quarter is what it reports
    ],
)
def test_period_fit(
    claimed: list[Period],
    given: list[Period] | None,
    own: list[Period],
    forward: bool,
    expected: Outcome,
) -> None:
    assert period_fit(claimed, given, own, forward) is expected


def test_a_period_right_after_a_value_is_that_values_alone() -> None:
    text = "Coverage was 84.1% in the quarter to March 2025, well below the 95% level needed"
    coverage, needed = _value(text, "84.1%"), _value(text, "95%")
    mentions = find_periods(text)
    assert tied_periods(coverage, [coverage, needed], mentions, text) == [Period(QUARTER, 1, 2025)]
    assert tied_periods(needed, [coverage, needed], mentions, text) == []
